package org.switchboard.access.control;

import org.switchboard.account.entity.ClientRole;

import java.util.Optional;

/**
 * Whether a portal user may sign in as a given client user, from the facts about that user. Each
 * refusal says why, in words the picker shows next to the user.
 *
 * @param sameAsPartner    the user is the portal user themselves
 * @param operator         the user is a platform operator
 * @param portalMember     the user is a member of the portal the partner comes from (or any partner membership)
 * @param active           the user's login and their membership in the client are active
 * @param locked           the user's login is locked after wrong passwords
 * @param passwordExpired  the user has not yet replaced a temporary password
 * @param role             the user's role in the client
 * @param partnerCeiling   the highest role the partner could have in the client as themselves
 */
public record TargetCheck(boolean sameAsPartner, boolean operator, boolean portalMember, boolean active,
                          boolean locked, boolean passwordExpired, ClientRole role, ClientRole partnerCeiling) {

    public Optional<String> refusal() {
        if (sameAsPartner) {
            return Optional.of("This is you; use Sign in as Me.");
        }
        if (operator) {
            return Optional.of("Platform operators cannot be signed in as.");
        }
        if (portalMember) {
            return Optional.of("A member of a partner portal cannot be signed in as.");
        }
        if (!active) {
            return Optional.of("This user is inactive.");
        }
        if (locked) {
            return Optional.of("This user's login is locked.");
        }
        if (passwordExpired) {
            return Optional.of("This user has not signed in yet (temporary password).");
        }
        if (partnerCeiling.atLeast(role)) {
            return Optional.empty();
        }
        return Optional.of("A " + role.label().toLowerCase() + " has more rights than the client allows partners ("
                + partnerCeiling.label().toLowerCase() + ").");
    }
}
