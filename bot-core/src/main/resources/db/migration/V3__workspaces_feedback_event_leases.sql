-- Tenancy, feedback and event leases (issues #11 and #15).
--
-- 1. Team glossary entries belong to a workspace. Shared entries (article boxes, article text,
--    dictionaries, AI) keep workspace NULL: they are public data, shared by every workspace. Slack
--    team rows carried their team as source name 'team:T…' and move to 'slack:T…'; rows with no
--    known workspace (Discord rows carried the guild's display name) move to the single-workspace
--    default. A team entry is identified by workspace and term key; when two old rows meet in one
--    workspace the newest is kept. The internal source name is dropped (the reply says "팀 용어집").
ALTER TABLE glossary_entry ADD COLUMN workspace TEXT;

UPDATE glossary_entry
   SET workspace = CASE
         WHEN source_name LIKE 'team:%' AND length(source_name) > 5
           THEN 'slack:' || substr(source_name, 6)
         ELSE 'default'
       END
 WHERE kind = 'TEAM';

DELETE FROM glossary_key
 WHERE entry_id IN (
   SELECT d.entry_id FROM glossary_entry d
    WHERE d.kind = 'TEAM'
      AND EXISTS (
        SELECT 1 FROM glossary_entry o
         WHERE o.kind = 'TEAM' AND o.workspace = d.workspace AND o.term_key = d.term_key
           AND (o.updated_at > d.updated_at
                OR (o.updated_at = d.updated_at AND o.entry_id > d.entry_id))));

DELETE FROM glossary_entry
 WHERE kind = 'TEAM'
   AND EXISTS (
     SELECT 1 FROM glossary_entry o
      WHERE o.kind = 'TEAM' AND o.workspace = glossary_entry.workspace
        AND o.term_key = glossary_entry.term_key
        AND (o.updated_at > glossary_entry.updated_at
             OR (o.updated_at = glossary_entry.updated_at
                 AND o.entry_id > glossary_entry.entry_id)));

UPDATE glossary_key
   SET entry_id = (
     SELECT 'team:' || e.workspace || ':' || e.term_key FROM glossary_entry e
      WHERE e.entry_id = glossary_key.entry_id)
 WHERE entry_id IN (SELECT entry_id FROM glossary_entry WHERE kind = 'TEAM');

UPDATE glossary_entry
   SET entry_id = 'team:' || workspace || ':' || term_key, source_name = NULL
 WHERE kind = 'TEAM';

CREATE INDEX glossary_entry_workspace ON glossary_entry (workspace, term_key);

-- 2. 👍/👎 on replies: one vote per user per reply per workspace, changeable.
CREATE TABLE feedback (
  workspace TEXT NOT NULL,
  reply_ref TEXT NOT NULL,
  user_ref TEXT NOT NULL,
  platform TEXT NOT NULL,
  channel TEXT NOT NULL,
  url TEXT,
  vote INTEGER NOT NULL,
  voted_at BIGINT NOT NULL,
  PRIMARY KEY (workspace, reply_ref, user_ref)
);
CREATE INDEX feedback_channel ON feedback (workspace, channel);

-- 3. Event claims are leases: owner, lease end, and when the reply was posted. Claims made before
--    this version are treated as answered (their work ran to completion or is lost already).
ALTER TABLE processed_event ADD COLUMN owner TEXT;
ALTER TABLE processed_event ADD COLUMN lease_until BIGINT;
ALTER TABLE processed_event ADD COLUMN answered_at BIGINT;
UPDATE processed_event SET owner = '-', lease_until = claimed_at, answered_at = claimed_at;
