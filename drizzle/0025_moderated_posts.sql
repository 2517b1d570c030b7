CREATE TABLE "moderated_post" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"scope_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"author_id" uuid,
	"author_user_id" text,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"status" text NOT NULL,
	"hidden_reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cocreation_process" ADD COLUMN "posts_need_approval" boolean DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX "moderated_post_scope_idx" ON "moderated_post" USING btree ("scope_id","created_at");