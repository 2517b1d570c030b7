// Second-factor verbs: enrol a TOTP app (QR code, recovery codes), and finish a sign-in with a code.
import { eq, lt } from 'drizzle-orm';
import { APIError } from 'better-auth/api';
import { symmetricDecrypt } from 'better-auth/crypto';
import QRCode from 'qrcode';
import { db } from '../db/client.ts';
import type { Actor, UserActor } from '../platform/actor.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { recordAudit } from '../platform/audit.ts';
import { log } from '../platform/log.ts';
import { withAttemptLimit } from '../platform/rate-limit.ts';
import { auth } from './auth.ts';
import { matchingStep } from './credentials/totp-step.ts';
import { totpStep, twoFactor } from './schema.ts';
import { actorForUser } from './service.ts';

export type Enrolment = {
	/** The QR code of the otpauth:// address, as SVG markup we generate ourselves. */
	qrSvg: string;
	/** The secret in base32, for people who type it into their app instead of scanning. */
	secret: string;
	/** One-time recovery codes, shown once. */
	recoveryCodes: string[];
};

/**
 * Starts enrolment: checks the password, creates the TOTP secret and recovery codes.
 * WARNING: returns secrets to show the person once; never log or store the result.
 */
export async function startTwoFactorEnrolment(
	actor: Actor,
	password: string,
	headers: Headers
): Promise<Enrolment> {
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	let enabled;
	try {
		enabled = await (await auth()).api.enableTwoFactor({ body: { password }, headers });
	} catch (error) {
		if (error instanceof APIError) throw new DomainError('identity.password_wrong', 400);
		throw error;
	}
	if (!('totpURI' in enabled) || !enabled.totpURI) throw new Error('No TOTP address was returned.');
	const secret = new URL(enabled.totpURI).searchParams.get('secret') ?? '';
	const qrSvg = await QRCode.toString(enabled.totpURI, { type: 'svg', margin: 1 });
	return { qrSvg, secret, recoveryCodes: enabled.backupCodes };
}

/**
 * Spends a TOTP code of the account: true when it matches the account's secret at a time step later than
 * any accepted before, which is then remembered. One atomic statement decides, so two sign-ins racing with
 * the same code cannot both win. A code is therefore good once (ASVS 5.0, 6.5.1).
 * WARNING: decrypts the account's TOTP secret; it never leaves this function.
 */
export async function spendTotpCode(
	userId: string,
	code: string,
	now = Date.now()
): Promise<boolean> {
	const [row] = await db()
		.select({ secret: twoFactor.secret })
		.from(twoFactor)
		.where(eq(twoFactor.userId, userId));
	if (!row) return false;
	const context = await (await auth()).$context;
	const secret = await symmetricDecrypt({ key: context.secretConfig, data: row.secret });
	const step = matchingStep(secret, code, now);
	if (step === null) return false;
	const claimed = await db()
		.insert(totpStep)
		.values({ userId, lastStep: step })
		.onConflictDoUpdate({
			target: totpStep.userId,
			set: { lastStep: step },
			setWhere: lt(totpStep.lastStep, step)
		})
		.returning({ userId: totpStep.userId });
	return claimed.length > 0;
}

/** Ends a session that Better Auth just opened with a code we refuse. */
async function revokeSession(token: string): Promise<void> {
	const context = await (await auth()).$context;
	await context.internalAdapter.deleteSession(token);
}

/** Confirms enrolment with a first code from the app; from then on sign-in asks for a code. */
export async function confirmTwoFactorEnrolment(
	actor: Actor,
	code: string,
	headers: Headers
): Promise<void> {
	if (actor.kind !== 'user') throw notFoundOrNotAllowed();
	try {
		await (await auth()).api.verifyTOTP({ body: { code }, headers });
	} catch (error) {
		if (error instanceof APIError) throw new DomainError('identity.code_wrong', 400);
		throw error;
	}
	// The first code is spent too, so it cannot open the next sign-in.
	await spendTotpCode(actor.userId, code);
	await recordAudit(actor, { action: 'identity.two_factor_enrolled' });
	log.info(
		{ module: 'identity', event: 'two_factor_enrolled', userId: actor.userId },
		'second factor on'
	);
}

/** Finishes a sign-in started with the password, with a code from the app or a recovery code. */
export async function completeSecondFactor(
	input: { code: string; recovery: boolean },
	headers: Headers,
	address: string
): Promise<UserActor> {
	const api = (await auth()).api;
	const result = await withAttemptLimit({ kind: 'second_factor', address }, async () => {
		let verified;
		try {
			verified = input.recovery
				? await api.verifyBackupCode({ body: { code: input.code }, headers })
				: await api.verifyTOTP({ body: { code: input.code }, headers });
		} catch (error) {
			if (error instanceof APIError) throw new DomainError('identity.code_wrong', 400);
			throw error;
		}
		// Recovery codes are single-use by themselves; an app's code is spent here.
		if (!input.recovery && !(await spendTotpCode(verified.user.id, input.code))) {
			if (verified.token) await revokeSession(verified.token);
			throw new DomainError('identity.code_used', 400);
		}
		return verified;
	});
	return actorForUser(result.user.id);
}
