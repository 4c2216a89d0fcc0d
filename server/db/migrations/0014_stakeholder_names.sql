DROP INDEX "campaign_stakeholders_campaign_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_stakeholders_campaign_name_key" ON "campaign_stakeholders" USING btree ("campaign_id","name");