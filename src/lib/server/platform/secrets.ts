// Secrets generated on first start and kept in the database, so that every app instance signs with the same key.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { platformSecret } from './schema.ts';

/**
 * WARNING: returns a signing secret. Never log it or send it to a browser.
 * The first caller creates it; concurrent first callers all read the same winner.
 */
export async function sharedSecret(db: Executor, name: string): Promise<string> {
	await db
		.insert(platformSecret)
		.values({ name, value: randomBytes(32).toString('base64url') })
		.onConflictDoNothing();
	const [row] = await db.select().from(platformSecret).where(eq(platformSecret.name, name));
	if (!row) throw new Error(`Secret ${name} could not be created.`);
	return row.value;
}
