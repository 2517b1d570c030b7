CREATE TABLE "cocreation_dialogue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"agenda" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cocreation_proposal" ADD COLUMN "session_post_id" uuid;--> statement-breakpoint
ALTER TABLE "cocreation_dialogue" ADD CONSTRAINT "cocreation_dialogue_process_id_cocreation_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."cocreation_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cocreation_dialogue_process_idx" ON "cocreation_dialogue" USING btree ("process_id");--> statement-breakpoint
ALTER TABLE "cocreation_proposal" ADD CONSTRAINT "cocreation_proposal_session_post_id_unique" UNIQUE("session_post_id");