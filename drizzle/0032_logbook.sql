CREATE TABLE "logbook" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"wrapped_key" jsonb NOT NULL,
	"recovery" jsonb,
	"escrow_mine" jsonb,
	"escrow_theirs" jsonb,
	"escrow_holder" uuid,
	"created_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "logbook_entry" (
	"id" uuid PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"iv" text NOT NULL,
	"data" text NOT NULL,
	"size" integer NOT NULL,
	"written_on" date NOT NULL,
	"updated_on" date NOT NULL,
	"prompt_ref" text
);
--> statement-breakpoint
CREATE INDEX "logbook_entry_participant" ON "logbook_entry" USING btree ("participant_id");