// Record ids: what a real id looks like, checked where an id enters (documents, packages, routes) so that a
// malformed one is refused in words instead of reaching the database.
import { z } from 'zod';

/** A UUID as RFC 9562 writes it (what gen_random_uuid and crypto.randomUUID make), lower or upper case. */
export const uuid = z.uuid();

export function isUuid(value: unknown): value is string {
	return uuid.safeParse(value).success;
}
