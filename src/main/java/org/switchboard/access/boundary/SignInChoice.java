package org.switchboard.access.boundary;

import org.switchboard.account.entity.ClientRole;

import java.io.Serializable;

/** One client user in the Sign in as User picker, and why they cannot be chosen, if so. */
public record SignInChoice(long userId, String name, String email, ClientRole role, String refusal)
        implements Serializable {

    public boolean isAllowed() {
        return refusal == null;
    }

    public String getLabel() {
        return name + " <" + email + "> · " + role.label() + (refusal == null ? "" : " — " + refusal);
    }
}
