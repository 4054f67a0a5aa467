package org.switchboard.api.rest;

import jakarta.enterprise.context.RequestScoped;
import org.switchboard.api.boundary.ApiCaller;

import java.util.Optional;

/** The caller of this API request, as TokenAuthentication found it; resources read it, only the filter sets it. */
@RequestScoped
public class ApiRequest {

    private ApiCaller caller;

    void authenticated(ApiCaller caller) {
        this.caller = caller;
    }

    public Optional<ApiCaller> caller() {
        return Optional.ofNullable(caller);
    }

    /** The caller; resources run only after TokenAuthentication let the request through. */
    public ApiCaller requireCaller() {
        return caller().orElseThrow(() -> new IllegalStateException("An API resource ran without an authenticated token"));
    }
}
