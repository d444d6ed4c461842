-- Digest runs with a lease (a crashed instance's claim can be taken over once it expires), the
-- message ids of the parts already posted (a retry never posts a part twice) and the start of the
-- period the run covers (a retry covers the same period). Subscriptions count consecutive failed
-- runs and say why they were paused. Plain ADD COLUMN: the same on SQLite and PostgreSQL.

ALTER TABLE digest_run ADD COLUMN lease_owner TEXT;
ALTER TABLE digest_run ADD COLUMN lease_until BIGINT;
ALTER TABLE digest_run ADD COLUMN posted_refs TEXT;
ALTER TABLE digest_run ADD COLUMN period_start BIGINT;

ALTER TABLE digest_subscription ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE digest_subscription ADD COLUMN paused_reason TEXT;

CREATE INDEX digest_run_channel_date ON digest_run (platform, workspace, channel, run_date);
