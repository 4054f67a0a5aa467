package org.switchboard.identity.boundary;

import jakarta.ejb.ApplicationException;

/** A request about a person's login that breaks a rule; the message is meant for the form. */
@ApplicationException(rollback = true)
public class AccountRefused extends RuntimeException {

    public AccountRefused(String message) {
        super(message);
    }
}
