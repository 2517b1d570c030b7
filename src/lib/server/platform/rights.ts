// The rights table (src/lib/domain/rights/rights.ts) as services use it: a yes or no, or the one refusal that never
// says whether a record exists.
import { allows, type Right, type Scope } from '#lib/domain/rights/rights.ts';
import type { Actor } from './actor.ts';
import { notFoundOrNotAllowed } from './errors.ts';

export { allows, type Right, type Scope };

/** Throws "not found or not allowed" unless `actor` holds `right` in `scope`. The first line of a verb. */
export function authorise(actor: Actor, right: Right, scope: Scope = {}): void {
	if (!allows(actor, right, scope)) throw notFoundOrNotAllowed();
}
