-- Discord shards split over several instances (issue #18 item 4): Discord allows one IDENTIFY per
-- rate-limit bucket (shard_id % max_concurrency) every 5 s, whichever process sends it. One row
-- per bucket says who holds its turn and when the next one may start, in milliseconds of the
-- database's clock: a taken turn pushes it to the end of a hold (30 s; a holder that died blocks
-- its bucket no longer), the holder's finished IDENTIFY to 5 s after it. The rows are as many
-- as the bot's buckets (max_concurrency, 1 to a few dozen), so nothing purges them.
CREATE TABLE identify_turn (
  turn_key TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  next_allowed BIGINT NOT NULL
);
