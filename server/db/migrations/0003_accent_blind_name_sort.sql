DROP INDEX "organizations_name_sort_idx";--> statement-breakpoint
CREATE INDEX "organizations_name_sort_idx" ON "organizations" USING btree (cg_unaccent(lower("name")),"id");