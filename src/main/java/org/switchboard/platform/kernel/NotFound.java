package org.switchboard.platform.kernel;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist in the account the request acts in (or in any). */
@ApplicationException(rollback = true)
public class NotFound extends Refusal {

    public NotFound(String message) {
        super(message);
    }
}
