package org.switchboard.account.entity;

/** A portal created by a partner starts PENDING until a platform operator verifies it. */
public enum Verification {
    PENDING, VERIFIED, REJECTED
}
