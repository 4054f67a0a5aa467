package org.switchboard.earnings.entity;

/** Commission on a sale, the reversal of one after a refund, or a fixed bounty for a won referral. */
public enum EarningKind {
    COMMISSION, CLAWBACK, BOUNTY
}
