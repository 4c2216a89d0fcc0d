CREATE TABLE "campaign_history" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"changed_by" text,
	"changed_for" uuid,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"coalition_id" uuid,
	"owner_organization_id" uuid,
	"lead_organization_id" uuid NOT NULL,
	"proposal_id" uuid,
	"title" jsonb NOT NULL,
	"problem" jsonb,
	"theory_of_change" jsonb,
	"goal" jsonb,
	"starts_on" date,
	"ends_on" date,
	"status" text NOT NULL,
	"issues" text[] DEFAULT '{}' NOT NULL,
	"fund_monitor_organization_id" uuid,
	"fund_monitor_user_id" text,
	"published_parts" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "campaigns_owner_check" CHECK (("campaigns"."coalition_id" is null) <> ("campaigns"."owner_organization_id" is null))
);
--> statement-breakpoint
CREATE TABLE "campaign_objectives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"statement" jsonb NOT NULL,
	"indicator" jsonb NOT NULL,
	"unit" text NOT NULL,
	"baseline" double precision NOT NULL,
	"target" double precision NOT NULL,
	"baseline_on" date NOT NULL,
	"deadline" date NOT NULL,
	"owner_organization_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objective_progress" (
	"id" uuid PRIMARY KEY NOT NULL,
	"objective_id" uuid NOT NULL,
	"value" double precision NOT NULL,
	"measured_on" date NOT NULL,
	"evidence" text,
	"evidence_url" text,
	"reported_by" text,
	"reported_for" uuid,
	"reported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_stakeholders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"role" text NOT NULL,
	"position" integer NOT NULL,
	"influence" integer NOT NULL,
	"interest" integer NOT NULL,
	"access_organization_ids" uuid[] DEFAULT '{}' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stakeholder_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"type" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stakeholder_moves" (
	"id" uuid PRIMARY KEY NOT NULL,
	"stakeholder_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"from_position" integer,
	"to_position" integer NOT NULL,
	"influence" integer NOT NULL,
	"moved_on" date NOT NULL,
	"note" text,
	"recorded_by" text,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_dependencies" (
	"activity_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	CONSTRAINT "activity_dependencies_activity_id_depends_on_id_pk" PRIMARY KEY("activity_id","depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"tactic" text NOT NULL,
	"role" text NOT NULL,
	"lead_organization_id" uuid NOT NULL,
	"supporting_organization_ids" uuid[] DEFAULT '{}' NOT NULL,
	"stakeholder_ids" uuid[] DEFAULT '{}' NOT NULL,
	"objective_ids" uuid[] DEFAULT '{}' NOT NULL,
	"starts_on" date NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"notes" text,
	"action_item_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"frame" text NOT NULL,
	"text" jsonb NOT NULL,
	"messenger_organization_id" uuid,
	"visibility" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_stories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"title" text NOT NULL,
	"text" jsonb NOT NULL,
	"recorded_by_organization_id" uuid NOT NULL,
	"consent_by" text NOT NULL,
	"consent_uses" text[] NOT NULL,
	"consent_given_on" date NOT NULL,
	"consent_until" date,
	"withdrawn_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_stories" (
	"message_id" uuid NOT NULL,
	"story_id" uuid NOT NULL,
	"use" text NOT NULL,
	CONSTRAINT "message_stories_message_id_story_id_pk" PRIMARY KEY("message_id","story_id")
);
--> statement-breakpoint
CREATE TABLE "campaign_budget_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"label" text NOT NULL,
	"currency" text NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_pledges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"currency" text,
	"amount" numeric(20, 4) NOT NULL,
	"received" numeric(20, 4) DEFAULT '0' NOT NULL,
	"description" text,
	"budget_line_id" uuid,
	"created_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_spending" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"budget_line_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"currency" text NOT NULL,
	"amount" numeric(20, 4) NOT NULL,
	"spent_on" date NOT NULL,
	"description" text NOT NULL,
	"receipt" text,
	"status" text NOT NULL,
	"confirmed_by" text,
	"confirmed_at" timestamp with time zone,
	"query_note" text,
	"recorded_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_outcomes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"observed_on" date NOT NULL,
	"change" jsonb NOT NULL,
	"contribution" jsonb NOT NULL,
	"evidence" text,
	"significance" text NOT NULL,
	"recorded_for" uuid,
	"recorded_by" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"worked" jsonb NOT NULL,
	"did_not_work" jsonb NOT NULL,
	"lessons" jsonb NOT NULL,
	"tactics" text[] DEFAULT '{}' NOT NULL,
	"issues" text[] DEFAULT '{}' NOT NULL,
	"shared" text DEFAULT 'coalition' NOT NULL,
	"written_by" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "campaign_reviews_campaign_id_unique" UNIQUE("campaign_id")
);
--> statement-breakpoint
ALTER TABLE "campaign_history" ADD CONSTRAINT "campaign_history_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_history" ADD CONSTRAINT "campaign_history_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_history" ADD CONSTRAINT "campaign_history_changed_for_organizations_id_fk" FOREIGN KEY ("changed_for") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_coalition_id_coalitions_id_fk" FOREIGN KEY ("coalition_id") REFERENCES "public"."coalitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_lead_organization_id_organizations_id_fk" FOREIGN KEY ("lead_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_fund_monitor_organization_id_organizations_id_fk" FOREIGN KEY ("fund_monitor_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_fund_monitor_user_id_users_id_fk" FOREIGN KEY ("fund_monitor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_objectives" ADD CONSTRAINT "campaign_objectives_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_objectives" ADD CONSTRAINT "campaign_objectives_owner_organization_id_organizations_id_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_progress" ADD CONSTRAINT "objective_progress_objective_id_campaign_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."campaign_objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_progress" ADD CONSTRAINT "objective_progress_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_progress" ADD CONSTRAINT "objective_progress_reported_for_organizations_id_fk" FOREIGN KEY ("reported_for") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_stakeholders" ADD CONSTRAINT "campaign_stakeholders_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_links" ADD CONSTRAINT "stakeholder_links_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_links" ADD CONSTRAINT "stakeholder_links_from_id_campaign_stakeholders_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."campaign_stakeholders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_links" ADD CONSTRAINT "stakeholder_links_to_id_campaign_stakeholders_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."campaign_stakeholders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_moves" ADD CONSTRAINT "stakeholder_moves_stakeholder_id_campaign_stakeholders_id_fk" FOREIGN KEY ("stakeholder_id") REFERENCES "public"."campaign_stakeholders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_moves" ADD CONSTRAINT "stakeholder_moves_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_moves" ADD CONSTRAINT "stakeholder_moves_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_dependencies" ADD CONSTRAINT "activity_dependencies_activity_id_campaign_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."campaign_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_dependencies" ADD CONSTRAINT "activity_dependencies_depends_on_id_campaign_activities_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."campaign_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_activities" ADD CONSTRAINT "campaign_activities_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_activities" ADD CONSTRAINT "campaign_activities_lead_organization_id_organizations_id_fk" FOREIGN KEY ("lead_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_activities" ADD CONSTRAINT "campaign_activities_action_item_id_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."action_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_activities" ADD CONSTRAINT "campaign_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_messages" ADD CONSTRAINT "campaign_messages_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_messages" ADD CONSTRAINT "campaign_messages_messenger_organization_id_organizations_id_fk" FOREIGN KEY ("messenger_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_stories" ADD CONSTRAINT "campaign_stories_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_stories" ADD CONSTRAINT "campaign_stories_recorded_by_organization_id_organizations_id_fk" FOREIGN KEY ("recorded_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_stories" ADD CONSTRAINT "campaign_stories_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_stories" ADD CONSTRAINT "message_stories_message_id_campaign_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."campaign_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_stories" ADD CONSTRAINT "message_stories_story_id_campaign_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."campaign_stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_budget_lines" ADD CONSTRAINT "campaign_budget_lines_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_pledges" ADD CONSTRAINT "campaign_pledges_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_pledges" ADD CONSTRAINT "campaign_pledges_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_pledges" ADD CONSTRAINT "campaign_pledges_budget_line_id_campaign_budget_lines_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."campaign_budget_lines"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_pledges" ADD CONSTRAINT "campaign_pledges_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_spending" ADD CONSTRAINT "campaign_spending_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_spending" ADD CONSTRAINT "campaign_spending_budget_line_id_campaign_budget_lines_id_fk" FOREIGN KEY ("budget_line_id") REFERENCES "public"."campaign_budget_lines"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_spending" ADD CONSTRAINT "campaign_spending_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_spending" ADD CONSTRAINT "campaign_spending_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_spending" ADD CONSTRAINT "campaign_spending_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_outcomes" ADD CONSTRAINT "campaign_outcomes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_outcomes" ADD CONSTRAINT "campaign_outcomes_recorded_for_organizations_id_fk" FOREIGN KEY ("recorded_for") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_outcomes" ADD CONSTRAINT "campaign_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_reviews" ADD CONSTRAINT "campaign_reviews_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_reviews" ADD CONSTRAINT "campaign_reviews_written_by_users_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_history_campaign_idx" ON "campaign_history" USING btree ("campaign_id","changed_at","id");--> statement-breakpoint
CREATE INDEX "campaigns_coalition_idx" ON "campaigns" USING btree ("coalition_id","created_at");--> statement-breakpoint
CREATE INDEX "campaigns_owner_idx" ON "campaigns" USING btree ("owner_organization_id","created_at");--> statement-breakpoint
CREATE INDEX "campaign_objectives_campaign_idx" ON "campaign_objectives" USING btree ("campaign_id","deadline");--> statement-breakpoint
CREATE INDEX "objective_progress_objective_idx" ON "objective_progress" USING btree ("objective_id","measured_on","reported_at");--> statement-breakpoint
CREATE INDEX "campaign_stakeholders_campaign_idx" ON "campaign_stakeholders" USING btree ("campaign_id","name");--> statement-breakpoint
CREATE INDEX "stakeholder_links_campaign_idx" ON "stakeholder_links" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "stakeholder_moves_stakeholder_idx" ON "stakeholder_moves" USING btree ("stakeholder_id","moved_on");--> statement-breakpoint
CREATE INDEX "stakeholder_moves_campaign_idx" ON "stakeholder_moves" USING btree ("campaign_id","moved_on");--> statement-breakpoint
CREATE INDEX "campaign_activities_campaign_idx" ON "campaign_activities" USING btree ("campaign_id","starts_on");--> statement-breakpoint
CREATE INDEX "campaign_activities_lead_idx" ON "campaign_activities" USING btree ("lead_organization_id");--> statement-breakpoint
CREATE INDEX "campaign_messages_campaign_idx" ON "campaign_messages" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaign_stories_campaign_idx" ON "campaign_stories" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "message_stories_story_idx" ON "message_stories" USING btree ("story_id");--> statement-breakpoint
CREATE INDEX "campaign_budget_lines_campaign_idx" ON "campaign_budget_lines" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaign_pledges_campaign_idx" ON "campaign_pledges" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaign_spending_campaign_idx" ON "campaign_spending" USING btree ("campaign_id","spent_on");--> statement-breakpoint
CREATE INDEX "campaign_spending_line_idx" ON "campaign_spending" USING btree ("budget_line_id");--> statement-breakpoint
CREATE INDEX "campaign_outcomes_campaign_idx" ON "campaign_outcomes" USING btree ("campaign_id","observed_on");--> statement-breakpoint
CREATE INDEX "campaign_reviews_tactics_idx" ON "campaign_reviews" USING gin ("tactics");