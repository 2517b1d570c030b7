// Second-factor verbs: enrol a TOTP app (QR code, recovery codes), and finish a sign-in with a code.
import { APIError } from 'better-auth/api';
import QRCode from 'qrcode';
import type { Actor, UserActor } from '../platform/actor.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { recordAudit } from '../platform/audit.ts';
import { log } from '../platform/log.ts';
import { withAttemptLimit } from '../platform/rate-limit.ts';
import { auth } from './auth.ts';
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
	const result = await withAttemptLimit(
		{ kind: 'second_factor', account: address, address },
		async () => {
			try {
				return input.recovery
					? await api.verifyBackupCode({ body: { code: input.code }, headers })
					: await api.verifyTOTP({ body: { code: input.code }, headers });
			} catch (error) {
				if (error instanceof APIError) throw new DomainError('identity.code_wrong', 400);
				throw error;
			}
		}
	);
	return actorForUser(result.user.id);
}
