CREATE TABLE "statement_answers" (
	"statement_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"answer" text NOT NULL,
	"decline_reason" text,
	"outside" boolean NOT NULL,
	"answered_by" text,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "statement_answers_statement_id_organization_id_pk" PRIMARY KEY("statement_id","organization_id"),
	CONSTRAINT "statement_answers_answer_check" CHECK ("statement_answers"."answer" in ('public', 'private', 'decline'))
);
--> statement-breakpoint
CREATE TABLE "statement_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"statement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" jsonb NOT NULL,
	"text" jsonb NOT NULL,
	"hash" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "statement_versions_number_unique" UNIQUE("statement_id","number")
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"coalition_id" uuid NOT NULL,
	"campaign_id" uuid,
	"status" text NOT NULL,
	"sign_on_closes_at" timestamp with time zone,
	"show_private_count" boolean NOT NULL,
	"current_version_id" uuid NOT NULL,
	"published_version_id" uuid,
	"published_at" timestamp with time zone,
	"thread_id" uuid,
	"messengers" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"invitation_hash" text,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "statements_invitation_hash_unique" UNIQUE("invitation_hash")
);
--> statement-breakpoint
CREATE TABLE "risk_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"coalition_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid,
	"title" text NOT NULL,
	"lead_organization_id" uuid,
	"country" text,
	"audience_languages" text[] DEFAULT '{}' NOT NULL,
	"capacities" text[] DEFAULT '{}' NOT NULL,
	"decided_by_proposal_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_decisions" (
	"proposal_id" uuid PRIMARY KEY NOT NULL,
	"assessment_id" uuid NOT NULL,
	"messengers" uuid[] DEFAULT '{}'::uuid[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_mitigations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assessment_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_organization_id" uuid,
	"due_on" date,
	"status" text NOT NULL,
	"action_item_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_ratings" (
	"assessment_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"category" text NOT NULL,
	"likelihood" integer NOT NULL,
	"impact" integer NOT NULL,
	CONSTRAINT "risk_ratings_assessment_id_organization_id_category_pk" PRIMARY KEY("assessment_id","organization_id","category"),
	CONSTRAINT "risk_ratings_likelihood_check" CHECK ("risk_ratings"."likelihood" between 1 and 5),
	CONSTRAINT "risk_ratings_impact_check" CHECK ("risk_ratings"."impact" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "risk_responses" (
	"assessment_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"share_by_name" boolean NOT NULL,
	"mitigations" text[] DEFAULT '{}' NOT NULL,
	"answered_by" text,
	"answered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "risk_responses_assessment_id_organization_id_pk" PRIMARY KEY("assessment_id","organization_id")
);
--> statement-breakpoint
ALTER TABLE "statement_answers" ADD CONSTRAINT "statement_answers_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_answers" ADD CONSTRAINT "statement_answers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_answers" ADD CONSTRAINT "statement_answers_version_id_statement_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."statement_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_answers" ADD CONSTRAINT "statement_answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_versions" ADD CONSTRAINT "statement_versions_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_versions" ADD CONSTRAINT "statement_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_thread_id_discussion_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."discussion_threads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_lead_organization_id_organizations_id_fk" FOREIGN KEY ("lead_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_decided_by_proposal_id_proposals_id_fk" FOREIGN KEY ("decided_by_proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_decisions" ADD CONSTRAINT "risk_decisions_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_decisions" ADD CONSTRAINT "risk_decisions_assessment_id_risk_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_mitigations" ADD CONSTRAINT "risk_mitigations_assessment_id_risk_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_mitigations" ADD CONSTRAINT "risk_mitigations_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_mitigations" ADD CONSTRAINT "risk_mitigations_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_mitigations" ADD CONSTRAINT "risk_mitigations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_ratings" ADD CONSTRAINT "risk_ratings_assessment_id_organization_id_risk_responses_assessment_id_organization_id_fk" FOREIGN KEY ("assessment_id","organization_id") REFERENCES "public"."risk_responses"("assessment_id","organization_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_responses" ADD CONSTRAINT "risk_responses_assessment_id_risk_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."risk_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_responses" ADD CONSTRAINT "risk_responses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_responses" ADD CONSTRAINT "risk_responses_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statements_coalition_idx" ON "statements" USING btree ("coalition_id","created_at");--> statement-breakpoint
CREATE INDEX "statements_published_idx" ON "statements" USING btree ("coalition_id","published_at") WHERE "statements"."status" = 'published';--> statement-breakpoint
CREATE INDEX "risk_assessments_coalition_idx" ON "risk_assessments" USING btree ("coalition_id","created_at");--> statement-breakpoint
CREATE INDEX "risk_assessments_subject_idx" ON "risk_assessments" USING btree ("subject_kind","subject_id");--> statement-breakpoint
CREATE INDEX "risk_mitigations_assessment_idx" ON "risk_mitigations" USING btree ("assessment_id","created_at");