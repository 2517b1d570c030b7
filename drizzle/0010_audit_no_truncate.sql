-- TRUNCATE skips row triggers: refuse it on the audit log too, unless a retention task says so.
CREATE OR REPLACE FUNCTION audit_event_no_truncate() RETURNS trigger AS $$
BEGIN
	IF coalesce(current_setting('pdn.audit_retention', true), '') = 'on' THEN
		RETURN NULL;
	END IF;
	RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_event_no_truncate
	BEFORE TRUNCATE ON audit_event
	FOR EACH STATEMENT EXECUTE FUNCTION audit_event_no_truncate();
