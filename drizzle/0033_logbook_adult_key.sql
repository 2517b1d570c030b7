CREATE TABLE "logbook_adult_key" (
	"user_id" text PRIMARY KEY NOT NULL,
	"public_key" jsonb NOT NULL,
	"wrapped_private" jsonb NOT NULL,
	"updated_on" date NOT NULL
);
