CREATE TABLE "content_credit" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"credited_as" text NOT NULL,
	"consent_to_credit" boolean DEFAULT false NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_credit_actor" UNIQUE("item_id","actor_kind","actor_id")
);
--> statement-breakpoint
CREATE TABLE "publishing_policy" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"second_approval" boolean DEFAULT false NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Programs join the one content engine: each program becomes a content item of type "program" with the same
-- id, each published version a content version with the same id and number, each author a credit.
INSERT INTO "content_item" ("id", "organisation_id", "type", "status", "draft", "revision", "latest_version",
		"is_starter", "created_by", "created_at", "updated_at")
	SELECT "id", "organisation_id", 'program', "status", "draft", "revision", "latest_version",
		"is_starter", "created_by", "created_at", "updated_at"
	FROM "program";--> statement-breakpoint
INSERT INTO "content_version" ("id", "item_id", "organisation_id", "number", "document", "published_by",
		"published_at")
	SELECT "id", "program_id", "organisation_id", "number", "document", "published_by", "published_at"
	FROM "program_version";--> statement-breakpoint
INSERT INTO "content_credit" ("id", "item_id", "actor_kind", "actor_id", "credited_as", "consent_to_credit",
		"added_at")
	SELECT "id", "program_id", "actor_kind", "actor_id", "credited_as", "consent_to_credit", "added_at"
	FROM "program_author";--> statement-breakpoint
DROP TABLE "program" CASCADE;--> statement-breakpoint
DROP TABLE "program_author" CASCADE;--> statement-breakpoint
DROP TABLE "program_version" CASCADE;--> statement-breakpoint
DROP FUNCTION IF EXISTS program_version_immutable();--> statement-breakpoint
ALTER TABLE "content_item" ADD COLUMN "submitted_by" text;--> statement-breakpoint
ALTER TABLE "content_credit" ADD CONSTRAINT "content_credit_item_id_content_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."content_item"("id") ON DELETE cascade ON UPDATE no action;