// Confirming, while signed in, that a password or pass-phrase is one's own: checked against the same Argon2 hash
// as at sign-in, and limited like sign-in. The logbook protects a key with it in the browser (an adult's private
// key, a teen's escrow half), and a mistyped one would leave that key unusable.
import { and, eq } from 'drizzle-orm';
import { passphraseSecret } from '#lib/domain/words/passphrase-form.ts';
import { db } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { withAttemptLimit } from '../platform/rate-limit.ts';
import { auth } from './auth.ts';
import { account } from './schema.ts';

/** Whether `password` is the account's own (its credential, checked with the same Argon2 hash). */
export async function passwordMatches(userId: string, password: string): Promise<boolean> {
	const [credential] = await db()
		.select({ hash: account.password })
		.from(account)
		.where(and(eq(account.userId, userId), eq(account.providerId, 'credential')));
	if (!credential?.hash) return false;
	const context = await (await auth()).$context;
	return context.password.verify({ hash: credential.hash, password });
}

/**
 * Refuses (`identity.own_passphrase_wrong`, `identity.own_password_wrong`) unless `secret` is the signed-in person's own password (an adult) or
 * sign-in pass-phrase (a teen, forgiving case, accents and separators as sign-in does).
 */
export async function confirmOwnSecret(
	actor: Actor,
	secret: string,
	address: string
): Promise<void> {
	if (actor.kind !== 'user' && actor.kind !== 'participant') throw notFoundOrNotAllowed();
	const typed = actor.kind === 'participant' ? passphraseSecret(secret) : secret;
	await withAttemptLimit({ kind: 'own_secret', account: actor.userId, address }, async () => {
		if (!(await passwordMatches(actor.userId, typed)))
			throw new DomainError(
				actor.kind === 'participant'
					? 'identity.own_passphrase_wrong'
					: 'identity.own_password_wrong',
				400
			);
	});
}
