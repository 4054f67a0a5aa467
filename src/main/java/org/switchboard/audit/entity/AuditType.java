package org.switchboard.audit.entity;

/** The security-relevant actions that are recorded. */
public enum AuditType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_LOCKED_OUT,
    LOGIN_REFUSED_WHILE_LOCKED,
    LOGOUT,
    PASSWORD_CHANGED,
    PASSWORD_REHASHED,
    ACCOUNT_SWITCHED,
    ACCESS_DENIED,
    PARTNER_LOGIN_CONSENT_CHANGED,
    PARTNER_LOGIN_CONSENT_RECORDED,
    PARTNER_ROLE_CAP_CHANGED,
    ACCESS_STARTED,
    ACCESS_ENDED,
    ACCESS_REFUSED,
    /** A form posted from a page of an account or visit the session is no longer in. */
    STALE_POST_REFUSED
}
