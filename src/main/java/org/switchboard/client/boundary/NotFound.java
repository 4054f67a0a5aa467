package org.switchboard.client.boundary;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist in the account the request acts in (or in any). */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
