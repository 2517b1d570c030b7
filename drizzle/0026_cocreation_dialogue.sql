CREATE TABLE "cocreation_ally" (
	"process_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	CONSTRAINT "cocreation_ally_process_id_user_id_pk" PRIMARY KEY("process_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "cocreation_board_reaction" (
	"commitment_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"reaction" text NOT NULL,
	CONSTRAINT "cocreation_board_reaction_commitment_id_participant_id_pk" PRIMARY KEY("commitment_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "cocreation_commitment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"process_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"what" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"done_means" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cocreation_commitment_update" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cocreation_proposal" (
	"post_id" uuid PRIMARY KEY NOT NULL,
	"process_id" uuid NOT NULL,
	"who_acts" text NOT NULL,
	"from_youth" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cocreation_support" (
	"proposal_id" uuid NOT NULL,
	"supporter_id" text NOT NULL,
	"youth" boolean NOT NULL,
	CONSTRAINT "cocreation_support_proposal_id_supporter_id_pk" PRIMARY KEY("proposal_id","supporter_id")
);
--> statement-breakpoint
ALTER TABLE "cocreation_process" ADD COLUMN "board_open_to_organisation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cocreation_ally" ADD CONSTRAINT "cocreation_ally_process_id_cocreation_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."cocreation_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_board_reaction" ADD CONSTRAINT "cocreation_board_reaction_commitment_id_cocreation_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."cocreation_commitment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_commitment" ADD CONSTRAINT "cocreation_commitment_process_id_cocreation_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."cocreation_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_commitment" ADD CONSTRAINT "cocreation_commitment_proposal_id_cocreation_proposal_post_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."cocreation_proposal"("post_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_commitment_update" ADD CONSTRAINT "cocreation_commitment_update_commitment_id_cocreation_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."cocreation_commitment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_proposal" ADD CONSTRAINT "cocreation_proposal_process_id_cocreation_process_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."cocreation_process"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cocreation_support" ADD CONSTRAINT "cocreation_support_proposal_id_cocreation_proposal_post_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."cocreation_proposal"("post_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cocreation_commitment_process_idx" ON "cocreation_commitment" USING btree ("process_id","created_at");--> statement-breakpoint
CREATE INDEX "cocreation_commitment_update_idx" ON "cocreation_commitment_update" USING btree ("commitment_id","created_at");--> statement-breakpoint
CREATE INDEX "cocreation_proposal_process_idx" ON "cocreation_proposal" USING btree ("process_id","created_at");