-- pg_restore runs with an empty search_path, and it inlines this function while it creates the
-- generated search columns: an unqualified cg_term_tokens is then not found and the restore
-- fails. Every function the columns use names what it calls by schema, as 0000 does.
CREATE OR REPLACE FUNCTION cg_directory_search_vector(
  name_vector tsvector, mission_vector tsvector, types text[], issues text[], capacities text[],
  countries text[], regions text[], mission_shown boolean, work_shown boolean
) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(name_vector, 'A') || setweight(public.cg_term_tokens('org_type', types), 'B')
       || CASE WHEN mission_shown THEN setweight(mission_vector, 'C') ELSE ''::tsvector END
       || CASE WHEN work_shown THEN setweight(public.cg_term_tokens('issue', issues)
            || public.cg_term_tokens('capacity', capacities) || public.cg_term_tokens('country', countries)
            || public.cg_term_tokens('region', regions), 'D') ELSE ''::tsvector END $$;
