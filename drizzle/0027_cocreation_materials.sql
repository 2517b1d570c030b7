CREATE TABLE "cocreation_change" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"material_id" uuid NOT NULL,
	"path" text NOT NULL,
	"before" text NOT NULL,
	"after" text NOT NULL,
	"author" text NOT NULL,
	"from_youth" boolean NOT NULL,
	"suggestion_id" uuid,
	"accepted_by" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cocreation_consent" (
	"process_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"credit" boolean NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cocreation_consent_process_id_participant_id_pk" PRIMARY KEY("process_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "cocreation_material" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"language" text NOT NULL,
	"key_aspect_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cocreation_suggestion" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"material_id" uuid NOT NULL,
	"path" text NOT NULL,
	"base" text NOT NULL,
	"proposed" text NOT NULL,
	"author" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "content_item" ADD COLUMN "managed_by" text;--> statement-breakpoint
ALTER TABLE "cocreation_process" ADD COLUMN "adults_edit_directly" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cocreation_change" ADD CONSTRAINT "cocreation_change_material_id_cocreation_material_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."cocreation_material"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_consent" ADD CONSTRAINT "cocreation_consent_process_id_cocreation_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."cocreation_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_material" ADD CONSTRAINT "cocreation_material_process_id_cocreation_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."cocreation_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_suggestion" ADD CONSTRAINT "cocreation_suggestion_material_id_cocreation_material_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."cocreation_material"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cocreation_change_material_idx" ON "cocreation_change" USING btree ("material_id","at");--> statement-breakpoint
CREATE INDEX "cocreation_material_process_idx" ON "cocreation_material" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "cocreation_suggestion_material_idx" ON "cocreation_suggestion" USING btree ("material_id","status");