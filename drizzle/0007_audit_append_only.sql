-- The audit log is append-only for the app: updates and deletes are refused, unless a retention task
-- says so explicitly for its own transaction (SET LOCAL pdn.audit_retention = 'on').
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
	IF coalesce(current_setting('pdn.audit_retention', true), '') = 'on' AND TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RAISE EXCEPTION 'audit_event is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_event_append_only
	BEFORE UPDATE OR DELETE ON audit_event
	FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
