package org.switchboard.billing.entity;

/** What kind of revenue a sale is; earnings are computed per type. */
public enum SaleType {
    NEW, RENEWAL, UPGRADE, REFUND
}
