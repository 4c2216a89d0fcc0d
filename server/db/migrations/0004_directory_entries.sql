CREATE TABLE "directory_entries" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"seq" integer GENERATED ALWAYS AS IDENTITY (sequence name "directory_entries_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"version" bigint NOT NULL,
	"removed" boolean NOT NULL,
	"name_key" text NOT NULL,
	"name_search" text NOT NULL,
	"name_vector" "tsvector" NOT NULL,
	"mission_vector" "tsvector" NOT NULL,
	"mission_visibility" text NOT NULL,
	"work_visibility" text NOT NULL,
	"verified" boolean NOT NULL,
	"types" text[] DEFAULT '{}' NOT NULL,
	"level" text NOT NULL,
	"regions" text[] DEFAULT '{}' NOT NULL,
	"countries" text[] DEFAULT '{}' NOT NULL,
	"issues" text[] DEFAULT '{}' NOT NULL,
	"capacities" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "directory_entries_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
CREATE TABLE "directory_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "directory_state_single_row" CHECK ("directory_state"."id" = 1)
);
--> statement-breakpoint
DROP INDEX "organizations_name_vector_idx";--> statement-breakpoint
DROP INDEX "organizations_mission_vector_idx";--> statement-breakpoint
DROP INDEX "organizations_name_trgm_idx";--> statement-breakpoint
DROP INDEX "organizations_types_idx";--> statement-breakpoint
DROP INDEX "organizations_countries_idx";--> statement-breakpoint
DROP INDEX "organizations_regions_idx";--> statement-breakpoint
DROP INDEX "organizations_issues_idx";--> statement-breakpoint
DROP INDEX "organizations_capacities_idx";--> statement-breakpoint
CREATE INDEX "directory_entries_version_idx" ON "directory_entries" USING btree ("version");--> statement-breakpoint
CREATE INDEX "directory_entries_name_idx" ON "directory_entries" USING btree ("name_key","organization_id") WHERE not "directory_entries"."removed";--> statement-breakpoint
CREATE INDEX "directory_entries_name_vector_idx" ON "directory_entries" USING gin ("name_vector");--> statement-breakpoint
CREATE INDEX "directory_entries_mission_vector_idx" ON "directory_entries" USING gin ("mission_vector");--> statement-breakpoint
CREATE INDEX "directory_entries_name_trgm_idx" ON "directory_entries" USING gin ("name_search" gin_trgm_ops);--> statement-breakpoint
INSERT INTO "directory_state" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
-- Keeps directory_entries in step with organizations inside the writing transaction. The
-- version comes from directory_state under its row lock, so writers take versions in commit
-- order and a reader that has seen version V has seen every entry with version <= V.
CREATE FUNCTION cg_directory_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v bigint;
BEGIN
  UPDATE directory_state SET version = version + 1 WHERE id = 1 RETURNING version INTO v;
  IF tg_op = 'DELETE' THEN
    UPDATE directory_entries SET removed = true, version = v WHERE organization_id = OLD.id;
    RETURN OLD;
  END IF;
  INSERT INTO directory_entries AS e (
    organization_id, version, removed, name_key, name_search, name_vector, mission_vector,
    mission_visibility, work_visibility, verified, types, level, regions, countries, issues,
    capacities, languages
  ) VALUES (
    NEW.id, v, NEW.hidden_from_directory, cg_unaccent(lower(NEW.name)), NEW.name_search,
    NEW.name_vector, NEW.mission_vector, coalesce(NEW.visibility ->> 'mission', 'members'),
    coalesce(NEW.visibility ->> 'work', 'members'), NEW.verified_at IS NOT NULL, NEW.types,
    NEW.level, NEW.regions, NEW.countries, NEW.issues, NEW.capacities, NEW.working_languages
  )
  ON CONFLICT (organization_id) DO UPDATE SET
    version = excluded.version, removed = excluded.removed, name_key = excluded.name_key,
    name_search = excluded.name_search, name_vector = excluded.name_vector,
    mission_vector = excluded.mission_vector, mission_visibility = excluded.mission_visibility,
    work_visibility = excluded.work_visibility, verified = excluded.verified,
    types = excluded.types, level = excluded.level, regions = excluded.regions,
    countries = excluded.countries, issues = excluded.issues, capacities = excluded.capacities,
    languages = excluded.languages;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER organizations_directory_sync
  AFTER INSERT OR UPDATE OR DELETE ON organizations
  FOR EACH ROW EXECUTE FUNCTION cg_directory_sync();
--> statement-breakpoint
-- Existing organisations enter the directory copy once, through the same function.
UPDATE organizations SET id = id;
