-- Directory search speed after cross-language search (issue 16, docs/PERFORMANCE.md).
--
-- 1. One query word as every stemmer reads it, without repeats: the five stemmers often agree
-- ('rights':* came back three times and 'right':* twice), and a prefix already covers every
-- longer prefix it starts ('right':* finds all that 'rights':* finds). Each alternative left in
-- the tsquery is one more walk through the GIN index over tens of thousands of postings, so
-- "rights" went from five such walks to one. The tsquery matches exactly the same entries.
CREATE OR REPLACE FUNCTION cg_search_word(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
  WITH forms AS (
    SELECT DISTINCT q::text AS form, substring(q::text FROM '^''(.*)'':\*$') AS prefix
    FROM unnest(ARRAY[pg_catalog.to_tsquery('simple', $1), pg_catalog.to_tsquery('english', $1),
      pg_catalog.to_tsquery('french', $1), pg_catalog.to_tsquery('spanish', $1),
      pg_catalog.to_tsquery('arabic', $1)]) AS q
    WHERE pg_catalog.numnode(q) > 0
  )
  SELECT coalesce(
    string_agg('(' || f.form || ')', ' | ' ORDER BY f.form)::tsquery,
    pg_catalog.to_tsquery('simple', $1))
  FROM forms f
  WHERE NOT EXISTS (
    SELECT FROM forms p
    WHERE p.prefix <> f.prefix AND pg_catalog.starts_with(f.prefix, p.prefix))
  $$;
--> statement-breakpoint
-- 2. Directory entries keep their large vectors out of line. The two search vectors and the
-- mission vector are about 4 kB of an entry of 4.6 kB, and they stayed in the row (compressed)
-- whenever the row fitted in 2 kB: six entries a page, 133 MB for 100,000 entries, more than
-- PostgreSQL's default shared buffers. A text search reads the row of every match (its number
-- for the facet counts, its name vector for the rank) but these vectors only through the GIN
-- index, so they move to the TOAST table and the rows take about half the pages. The columns a
-- search reads from the row stay in it (MAIN: compressed if need be, moved out last).
ALTER TABLE "directory_entries" SET (toast_tuple_target = 128);--> statement-breakpoint
ALTER TABLE "directory_entries"
  ALTER COLUMN "name_key" SET STORAGE MAIN,
  ALTER COLUMN "name_search" SET STORAGE MAIN,
  ALTER COLUMN "name_vector" SET STORAGE MAIN,
  ALTER COLUMN "mission_visibility" SET STORAGE MAIN,
  ALTER COLUMN "work_visibility" SET STORAGE MAIN,
  ALTER COLUMN "types" SET STORAGE MAIN,
  ALTER COLUMN "level" SET STORAGE MAIN,
  ALTER COLUMN "regions" SET STORAGE MAIN,
  ALTER COLUMN "countries" SET STORAGE MAIN,
  ALTER COLUMN "issues" SET STORAGE MAIN,
  ALTER COLUMN "capacities" SET STORAGE MAIN,
  ALTER COLUMN "languages" SET STORAGE MAIN,
  ALTER COLUMN "postures" SET STORAGE MAIN,
  ALTER COLUMN "posture_visibility" SET STORAGE MAIN;--> statement-breakpoint
-- Existing entries are written again to take the new layout (the version stays: nothing a
-- reader sees changes).
UPDATE "directory_entries" SET "removed" = "removed";
