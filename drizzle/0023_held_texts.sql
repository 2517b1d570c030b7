CREATE TABLE "held_text" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"source" text NOT NULL,
	"text" text NOT NULL,
	"kinds" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" text
);
--> statement-breakpoint
CREATE INDEX "held_text_group_idx" ON "held_text" USING btree ("group_id","created_at");