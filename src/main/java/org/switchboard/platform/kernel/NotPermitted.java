package org.switchboard.platform.kernel;

import jakarta.ejb.ApplicationException;

/** The person may not do this in this client account; the message is meant for the page. */
@ApplicationException(rollback = true)
public class NotPermitted extends Refusal {

    public NotPermitted(String message) {
        super(message);
    }
}
