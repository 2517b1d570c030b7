CREATE TABLE "notice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"audience" text NOT NULL,
	"key" text NOT NULL,
	"values" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_dismissal" (
	"notice_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_dismissal_once" UNIQUE("notice_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "totp_step" (
	"user_id" text PRIMARY KEY NOT NULL,
	"last_step" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "youth_group" ADD COLUMN "max_participants" integer DEFAULT 40 NOT NULL;--> statement-breakpoint
ALTER TABLE "media_upload" ADD COLUMN "total_bytes" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notice_dismissal" ADD CONSTRAINT "notice_dismissal_notice_id_notice_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."notice"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "totp_step" ADD CONSTRAINT "totp_step_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notice_organisation_idx" ON "notice" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "media_upload_organisation_idx" ON "media_upload" USING btree ("organisation_id");