package org.switchboard.client.entity;

public enum JobStatus {
    OPEN, CLOSED
}
