package org.switchboard.platform.kernel;

import jakarta.ejb.ApplicationException;

/** A change that breaks a rule of the workspace; nothing was saved. The message is for the form. */
@ApplicationException(rollback = true)
public class Refused extends Refusal {

    public Refused(String message) {
        super(message);
    }
}
