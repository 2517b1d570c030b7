CREATE TABLE "live_attendance" (
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"joined" boolean DEFAULT false NOT NULL,
	"ticked" boolean DEFAULT false NOT NULL,
	"seen_at" timestamp with time zone,
	CONSTRAINT "live_attendance_session_id_participant_id_pk" PRIMARY KEY("session_id","participant_id")
);
--> statement-breakpoint
CREATE TABLE "live_post" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target" text DEFAULT '' NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid,
	"status" text DEFAULT 'waiting' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_presenter" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"program_version" integer NOT NULL,
	"workshop_id" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"state" jsonb NOT NULL,
	"seq" integer DEFAULT 1 NOT NULL,
	"started_by" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"activity_since" timestamp with time zone DEFAULT now() NOT NULL,
	"seconds" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"fidelity" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"adaptations" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"unlocked_at" timestamp with time zone,
	"pairing_code_hash" text,
	"pairing_expires_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "live_signal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seen_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "live_tally" (
	"session_id" uuid NOT NULL,
	"target" text NOT NULL,
	"shard" integer DEFAULT 0 NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"by_hands" boolean DEFAULT false NOT NULL,
	CONSTRAINT "live_tally_session_id_target_shard_pk" PRIMARY KEY("session_id","target","shard")
);
--> statement-breakpoint
CREATE TABLE "live_vote" (
	"session_id" uuid NOT NULL,
	"target" text NOT NULL,
	"voter" text NOT NULL,
	"choice" text NOT NULL,
	CONSTRAINT "live_vote_session_id_target_voter_pk" PRIMARY KEY("session_id","target","voter")
);
--> statement-breakpoint
ALTER TABLE "live_attendance" ADD CONSTRAINT "live_attendance_session_id_live_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_post" ADD CONSTRAINT "live_post_session_id_live_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_presenter" ADD CONSTRAINT "live_presenter_session_id_live_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_signal" ADD CONSTRAINT "live_signal_session_id_live_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_tally" ADD CONSTRAINT "live_tally_session_id_live_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_vote" ADD CONSTRAINT "live_vote_session_id_live_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_post_session" ON "live_post" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "live_session_one_open_per_group" ON "live_session" USING btree ("group_id") WHERE "live_session"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "live_session_group" ON "live_session" USING btree ("group_id","started_at");--> statement-breakpoint
CREATE INDEX "live_signal_session" ON "live_signal" USING btree ("session_id","created_at");--> statement-breakpoint
-- One vote, in one round trip: refused ({"refused": "missing"}) unless the session is one of the voter's
-- groups', and ({"refused": "closed"}) unless it is running and asks this question with this option, not yet
-- revealed. A voter always counts in the same shard of the question's counts (p_shards of them), whose row is
-- locked first: votes in a shard take turns, so a retry or a double tap never counts twice (changing one's vote
-- replaces it), and a room of hundreds does not queue on one row. A vote's commit does not wait for the disk
-- (synchronous_commit off, for this transaction only): a database crash may forget the last moment's votes,
-- never corrupt anything. Returns the shard's counts and version.
CREATE OR REPLACE FUNCTION live_cast_vote(p_session uuid, p_groups uuid[], p_target text, p_voter text, p_choice text, p_shards integer)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
	v_state jsonb;
	v_shard integer := abs(hashtext(p_voter)) % p_shards;
	v_previous text;
	v_counts jsonb;
	v_version integer;
BEGIN
	SELECT CASE WHEN status = 'running' THEN state ELSE '{}'::jsonb END INTO v_state FROM live_session
		WHERE id = p_session AND group_id = ANY (p_groups);
	IF v_state IS NULL THEN
		RETURN jsonb_build_object('refused', 'missing');
	END IF;
	IF (v_state -> 'vote' ->> 'target') IS DISTINCT FROM p_target
		OR NOT COALESCE((v_state -> 'vote' -> 'options') ? p_choice, false)
		OR COALESCE((v_state ->> 'revealed')::boolean, true) THEN
		RETURN jsonb_build_object('refused', 'closed');
	END IF;
	PERFORM set_config('synchronous_commit', 'off', true);
	SELECT counts, version INTO v_counts, v_version FROM live_tally
		WHERE session_id = p_session AND target = p_target AND shard = v_shard FOR UPDATE;
	IF NOT FOUND THEN
		INSERT INTO live_tally (session_id, target, shard) VALUES (p_session, p_target, v_shard)
			ON CONFLICT DO NOTHING;
		SELECT counts, version INTO v_counts, v_version FROM live_tally
			WHERE session_id = p_session AND target = p_target AND shard = v_shard FOR UPDATE;
	END IF;
	SELECT choice INTO v_previous FROM live_vote
		WHERE session_id = p_session AND target = p_target AND voter = p_voter;
	IF v_previous = p_choice THEN
		RETURN jsonb_build_object('shard', v_shard, 'counts', v_counts, 'version', v_version);
	END IF;
	INSERT INTO live_vote (session_id, target, voter, choice) VALUES (p_session, p_target, p_voter, p_choice)
		ON CONFLICT (session_id, target, voter) DO UPDATE SET choice = excluded.choice;
	IF v_previous IS NOT NULL THEN
		v_counts := jsonb_set(v_counts, ARRAY[v_previous], to_jsonb(COALESCE((v_counts ->> v_previous)::integer, 1) - 1));
	END IF;
	v_counts := jsonb_set(v_counts, ARRAY[p_choice], to_jsonb(COALESCE((v_counts ->> p_choice)::integer, 0) + 1));
	UPDATE live_tally SET counts = v_counts, version = version + 1, by_hands = false
		WHERE session_id = p_session AND target = p_target AND shard = v_shard
		RETURNING version INTO v_version;
	RETURN jsonb_build_object('shard', v_shard, 'counts', v_counts, 'version', v_version);
END
$$;
