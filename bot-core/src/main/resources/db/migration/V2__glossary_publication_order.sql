-- Order glossary entries and appearances by the publication time of their article (newest first),
-- as epoch milliseconds: ISO text with different offsets does not sort by time.
ALTER TABLE glossary_entry ADD COLUMN source_published_at BIGINT;
ALTER TABLE glossary_appearance ADD COLUMN published_at BIGINT;
