package org.switchboard.earnings.entity;

public enum PayoutRunStatus {
    RUNNING, COMPLETED, FAILED
}
