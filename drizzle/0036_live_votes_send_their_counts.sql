-- Votes send their counts themselves: a batch of votes (live_cast_votes of migration 0022, unchanged) now also
-- sends each counted shard's news (the `live.tally` event of platform/events.ts) with pg_notify in the same
-- statement, delivered to every instance when it commits, so a batch costs one statement instead of two (the
-- votes, then their notifications). The channel and the start of each message come from the event bus
-- (`statementEnvelope`); with none (a broker carries the events), nothing is sent here and the app publishes the
-- counts after the statement. A shard's votes in one batch all answer its counts after the batch: one message
-- per shard.
CREATE OR REPLACE FUNCTION live_cast_votes(p_votes jsonb, p_shards integer, p_channel text, p_prefix text)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
	v_results jsonb := live_cast_votes(p_votes, p_shards);
BEGIN
	IF p_channel IS NOT NULL THEN
		PERFORM pg_notify(p_channel, p_prefix || jsonb_build_object('sessionId', vote ->> 'session',
			'target', vote ->> 'target', 'shard', (result ->> 'shard')::integer,
			'version', (result ->> 'version')::integer, 'byHands', false, 'counts', result -> 'counts')::text || '}')
		FROM (
			SELECT DISTINCT ON (vote ->> 'session', vote ->> 'target', result ->> 'shard') vote, result
			FROM jsonb_array_elements(p_votes) WITH ORDINALITY AS votes (vote, position)
			JOIN jsonb_array_elements(v_results) WITH ORDINALITY AS results (result, at) ON at = position
			WHERE result ? 'shard'
		) AS shards;
	END IF;
	RETURN v_results;
END
$$;
