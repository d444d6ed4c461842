-- One schema for SQLite and PostgreSQL: TEXT, INTEGER and BIGINT only, times as epoch
-- milliseconds (BIGINT), structured values as JSON text, natural or hashed text keys (no
-- dialect-specific auto-increment). Upserts use INSERT ... ON CONFLICT, supported by both.

CREATE TABLE article (
  canonical_url TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  url TEXT NOT NULL,
  title TEXT NOT NULL,
  site TEXT,
  language TEXT NOT NULL,
  published TEXT,
  article_json TEXT NOT NULL,
  fetched_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX article_fetched_at ON article (fetched_at);

CREATE TABLE article_url (
  url TEXT PRIMARY KEY,
  canonical_url TEXT NOT NULL
);
CREATE INDEX article_url_canonical ON article_url (canonical_url);

CREATE TABLE summary (
  canonical_url TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  style TEXT NOT NULL,
  language TEXT NOT NULL,
  engine TEXT NOT NULL,
  mode TEXT NOT NULL,
  model TEXT,
  summary_json TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (canonical_url, content_hash, style, language, engine)
);

CREATE TABLE glossary_entry (
  entry_id TEXT PRIMARY KEY,
  term_key TEXT NOT NULL,
  term TEXT NOT NULL,
  aliases_json TEXT NOT NULL,
  definition TEXT NOT NULL,
  language TEXT,
  kind TEXT NOT NULL,
  precedence INTEGER NOT NULL,
  source_name TEXT,
  source_url TEXT,
  source_title TEXT,
  source_published TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE glossary_key (
  term_key TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  PRIMARY KEY (term_key, entry_id)
);
CREATE INDEX glossary_key_entry ON glossary_key (entry_id);

CREATE TABLE glossary_history (
  change_id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL,
  term_key TEXT NOT NULL,
  term TEXT NOT NULL,
  action TEXT NOT NULL,
  definition TEXT,
  kind TEXT NOT NULL,
  source_url TEXT,
  changed_at BIGINT NOT NULL
);
CREATE INDEX glossary_history_key ON glossary_history (term_key, changed_at);

CREATE TABLE glossary_appearance (
  term_key TEXT NOT NULL,
  article_url TEXT NOT NULL,
  kind TEXT NOT NULL,
  source_name TEXT,
  title TEXT,
  published TEXT,
  seen_at BIGINT NOT NULL,
  PRIMARY KEY (term_key, article_url)
);
CREATE INDEX glossary_appearance_seen ON glossary_appearance (term_key, seen_at);

CREATE TABLE channel_settings (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  auto_mode TEXT NOT NULL,
  language TEXT,
  style TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (platform, workspace, channel)
);

CREATE TABLE shared_link (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  message_ref TEXT NOT NULL,
  url TEXT NOT NULL,
  thread_ref TEXT,
  user_ref TEXT NOT NULL,
  canonical_url TEXT NOT NULL,
  shared_at BIGINT NOT NULL,
  reactions INTEGER NOT NULL,
  replies INTEGER NOT NULL,
  PRIMARY KEY (platform, workspace, channel, message_ref, url)
);
CREATE INDEX shared_link_channel_time ON shared_link (platform, workspace, channel, shared_at);
CREATE INDEX shared_link_time ON shared_link (shared_at);

CREATE TABLE processed_event (
  event_key TEXT PRIMARY KEY,
  claimed_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX processed_event_expiry ON processed_event (expires_at);

CREATE TABLE llm_usage (
  workspace TEXT NOT NULL,
  usage_day TEXT NOT NULL,
  calls INTEGER NOT NULL,
  tokens BIGINT NOT NULL,
  PRIMARY KEY (workspace, usage_day)
);

CREATE TABLE digest_subscription (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  local_time TEXT NOT NULL,
  zone TEXT NOT NULL,
  weekdays TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (platform, workspace, channel)
);

CREATE TABLE digest_run (
  platform TEXT NOT NULL,
  workspace TEXT NOT NULL,
  channel TEXT NOT NULL,
  run_date TEXT NOT NULL,
  status TEXT NOT NULL,
  claimed_at BIGINT NOT NULL,
  finished_at BIGINT,
  detail TEXT,
  PRIMARY KEY (platform, workspace, channel, run_date)
);
CREATE INDEX digest_run_claimed ON digest_run (claimed_at);
