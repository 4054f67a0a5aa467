package org.switchboard.account.entity;

/** Which of the portal's clients a portal user may reach: all of them, or only those assigned. */
public enum ClientScope {
    ALL, ASSIGNED
}
