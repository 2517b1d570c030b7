CREATE TABLE "cocreation_dot" (
	"finding_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"process_id" uuid NOT NULL,
	"dots" integer NOT NULL,
	CONSTRAINT "cocreation_dot_finding_id_participant_id_pk" PRIMARY KEY("finding_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "cocreation_finding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"statement" text NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cocreation_key_aspect" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"text" text NOT NULL,
	"why" text DEFAULT '' NOT NULL,
	"finding_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cocreation_phase" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_on" date,
	"ends_on" date
);
--> statement-breakpoint
CREATE TABLE "cocreation_process" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"dots_per_person" integer DEFAULT 3 NOT NULL,
	"current_phase_id" uuid,
	"dot_vote_closed_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cocreation_reaction" (
	"finding_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"reaction" text NOT NULL,
	CONSTRAINT "cocreation_reaction_finding_id_participant_id_pk" PRIMARY KEY("finding_id","participant_id")
);
--> statement-breakpoint
ALTER TABLE "cocreation_dot" ADD CONSTRAINT "cocreation_dot_finding_id_cocreation_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."cocreation_finding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_finding" ADD CONSTRAINT "cocreation_finding_process_id_cocreation_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."cocreation_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_key_aspect" ADD CONSTRAINT "cocreation_key_aspect_process_id_cocreation_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."cocreation_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_phase" ADD CONSTRAINT "cocreation_phase_process_id_cocreation_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."cocreation_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_reaction" ADD CONSTRAINT "cocreation_reaction_finding_id_cocreation_finding_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."cocreation_finding"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cocreation_dot_process_idx" ON "cocreation_dot" USING btree ("process_id","participant_id");--> statement-breakpoint
CREATE INDEX "cocreation_finding_process_idx" ON "cocreation_finding" USING btree ("process_id","created_at");--> statement-breakpoint
CREATE INDEX "cocreation_key_aspect_process_idx" ON "cocreation_key_aspect" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "cocreation_phase_process_idx" ON "cocreation_phase" USING btree ("process_id","position");--> statement-breakpoint
CREATE INDEX "cocreation_process_organisation_idx" ON "cocreation_process" USING btree ("organisation_id");