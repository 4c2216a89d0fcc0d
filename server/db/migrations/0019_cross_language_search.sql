-- Cross-language search (issue 16). Text is folded in the app before it reaches these functions
-- (shared/search/fold.ts: accents, Arabic letter forms and attached prefixes), so the index and
-- the queries fold alike.
-- One text indexed by each interface language's stemmer and as written ('simple').
CREATE OR REPLACE FUNCTION cg_search_vector(text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT to_tsvector('simple', $1) || to_tsvector('english', $1) || to_tsvector('french', $1)
       || to_tsvector('spanish', $1) || to_tsvector('arabic', $1) $$;
--> statement-breakpoint
-- One query word (with its prefix marker) as each interface language's stemmer reads it, OR-ed.
CREATE OR REPLACE FUNCTION cg_search_word(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT to_tsquery('simple', $1) || to_tsquery('english', $1) || to_tsquery('french', $1)
       || to_tsquery('spanish', $1) || to_tsquery('arabic', $1) $$;
--> statement-breakpoint
-- Taxonomy keys as tokens no text can produce (termToken in shared/search/term-matcher.ts).
CREATE OR REPLACE FUNCTION cg_term_tokens(vocabulary text, keys text[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_tsvector(coalesce(array(SELECT '~' || vocabulary || ':' || k FROM unnest(keys) k WHERE k <> ''), '{}')) $$;
--> statement-breakpoint
-- What a searcher may match in one entry: name (A), type terms (B), mission (C), work terms (D).
CREATE OR REPLACE FUNCTION cg_directory_search_vector(
  name_vector tsvector, mission_vector tsvector, types text[], issues text[], capacities text[],
  countries text[], regions text[], mission_shown boolean, work_shown boolean
) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(name_vector, 'A') || setweight(cg_term_tokens('org_type', types), 'B')
       || CASE WHEN mission_shown THEN setweight(mission_vector, 'C') ELSE ''::tsvector END
       || CASE WHEN work_shown THEN setweight(cg_term_tokens('issue', issues)
            || cg_term_tokens('capacity', capacities) || cg_term_tokens('country', countries)
            || cg_term_tokens('region', regions), 'D') ELSE ''::tsvector END $$;
--> statement-breakpoint
DROP INDEX "directory_entries_name_vector_idx";--> statement-breakpoint
DROP INDEX "directory_entries_mission_vector_idx";--> statement-breakpoint
ALTER TABLE "directory_entries" ADD COLUMN "search_public" "tsvector" GENERATED ALWAYS AS (cg_directory_search_vector(name_vector, mission_vector, types, issues, capacities, countries, regions, mission_visibility in ('public'), work_visibility in ('public'))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_entries" ADD COLUMN "search_signed_in" "tsvector" GENERATED ALWAYS AS (cg_directory_search_vector(name_vector, mission_vector, types, issues, capacities, countries, regions, mission_visibility in ('public', 'signed_in'), work_visibility in ('public', 'signed_in'))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "directory_entries_search_public_idx" ON "directory_entries" USING gin ("search_public");--> statement-breakpoint
CREATE INDEX "directory_entries_search_signed_in_idx" ON "directory_entries" USING gin ("search_signed_in");
--> statement-breakpoint
-- Existing profiles are indexed again with every language's stemmer (new writes also fold
-- Arabic prefixes in the app); the trigger carries them into directory_entries.
UPDATE organizations SET
  name_vector = cg_search_vector(cg_unaccent(lower(name || ' ' || coalesce(acronym, '')))),
  mission_vector = cg_search_vector(cg_unaccent(lower(cg_localized_values(mission) || ' ' || cg_localized_values(description))));
