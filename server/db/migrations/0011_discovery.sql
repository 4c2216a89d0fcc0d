CREATE TABLE "discovery_needs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"coalition_id" uuid,
	"title" text NOT NULL,
	"need" jsonb NOT NULL,
	"weights" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "discovery_needs_one_requester" CHECK (("discovery_needs"."organization_id" is null) <> ("discovery_needs"."coalition_id" is null))
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "discoverable" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_entries" ADD COLUMN "postures" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_entries" ADD COLUMN "posture_visibility" text DEFAULT 'members' NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_entries" ADD COLUMN "discoverable" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "discovery_needs" ADD CONSTRAINT "discovery_needs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discovery_needs" ADD CONSTRAINT "discovery_needs_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discovery_needs" ADD CONSTRAINT "discovery_needs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discovery_needs_organization_idx" ON "discovery_needs" USING btree ("organization_id","updated_at");--> statement-breakpoint
CREATE INDEX "discovery_needs_coalition_idx" ON "discovery_needs" USING btree ("coalition_id","updated_at");--> statement-breakpoint
-- The directory copy also carries what partner discovery reads: postures under their own
-- visibility, and the organisation's choice to be suggested or not.
CREATE OR REPLACE FUNCTION cg_directory_sync() RETURNS trigger LANGUAGE plpgsql AS $$
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
    capacities, languages, postures, posture_visibility, discoverable
  ) VALUES (
    NEW.id, v, NEW.hidden_from_directory, cg_unaccent(lower(NEW.name)), NEW.name_search,
    NEW.name_vector, NEW.mission_vector, coalesce(NEW.visibility ->> 'mission', 'members'),
    coalesce(NEW.visibility ->> 'work', 'members'), NEW.verified_at IS NOT NULL, NEW.types,
    NEW.level, NEW.regions, NEW.countries, NEW.issues, NEW.capacities, NEW.working_languages,
    NEW.postures, coalesce(NEW.visibility ->> 'posture', 'members'), NEW.discoverable
  )
  ON CONFLICT (organization_id) DO UPDATE SET
    version = excluded.version, removed = excluded.removed, name_key = excluded.name_key,
    name_search = excluded.name_search, name_vector = excluded.name_vector,
    mission_vector = excluded.mission_vector, mission_visibility = excluded.mission_visibility,
    work_visibility = excluded.work_visibility, verified = excluded.verified,
    types = excluded.types, level = excluded.level, regions = excluded.regions,
    countries = excluded.countries, issues = excluded.issues, capacities = excluded.capacities,
    languages = excluded.languages, postures = excluded.postures,
    posture_visibility = excluded.posture_visibility, discoverable = excluded.discoverable;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- Existing organisations refresh their directory copy once, through the new function.
UPDATE organizations SET id = id;
