package org.switchboard.client.boundary;

import jakarta.ejb.ApplicationException;

/** The person may not do this in this client account; the message is meant for the page. */
@ApplicationException(rollback = true)
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
