-- Switchboard V15: an operator can end every session of a login ("Sign out everywhere"): each
-- session signed in before this moment is over at its next request.
ALTER TABLE app_user ADD COLUMN sessions_ended_at TIMESTAMP WITH TIME ZONE;
