CREATE TABLE "group_membership" (
	"group_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"pseudonym_key" text NOT NULL,
	"added_by" text,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_membership_group_id_participant_id_pk" PRIMARY KEY("group_id","participant_id"),
	CONSTRAINT "group_membership_pseudonym" UNIQUE("group_id","pseudonym_key")
);
--> statement-breakpoint
-- Every participant keeps the group she was in: one membership each, written before the column goes.
INSERT INTO "group_membership" ("group_id", "participant_id", "pseudonym_key", "added_by", "joined_at")
	SELECT "group_id", "id", "pseudonym_key", "created_by", "created_at" FROM "participant";--> statement-breakpoint
ALTER TABLE "participant" DROP CONSTRAINT "participant_group_pseudonym";--> statement-breakpoint
ALTER TABLE "participant" DROP CONSTRAINT "participant_group_id_youth_group_id_fk";
--> statement-breakpoint
ALTER TABLE "group_membership" ADD CONSTRAINT "group_membership_group_id_youth_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."youth_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_membership" ADD CONSTRAINT "group_membership_participant_id_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_membership" ADD CONSTRAINT "group_membership_added_by_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_membership_participant_idx" ON "group_membership" USING btree ("participant_id");--> statement-breakpoint
ALTER TABLE "participant" DROP COLUMN "group_id";