package org.switchboard.client.entity;

/** The kinds of change in a client account that its people and its portal see. */
public enum ActivityType {
    JOB_CREATED, JOB_UPDATED, JOB_CLOSED, JOB_REOPENED,
    CANDIDATE_APPLIED, CANDIDATE_MOVED,
    USER_ADDED, USER_ROLE_CHANGED, USER_DEACTIVATED, USER_REACTIVATED,
    SETTINGS_CHANGED
}
