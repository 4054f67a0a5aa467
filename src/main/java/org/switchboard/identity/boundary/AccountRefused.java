package org.switchboard.identity.boundary;

import jakarta.ejb.ApplicationException;
import org.switchboard.platform.kernel.Refused;

/** A request about a person's login that breaks a rule; the message is meant for the form. */
@ApplicationException(rollback = true)
public class AccountRefused extends Refused {

    public AccountRefused(String message) {
        super(message);
    }
}
