-- Switchboard V13: sign-in throttles, counted in the database so that they hold across servers.
-- A row per client address ("address 203.0.113.9") and per login and address
-- ("login kim@example.com from 203.0.113.9"): a stranger's wrong passwords hold back the
-- stranger's address, never the owner signing in from elsewhere. `login` names the login of a
-- login-and-address row, so that a new password clears every row of that login at once.
CREATE TABLE login_throttle (
    throttle_key     VARCHAR(400)  NOT NULL PRIMARY KEY,
    login            VARCHAR(320),
    failures         INTEGER       NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_throttle_login_idx ON login_throttle (login);

-- How many reset links a login was mailed lately: at most a few an hour.
CREATE INDEX password_reset_user_time_idx ON password_reset (user_id, created_at);
