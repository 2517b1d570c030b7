CREATE TABLE "logbook_recovery" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"holder_id" text NOT NULL,
	"request_key" jsonb NOT NULL,
	"request_private" jsonb NOT NULL,
	"released" jsonb,
	"requested_on" date NOT NULL,
	"approved_on" date
);
--> statement-breakpoint
CREATE TABLE "logbook_share" (
	"id" uuid PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"recipient_id" text NOT NULL,
	"sealed" jsonb NOT NULL,
	"shared_on" date NOT NULL,
	CONSTRAINT "logbook_share_entry_recipient" UNIQUE("entry_id","recipient_id")
);
--> statement-breakpoint
ALTER TABLE "logbook" ALTER COLUMN "escrow_holder" SET DATA TYPE text;--> statement-breakpoint
CREATE INDEX "logbook_share_recipient" ON "logbook_share" USING btree ("recipient_id");