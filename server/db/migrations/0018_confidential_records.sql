CREATE TABLE "confidential_count_contributions" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"audience" text NOT NULL,
	"contributed_by" text,
	"contributed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "confidential_counts" (
	"organization_id" uuid NOT NULL,
	"month" text NOT NULL,
	"country" text NOT NULL,
	"area" text DEFAULT '' NOT NULL,
	"violation_type" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "confidential_counts_organization_id_month_country_area_violation_type_pk" PRIMARY KEY("organization_id","month","country","area","violation_type"),
	CONSTRAINT "confidential_counts_positive" CHECK ("confidential_counts"."count" > 0)
);
--> statement-breakpoint
CREATE TABLE "organization_key_epochs" (
	"organization_id" uuid NOT NULL,
	"epoch" integer NOT NULL,
	"public_key" text NOT NULL,
	"signature" text NOT NULL,
	"previous" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "organization_key_epochs_organization_id_epoch_pk" PRIMARY KEY("organization_id","epoch")
);
--> statement-breakpoint
CREATE TABLE "organization_key_seals" (
	"organization_id" uuid NOT NULL,
	"epoch" integer NOT NULL,
	"user_id" text NOT NULL,
	"sealed" text NOT NULL,
	"sealed_by" text,
	"sealed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "organization_key_seals_organization_id_epoch_user_id_pk" PRIMARY KEY("organization_id","epoch","user_id")
);
--> statement-breakpoint
CREATE TABLE "organization_keys" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"identity_public_key" text NOT NULL,
	"current_epoch" integer NOT NULL,
	"rotation_needed_since" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_keys" (
	"user_id" text PRIMARY KEY NOT NULL,
	"box_public_key" text NOT NULL,
	"sign_public_key" text NOT NULL,
	"passphrase" jsonb NOT NULL,
	"recovery" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "records" DROP CONSTRAINT "records_classification_check";--> statement-breakpoint
ALTER TABLE "records" ALTER COLUMN "kind" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "record_contents" ADD COLUMN "sealed" jsonb;--> statement-breakpoint
ALTER TABLE "record_files" ADD COLUMN "sealed_header" jsonb;--> statement-breakpoint
ALTER TABLE "record_grants" ADD COLUMN "sealed_share" jsonb;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "key_epoch" integer;--> statement-breakpoint
ALTER TABLE "records" ADD COLUMN "content_key" jsonb;--> statement-breakpoint
ALTER TABLE "confidential_count_contributions" ADD CONSTRAINT "confidential_count_contributions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidential_count_contributions" ADD CONSTRAINT "confidential_count_contributions_contributed_by_users_id_fk" FOREIGN KEY ("contributed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidential_counts" ADD CONSTRAINT "confidential_counts_organization_id_confidential_count_contributions_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."confidential_count_contributions"("organization_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_key_epochs" ADD CONSTRAINT "organization_key_epochs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_key_epochs" ADD CONSTRAINT "organization_key_epochs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_key_seals" ADD CONSTRAINT "organization_key_seals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_key_seals" ADD CONSTRAINT "organization_key_seals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_key_seals" ADD CONSTRAINT "organization_key_seals_sealed_by_users_id_fk" FOREIGN KEY ("sealed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_keys" ADD CONSTRAINT "organization_keys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_keys" ADD CONSTRAINT "organization_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_keys" ADD CONSTRAINT "person_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organization_key_seals_user_idx" ON "organization_key_seals" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_confidential_check" CHECK (("records"."classification" = 'confidential') = ("records"."kind" is null) and ("records"."classification" = 'confidential') = ("records"."content_key" is not null));--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_classification_check" CHECK ("records"."classification" in ('public','coalition','restricted','confidential'));