CREATE TABLE "agreement_acceptances" (
	"agreement_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"organization_id" uuid NOT NULL,
	"accepted_by" text,
	"accepted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agreement_acceptances_agreement_id_version_organization_id_pk" PRIMARY KEY("agreement_id","version","organization_id")
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "agreement_parties_agreement_id_organization_id_pk" PRIMARY KEY("agreement_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "agreement_versions" (
	"agreement_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"purpose" text NOT NULL,
	"data_categories" text[] NOT NULL,
	"fields" text[] NOT NULL,
	"onward_rule" text NOT NULL,
	"onward_coalition_id" uuid,
	"retention_days" integer NOT NULL,
	"consent_required" text,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "agreement_versions_agreement_id_version_pk" PRIMARY KEY("agreement_id","version")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposed_by" uuid NOT NULL,
	"version" integer NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid
);
--> statement-breakpoint
CREATE TABLE "record_consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_id" uuid NOT NULL,
	"use" text NOT NULL,
	"state" text NOT NULL,
	"given_by" text,
	"recorded_by" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_contents" (
	"record_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"fields" jsonb NOT NULL,
	"edited_by" text,
	"edited_at" timestamp with time zone NOT NULL,
	CONSTRAINT "record_contents_record_id_version_pk" PRIMARY KEY("record_id","version")
);
--> statement-breakpoint
CREATE TABLE "record_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_id" uuid NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"store_key" text NOT NULL,
	"added_by" text,
	"added_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "record_grants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" uuid NOT NULL,
	"agreement_version" integer NOT NULL,
	"from_organization_id" uuid NOT NULL,
	"to_organization_id" uuid NOT NULL,
	"record_id" uuid,
	"filter" jsonb,
	"parent_grant_id" uuid,
	"override_reason" text,
	"granted_by" text,
	"granted_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "record_grants_subject_check" CHECK (("record_grants"."record_id" is null) <> ("record_grants"."filter" is null))
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"classification" text NOT NULL,
	"coalition_ids" uuid[] DEFAULT '{}' NOT NULL,
	"restricted_to" uuid[] DEFAULT '{}' NOT NULL,
	"readers_all" boolean NOT NULL,
	"reader_ids" text[] DEFAULT '{}' NOT NULL,
	"editor_ids" text[] DEFAULT '{}' NOT NULL,
	"version" integer NOT NULL,
	"occurred_on" text,
	"country" text,
	"violation_types" text[] DEFAULT '{}' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "records_kind_check" CHECK ("records"."kind" in ('incident','case','trend','document')),
	CONSTRAINT "records_classification_check" CHECK ("records"."classification" in ('public','coalition','restricted'))
);
--> statement-breakpoint
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_acceptances" ADD CONSTRAINT "agreement_acceptances_agreement_id_version_agreement_versions_agreement_id_version_fk" FOREIGN KEY ("agreement_id","version") REFERENCES "public"."agreement_versions"("agreement_id","version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_onward_coalition_id_coalitions_id_fk" FOREIGN KEY ("onward_coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_versions" ADD CONSTRAINT "agreement_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_proposed_by_organizations_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_ended_by_organizations_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_consents" ADD CONSTRAINT "record_consents_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_consents" ADD CONSTRAINT "record_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_contents" ADD CONSTRAINT "record_contents_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_contents" ADD CONSTRAINT "record_contents_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_files" ADD CONSTRAINT "record_files_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_files" ADD CONSTRAINT "record_files_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_grants" ADD CONSTRAINT "record_grants_from_organization_id_organizations_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_grants" ADD CONSTRAINT "record_grants_to_organization_id_organizations_id_fk" FOREIGN KEY ("to_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_grants" ADD CONSTRAINT "record_grants_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_grants" ADD CONSTRAINT "record_grants_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_grants" ADD CONSTRAINT "record_grants_agreement_id_agreement_version_agreement_versions_agreement_id_version_fk" FOREIGN KEY ("agreement_id","agreement_version") REFERENCES "public"."agreement_versions"("agreement_id","version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_parties_org_idx" ON "agreement_parties" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "record_consents_record_idx" ON "record_consents" USING btree ("record_id","at");--> statement-breakpoint
CREATE INDEX "record_files_record_idx" ON "record_files" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "record_grants_record_idx" ON "record_grants" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "record_grants_to_idx" ON "record_grants" USING btree ("to_organization_id");--> statement-breakpoint
CREATE INDEX "record_grants_from_idx" ON "record_grants" USING btree ("from_organization_id");--> statement-breakpoint
CREATE INDEX "records_owner_idx" ON "records" USING btree ("owner_organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "records_coalitions_idx" ON "records" USING gin ("coalition_ids");--> statement-breakpoint
CREATE INDEX "records_restricted_idx" ON "records" USING gin ("restricted_to");--> statement-breakpoint
CREATE INDEX "audit_entries_owner_idx" ON "audit_entries" USING btree (("details"->>'owner'),"seq");