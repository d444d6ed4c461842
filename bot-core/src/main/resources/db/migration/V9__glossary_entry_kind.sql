-- Whether the store holds an imported dictionary is asked at every reread of the stored terms
-- (issue #13): the dictionary is looked up by key, never held in memory, and a store without one
-- is not asked at all. The index answers at once whichever way it goes.
CREATE INDEX glossary_entry_kind ON glossary_entry (kind);
