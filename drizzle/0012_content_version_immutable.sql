-- Published tool versions never change: programs and sessions refer to the exact deck, scenario or video used.
CREATE OR REPLACE FUNCTION content_version_immutable() RETURNS trigger AS $$
BEGIN
	RAISE EXCEPTION 'content_version is immutable';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER content_version_immutable
	BEFORE UPDATE OR DELETE ON content_version
	FOR EACH ROW EXECUTE FUNCTION content_version_immutable();
--> statement-breakpoint
CREATE TRIGGER content_version_no_truncate
	BEFORE TRUNCATE ON content_version
	FOR EACH STATEMENT EXECUTE FUNCTION content_version_immutable();
