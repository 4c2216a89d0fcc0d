CREATE TABLE "coalition_charters" (
	"coalition_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"charter" jsonb NOT NULL,
	"proposal_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coalition_charters_coalition_id_version_pk" PRIMARY KEY("coalition_id","version")
);
--> statement-breakpoint
CREATE TABLE "coalition_members" (
	"coalition_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"role" text NOT NULL,
	"status" text NOT NULL,
	"named_publicly" boolean DEFAULT true NOT NULL,
	"answers" jsonb,
	"acted_by" text,
	"status_since" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coalition_members_coalition_id_organization_id_pk" PRIMARY KEY("coalition_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "coalition_representatives" (
	"coalition_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coalition_representatives_coalition_id_organization_id_user_id_pk" PRIMARY KEY("coalition_id","organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "coalitions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"visibility" text NOT NULL,
	"member_list_visibility" text NOT NULL,
	"charter_version" integer NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coalition_charters" ADD CONSTRAINT "coalition_charters_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_charters" ADD CONSTRAINT "coalition_charters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_members" ADD CONSTRAINT "coalition_members_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_members" ADD CONSTRAINT "coalition_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_members" ADD CONSTRAINT "coalition_members_acted_by_users_id_fk" FOREIGN KEY ("acted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_representatives" ADD CONSTRAINT "coalition_representatives_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalition_representatives" ADD CONSTRAINT "coalition_representatives_member_fk" FOREIGN KEY ("coalition_id","organization_id") REFERENCES "public"."coalition_members"("coalition_id","organization_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coalitions" ADD CONSTRAINT "coalitions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coalition_members_organization_idx" ON "coalition_members" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "coalition_representatives_user_idx" ON "coalition_representatives" USING btree ("user_id");