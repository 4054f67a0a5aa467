-- When the login last got a password someone chose (its owner, or an admin's temporary one). A login
-- made for an invited person has none until they accept; an invitation may set a password only then,
-- so a link kept by the inviter cannot take over a login whose owner has since set one.
ALTER TABLE app_user ADD COLUMN password_set_at TIMESTAMP WITH TIME ZONE;

-- Every login has had a password except those still waiting on their invitation.
UPDATE app_user SET password_set_at = created_at
WHERE email NOT IN (SELECT i.email FROM invitation i
                    WHERE i.kind = 'PORTAL_USER' AND i.accepted_at IS NULL AND i.revoked_at IS NULL);
