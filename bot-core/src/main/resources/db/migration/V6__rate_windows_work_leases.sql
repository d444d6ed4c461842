-- Work shared by several instances on one PostgreSQL (issue #18). The tables exist on SQLite too
-- (one migration history), where a single process keeps its limits and leases in memory.
--
-- 1. Rate-limit windows: one row per budget (user, channel or workspace of a platform). A window
--    opens with the key's first request and lasts window_millis; hits counts the requests taken in
--    it. Every instance takes from the same row, so N instances allow the configured limit, not N
--    times it.
CREATE TABLE rate_window (
  window_key TEXT PRIMARY KEY,
  window_start BIGINT NOT NULL,
  hits INTEGER NOT NULL
);

CREATE INDEX rate_window_start ON rate_window (window_start);

-- 2. Short work leases: the instance holding the lease of a canonical URL fetches it (of a summary
--    variant: asks the LLM); the others wait for its stored result. A crashed holder's lease runs
--    out at lease_until and can then be taken over.
CREATE TABLE work_lease (
  lease_key TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  lease_until BIGINT NOT NULL
);

CREATE INDEX work_lease_until ON work_lease (lease_until);
