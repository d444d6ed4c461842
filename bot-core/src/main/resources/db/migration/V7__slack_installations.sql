-- Slack app distribution (issue #18): one row per workspace Gloss is installed in through the
-- OAuth flow, and the OAuth state values of installs in progress. Tokens are stored encrypted
-- (AES-GCM, prefix 'gcm1:') when store.encryption-key is set, else as they came.
CREATE TABLE slack_installation (
  team_id TEXT NOT NULL PRIMARY KEY,
  enterprise_id TEXT,
  team_name TEXT,
  bot_user_id TEXT NOT NULL,
  bot_id TEXT,
  bot_token TEXT NOT NULL,
  bot_scopes TEXT NOT NULL,
  installer_user_id TEXT,
  installed_at BIGINT NOT NULL,
  refresh_token TEXT,
  token_expires_at BIGINT
);

CREATE TABLE slack_oauth_state (
  state TEXT NOT NULL PRIMARY KEY,
  expires_at BIGINT NOT NULL
);
CREATE INDEX slack_oauth_state_expires ON slack_oauth_state (expires_at);
