-- Votes send their counts themselves: the batch statement of migration 0022 now also sends each changed shard's
-- news (the `live.tally` event of platform/events.ts) with pg_notify, delivered to every instance when it
-- commits, so a batch costs one statement instead of two (the votes, then their notifications). The channel
-- and the start of each message come from the event bus (`statementEnvelope`); with none (a broker carries
-- the events), the app publishes the counts after the statement, as before. Otherwise as in 0022.
CREATE OR REPLACE FUNCTION live_cast_votes(p_votes jsonb, p_shards integer, p_channel text, p_prefix text)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
	v_vote record;
	v_results jsonb[] := array_fill(NULL::jsonb, ARRAY[jsonb_array_length(p_votes)]);
	-- The session last read, and its row.
	v_session uuid;
	v_group uuid;
	v_state jsonb;
	-- The shard being counted (its session, question and number), its counts, and the votes it answers.
	v_tally_session uuid;
	v_target text;
	v_shard integer;
	v_counts jsonb;
	v_version integer;
	v_changed boolean := false;
	v_members integer[] := '{}';
	v_member integer;
	v_previous text;
BEGIN
	PERFORM set_config('synchronous_commit', 'off', true);
	FOR v_vote IN
		SELECT * FROM (
			SELECT (value ->> 'session')::uuid AS session,
				ARRAY(SELECT jsonb_array_elements_text(value -> 'groups'))::uuid[] AS groups,
				value ->> 'target' AS target, value ->> 'voter' AS voter, value ->> 'choice' AS choice,
				abs(hashtext(value ->> 'voter')) % p_shards AS shard, ordinality::integer AS ordinality
			FROM jsonb_array_elements(p_votes) WITH ORDINALITY
			-- The last row (no session) writes the last shard.
			UNION ALL SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL
		) AS votes
		ORDER BY session NULLS LAST, target, shard, ordinality
	LOOP
		-- Another shard (or the end): the one counted so far is written, and its votes answered.
		IF v_tally_session IS NOT NULL AND (v_vote.session IS NULL OR v_vote.session <> v_tally_session
			OR v_vote.target <> v_target OR v_vote.shard <> v_shard) THEN
			IF v_changed THEN
				UPDATE live_tally SET counts = v_counts, version = version + 1, by_hands = false
					WHERE session_id = v_tally_session AND target = v_target AND shard = v_shard
					RETURNING version INTO v_version;
				-- The shard's news (the `live.tally` event), delivered to every instance when this commits.
				IF p_channel IS NOT NULL THEN
					PERFORM pg_notify(p_channel, p_prefix || jsonb_build_object('sessionId', v_tally_session,
						'target', v_target, 'shard', v_shard, 'version', v_version, 'byHands', false,
						'counts', v_counts)::text || '}');
				END IF;
			END IF;
			FOREACH v_member IN ARRAY v_members LOOP
				v_results[v_member] := jsonb_build_object('shard', v_shard, 'counts', v_counts, 'version', v_version);
			END LOOP;
			v_tally_session := NULL;
		END IF;
		EXIT WHEN v_vote.session IS NULL;
		IF v_session IS DISTINCT FROM v_vote.session THEN
			v_session := v_vote.session;
			v_group := NULL;
			v_state := NULL;
			SELECT group_id, CASE WHEN status = 'running' THEN state ELSE '{}'::jsonb END
				INTO v_group, v_state FROM live_session WHERE id = v_session;
		END IF;
		IF v_group IS NULL OR NOT v_group = ANY (v_vote.groups) THEN
			v_results[v_vote.ordinality] := jsonb_build_object('refused', 'missing');
			CONTINUE;
		END IF;
		IF (v_state -> 'vote' ->> 'target') IS DISTINCT FROM v_vote.target
			OR NOT COALESCE((v_state -> 'vote' -> 'options') ? v_vote.choice, false)
			OR COALESCE((v_state ->> 'revealed')::boolean, true) THEN
			v_results[v_vote.ordinality] := jsonb_build_object('refused', 'closed');
			CONTINUE;
		END IF;
		IF v_tally_session IS NULL THEN
			v_tally_session := v_session;
			v_target := v_vote.target;
			v_shard := v_vote.shard;
			v_changed := false;
			v_members := '{}';
			SELECT counts, version INTO v_counts, v_version FROM live_tally
				WHERE session_id = v_session AND target = v_target AND shard = v_shard FOR UPDATE;
			IF NOT FOUND THEN
				INSERT INTO live_tally (session_id, target, shard) VALUES (v_session, v_target, v_shard)
					ON CONFLICT DO NOTHING;
				SELECT counts, version INTO v_counts, v_version FROM live_tally
					WHERE session_id = v_session AND target = v_target AND shard = v_shard FOR UPDATE;
			END IF;
		END IF;
		v_members := v_members || v_vote.ordinality;
		SELECT choice INTO v_previous FROM live_vote
			WHERE session_id = v_session AND target = v_target AND voter = v_vote.voter;
		IF v_previous IS DISTINCT FROM v_vote.choice THEN
			INSERT INTO live_vote (session_id, target, voter, choice)
				VALUES (v_session, v_target, v_vote.voter, v_vote.choice)
				ON CONFLICT (session_id, target, voter) DO UPDATE SET choice = excluded.choice;
			IF v_previous IS NOT NULL THEN
				v_counts := jsonb_set(v_counts, ARRAY[v_previous],
					to_jsonb(COALESCE((v_counts ->> v_previous)::integer, 1) - 1));
			END IF;
			v_counts := jsonb_set(v_counts, ARRAY[v_vote.choice],
				to_jsonb(COALESCE((v_counts ->> v_vote.choice)::integer, 0) + 1));
			v_changed := true;
		END IF;
	END LOOP;
	RETURN to_jsonb(v_results);
END
$$;
--> statement-breakpoint
DROP FUNCTION IF EXISTS live_cast_votes(jsonb, integer);
