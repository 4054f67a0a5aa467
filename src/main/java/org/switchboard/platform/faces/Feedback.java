package org.switchboard.platform.faces;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import org.omnifaces.util.Messages;
import org.switchboard.platform.kernel.Refusal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what a service refused into a message on the page. Rule violations carry their own words;
 * anything unexpected is logged with its context and the person is told plainly, never shown a
 * stack trace.
 */
public final class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    private Feedback() {
    }

    /** Runs a change; returns whether it went through, with the reason on the page when it did not. */
    public static boolean attempt(String context, Runnable change) {
        try {
            change.run();
            return true;
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().forEach(violation -> Messages.addGlobalError(violation.getMessage()));
        } catch (EJBException wrapped) {
            Throwable cause = wrapped.getCause();
            if (cause instanceof ConstraintViolationException invalid) {
                invalid.getConstraintViolations().forEach(violation -> Messages.addGlobalError(violation.getMessage()));
            } else {
                LOG.log(Level.SEVERE, "Failed: " + context, wrapped);
                Messages.addGlobalError("That could not be saved. Nothing was changed; please try again.");
            }
        } catch (Refusal refused) {
            Messages.addGlobalError(refused.getMessage());
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "Failed: " + context, unexpected);
            Messages.addGlobalError("That could not be saved. Nothing was changed; please try again.");
        }
        return false;
    }
}
