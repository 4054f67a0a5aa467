package org.switchboard.account.boundary;

import org.switchboard.platform.tenancy.AccountRef;

import java.io.Serializable;

/** One line of the account switcher: an account the person belongs to. */
public record AccountChoice(AccountRef account, String name, String description) implements Serializable {

    public String getKey() {
        return account.key();
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
