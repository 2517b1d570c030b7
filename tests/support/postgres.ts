// Helpers for tests that create and drop their own PostgreSQL databases next to TEST_DATABASE_URL.
import pg from 'pg';

/** `url` pointing at another database of the same server. */
export function adminUrl(url: string, database: string): string {
	const parsed = new URL(url);
	parsed.pathname = `/${database}`;
	return parsed.toString();
}

export function quoteIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** Runs one statement on the server of `url` (used to create and drop test databases). */
export async function runOnServer(url: string, statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

/** Creates a fresh, empty database and returns its URL and a function that drops it. */
export async function createScratchDatabase(
	url: string,
	prefix: string,
	template?: string
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
	const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
	await runOnServer(
		url,
		`create database ${quoteIdentifier(name)}${template ? ` template ${quoteIdentifier(template)}` : ''}`
	);
	return {
		url: adminUrl(url, name),
		name,
		drop: () => runOnServer(url, `drop database if exists ${quoteIdentifier(name)} with (force)`)
	};
}
