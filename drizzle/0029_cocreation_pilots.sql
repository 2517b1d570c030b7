CREATE TABLE "cocreation_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pilot_id" uuid NOT NULL,
	"respondent" text NOT NULL,
	"worked" text DEFAULT '' NOT NULL,
	"did_not" text DEFAULT '' NOT NULL,
	"recommend" text NOT NULL,
	"suggestions" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cocreation_feedback_once" UNIQUE("pilot_id","respondent")
);
--> statement-breakpoint
CREATE TABLE "cocreation_pilot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"material_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"planned_on" date,
	"session_id" uuid,
	"version" integer,
	"feedback_open" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cocreation_change" ADD COLUMN "answers" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cocreation_material" ADD COLUMN "final_version" integer;--> statement-breakpoint
ALTER TABLE "cocreation_feedback" ADD CONSTRAINT "cocreation_feedback_pilot_id_cocreation_pilot_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."cocreation_pilot"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_pilot" ADD CONSTRAINT "cocreation_pilot_process_id_cocreation_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."cocreation_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_pilot" ADD CONSTRAINT "cocreation_pilot_material_id_cocreation_material_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."cocreation_material"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cocreation_pilot_process_idx" ON "cocreation_pilot" USING btree ("process_id");