package org.switchboard.identity.boundary;

/**
 * A login got a password someone chose, by whatever route (change, reset, invitation, an admin's
 * temporary one). Fired inside the transaction that set it, so that every link that could set a
 * password for this login (reset links here, invitations in their own area) dies with it: a link
 * mailed or kept earlier must never overwrite the password its owner has since chosen.
 */
public record PasswordChosen(long userId, String email) {
}
