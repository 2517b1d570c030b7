-- Published program versions never change: live sessions and reports refer to the exact text used.
CREATE OR REPLACE FUNCTION program_version_immutable() RETURNS trigger AS $$
BEGIN
	RAISE EXCEPTION 'program_version is immutable';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER program_version_immutable
	BEFORE UPDATE OR DELETE ON program_version
	FOR EACH ROW EXECUTE FUNCTION program_version_immutable();
--> statement-breakpoint
CREATE TRIGGER program_version_no_truncate
	BEFORE TRUNCATE ON program_version
	FOR EACH STATEMENT EXECUTE FUNCTION program_version_immutable();
