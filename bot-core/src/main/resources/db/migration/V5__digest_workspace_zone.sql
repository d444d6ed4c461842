-- Each workspace's digest time zone (/digest zone): the default zone of /digest subscribe in its
-- channels. Keyed by the workspace key ('slack:T…', 'discord:…'). Plain CREATE TABLE: the same on
-- SQLite and PostgreSQL.

CREATE TABLE digest_workspace (
  workspace  TEXT PRIMARY KEY,
  zone       TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);
