package org.switchboard.platform.tenancy;

/**
 * Fired when the person ends their own visit by leaving it some other way than Back to portal
 * (logging out, switching account). Sign-in-as lives above the areas that fire this, so it
 * observes the event instead of being called; the visit is closed before the observer returns.
 */
public record VisitEnding(long accessSessionId, long realUserId, EndReason why) {
}
