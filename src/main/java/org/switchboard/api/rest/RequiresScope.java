package org.switchboard.api.rest;

import org.switchboard.api.entity.ApiScope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a token needs for an operation. Every resource method names one: TokenAuthentication
 * refuses a method without it, so an operation cannot be left open by forgetting.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {
    ApiScope value();
}
