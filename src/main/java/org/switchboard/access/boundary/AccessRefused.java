package org.switchboard.access.boundary;

import jakarta.ejb.ApplicationException;
import org.switchboard.platform.kernel.NotPermitted;

/** A sign-in-as that is not allowed, with the reason in words for the person who tried. */
@ApplicationException(rollback = true)
public class AccessRefused extends NotPermitted {

    private static final long serialVersionUID = 1L;

    public AccessRefused(String message) {
        super(message);
    }
}
