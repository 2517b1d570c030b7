CREATE TABLE "cocreation_feedback_given" (
	"pilot_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	CONSTRAINT "cocreation_feedback_given_pilot_id_participant_id_pk" PRIMARY KEY("pilot_id","participant_id")
);
--> statement-breakpoint
ALTER TABLE "cocreation_feedback" DROP CONSTRAINT "cocreation_feedback_once";--> statement-breakpoint
ALTER TABLE "content_item" ADD COLUMN "listed" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "cocreation_commitment" ADD COLUMN "recorded_by_id" text;--> statement-breakpoint
ALTER TABLE "cocreation_feedback_given" ADD CONSTRAINT "cocreation_feedback_given_pilot_id_cocreation_pilot_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."cocreation_pilot"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cocreation_feedback_pilot_idx" ON "cocreation_feedback" USING btree ("pilot_id");--> statement-breakpoint
ALTER TABLE "cocreation_feedback" DROP COLUMN "respondent";