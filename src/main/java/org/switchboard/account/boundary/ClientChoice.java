package org.switchboard.account.boundary;

import java.io.Serializable;

/** A client in a picker: its id and name. */
public record ClientChoice(long id, String name) implements Serializable {
}
