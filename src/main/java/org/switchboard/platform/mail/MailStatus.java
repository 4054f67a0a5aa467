package org.switchboard.platform.mail;

/** Where an e-mail is on its way out. */
public enum MailStatus {
    /** Waiting to be sent, or to be tried again after a failure. */
    PENDING,
    SENT,
    /** Every attempt failed; an operator sees it and may retry. */
    FAILED
}
