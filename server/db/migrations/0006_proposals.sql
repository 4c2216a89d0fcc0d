CREATE TABLE "proposal_stance_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"ballot" jsonb NOT NULL,
	"cast_by" text,
	"cast_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "proposal_stances" (
	"proposal_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"ballot" jsonb NOT NULL,
	"cast_by" text,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "proposal_stances_proposal_id_organization_id_pk" PRIMARY KEY("proposal_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"coalition_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"title" text NOT NULL,
	"body" jsonb,
	"rules" jsonb NOT NULL,
	"proposed_charter" jsonb,
	"closes_at" timestamp with time zone NOT NULL,
	"hidden_results" boolean NOT NULL,
	"anonymous" boolean NOT NULL,
	"status" text NOT NULL,
	"result" jsonb,
	"opened_for" uuid NOT NULL,
	"opened_by" text,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"outcome_statement" jsonb,
	"review_date" text,
	"outcome_recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "proposal_stance_history" ADD CONSTRAINT "proposal_stance_history_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_stance_history" ADD CONSTRAINT "proposal_stance_history_cast_by_users_id_fk" FOREIGN KEY ("cast_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_stances" ADD CONSTRAINT "proposal_stances_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_stances" ADD CONSTRAINT "proposal_stances_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_stances" ADD CONSTRAINT "proposal_stances_cast_by_users_id_fk" FOREIGN KEY ("cast_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_opened_for_organizations_id_fk" FOREIGN KEY ("opened_for") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_stance_history_idx" ON "proposal_stance_history" USING btree ("proposal_id","organization_id","cast_at");--> statement-breakpoint
CREATE INDEX "proposals_coalition_idx" ON "proposals" USING btree ("coalition_id","created_at");--> statement-breakpoint
CREATE INDEX "proposals_due_idx" ON "proposals" USING btree ("closes_at") WHERE "proposals"."status" = 'open';