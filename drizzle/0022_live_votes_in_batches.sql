-- Votes in batches: the votes that reach one app instance while its previous batch is in the database go
-- together in one statement (one round trip, one transaction, one commit for many phones). Each vote is decided
-- exactly as live_cast_vote decides it; they are taken in the order of the shard rows they lock (session,
-- question, shard), the same order in every batch, so two batches never wait on each other in a circle. Takes a
-- JSON array of {"session", "groups", "target", "voter", "choice"} and answers a JSON array of the same length,
-- in the same order, with what live_cast_vote answers for each.
CREATE OR REPLACE FUNCTION live_cast_votes(p_votes jsonb, p_shards integer)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
	v_vote record;
	v_results jsonb[] := array_fill(NULL::jsonb, ARRAY[jsonb_array_length(p_votes)]);
BEGIN
	FOR v_vote IN
		SELECT value, ordinality FROM jsonb_array_elements(p_votes) WITH ORDINALITY
		ORDER BY value ->> 'session', value ->> 'target', abs(hashtext(value ->> 'voter')) % p_shards, ordinality
	LOOP
		v_results[v_vote.ordinality] := live_cast_vote(
			(v_vote.value ->> 'session')::uuid,
			ARRAY(SELECT jsonb_array_elements_text(v_vote.value -> 'groups'))::uuid[],
			v_vote.value ->> 'target',
			v_vote.value ->> 'voter',
			v_vote.value ->> 'choice',
			p_shards
		);
	END LOOP;
	RETURN to_jsonb(v_results);
END
$$;
