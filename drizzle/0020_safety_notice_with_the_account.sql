ALTER TABLE "user" ADD COLUMN "safety_notice_seen_at" timestamp with time zone;--> statement-breakpoint
UPDATE "user" SET "safety_notice_seen_at" = "safety_notice_seen"."seen_at" FROM "safety_notice_seen" WHERE "safety_notice_seen"."user_id" = "user"."id";--> statement-breakpoint
DROP TABLE "safety_notice_seen" CASCADE;
