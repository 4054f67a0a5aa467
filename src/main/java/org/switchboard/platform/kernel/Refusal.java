package org.switchboard.platform.kernel;

import jakarta.ejb.ApplicationException;

/**
 * What a service refused, with words meant for the person who asked; the transaction rolls back,
 * so nothing of the request was saved. There are three kinds, and pages, exports and API answers
 * tell them apart by type: {@link NotFound} (which is also the answer for another tenant's data),
 * {@link NotPermitted} and {@link Refused} (a rule was broken).
 */
@ApplicationException(rollback = true)
public abstract class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected Refusal(String message) {
        super(message);
    }
}
