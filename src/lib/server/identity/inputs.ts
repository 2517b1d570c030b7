// Zod shapes of what the identity forms accept; messages are catalogue keys.
import { z } from 'zod';
import { pseudonymProblem } from '#lib/domain/moderation/pseudonym-guard.ts';
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import { weakPasswordReason } from './credentials/common-passwords.ts';
import { PLAIN_TEXT } from '../platform/validation.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from './limits.ts';

/** A name (of a person, an organisation, a group): plain text, no markup, no control characters. */
const text = (max: number) =>
	z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, { error: 'validation.required' })
		.max(max, { error: 'validation.too_long' })
		.regex(PLAIN_TEXT, { error: 'validation.plain_text' });

const email = z
	.string({ error: 'validation.required' })
	.trim()
	.toLowerCase()
	.min(1, { error: 'validation.required' })
	.max(254, { error: 'validation.too_long' })
	.pipe(z.email({ error: 'validation.email' }));

const WEAK_PASSWORD_MESSAGES = {
	common: 'identity.password_common',
	repetitive: 'identity.password_repetitive',
	sequence: 'identity.password_sequence',
	'site-name': 'identity.password_site_name'
} as const;

/** A new password: NIST SP 800-63B length rules, and not a common, repetitive or guessable one. */
const newPassword = z
	.string({ error: 'validation.required' })
	.min(1, { error: 'validation.required' })
	.min(PASSWORD_MIN, { error: 'validation.password_too_short' })
	.max(PASSWORD_MAX, { error: 'validation.password_too_long' })
	.superRefine((password, context) => {
		const reason = weakPasswordReason(password);
		if (reason) context.addIssue({ code: 'custom', message: WEAK_PASSWORD_MESSAGES[reason] });
	});

export const adminSetupInput = z.object({
	name: text(120),
	email,
	password: newPassword
});
export type AdminSetupInput = z.infer<typeof adminSetupInput>;

export const signInInput = z.object({
	email,
	password: z
		.string({ error: 'validation.required' })
		.min(1, { error: 'validation.required' })
		.max(PASSWORD_MAX, { error: 'validation.password_too_long' })
});
export type SignInInput = z.infer<typeof signInInput>;

/** Setup tokens are 43 base64url characters; anything else is refused before touching the database. */
export const setupToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const organisationInput = z.object({ name: text(120) });
export type OrganisationInput = z.infer<typeof organisationInput>;

export const invitationInput = z.object({
	email,
	role: z.enum(['coordinator', 'facilitator', 'professional', 'researcher'], {
		error: 'validation.invalid'
	})
});
export type InvitationInput = z.infer<typeof invitationInput>;

/** Accepting an invitation as a new person: the name they go by and the password they choose. */
export const acceptInvitationInput = z.object({ name: text(120), password: newPassword });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput> & { code?: string };

/** Invitation and reset tokens: 43 base64url characters. */
export const linkToken = setupToken;

export const organisationId = z.uuid();

export const noticeRef = z.object({ noticeId: z.uuid({ error: 'validation.invalid' }) });

/** The organisation's publishing rule: a checkbox (absent when unticked). */
export const publishingPolicyInput = z.object({
	secondApproval: z
		.enum(['on'], { error: 'validation.invalid' })
		.optional()
		.transform((value) => value === 'on')
});

/** A typed code with its spaces taken out, then checked against `shape`. */
const typedCode = (shape: z.ZodString) =>
	z
		.string({ error: 'validation.required' })
		.transform((value) => value.replace(/\s+/g, ''))
		.pipe(shape.min(1, { error: 'validation.required' }));

/** The code of an authenticator app: 6 digits, spaces forgiven. */
export const appCodeInput = z.object({
	code: typedCode(z.string().regex(/^(\d{6})?$/, { error: 'identity.code_wrong' }))
});

/** A code from an authenticator app (6 digits, spaces forgiven) or a recovery code. */
export const secondFactorInput = z.object({
	code: typedCode(
		z
			.string()
			.max(32, { error: 'validation.too_long' })
			.regex(/^[A-Za-z0-9-]*$/, { error: 'identity.code_wrong' })
	),
	recovery: z
		.enum(['on'])
		.optional()
		.transform((value) => value === 'on')
});
export type SecondFactorInput = z.infer<typeof secondFactorInput>;

export const passwordConfirmation = z.object({
	password: z
		.string({ error: 'validation.required' })
		.min(1, { error: 'validation.required' })
		.max(PASSWORD_MAX, { error: 'validation.password_too_long' })
});

export const groupInput = z.object({
	name: text(80),
	/** Days the join code stays open for new teens; empty means until closed by hand. */
	expiresInDays: z
		.string()
		.trim()
		.transform((value, context) => {
			if (value === '') return null;
			const days = Number(value);
			if (!Number.isInteger(days) || days < 1 || days > 365) {
				context.addIssue({ code: 'custom', message: 'identity.expiry_days' });
				return z.NEVER;
			}
			return days;
		}),
	approvalRequired: z
		.enum(['on'])
		.optional()
		.transform((value) => value === 'on')
});
export type GroupInput = z.infer<typeof groupInput>;

/**
 * A pseudonym: 2 to 24 letters, digits, spaces, dashes or underscores. The personal-information
 * guard runs on top of this (no e-mail, phone, handle or first and last name).
 */
export const pseudonym = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(24, { error: 'validation.too_long' })
	.superRefine((value, context) => {
		const refusal = pseudonymRefusal(value);
		if (refusal) context.addIssue({ code: 'custom', message: refusal });
	});

/**
 * Why a pseudonym cannot be used, as a catalogue key addressed to the teen, or null. The protective explanation
 * comes first: "this looks like an e-mail address" helps more than "letters and digits only".
 */
export function pseudonymRefusal(value: string): MessageKey | null {
	if (!PLAIN_TEXT.test(value)) return 'validation.plain_text';
	const kind = pseudonymProblem(value);
	if (kind) return `identity.pseudonym_${kind}`;
	if (value.length < 2 || value.length > 24 || !/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u.test(value))
		return 'identity.pseudonym_shape';
	return null;
}

export const joinCode = z
	.string({ error: 'validation.required' })
	.trim()
	.min(1, { error: 'validation.required' })
	.max(20, { error: 'identity.join_code_invalid' });

export const joinInput = z.object({ code: joinCode, pseudonym });
export type JoinInput = z.infer<typeof joinInput>;

export const participantSignInInput = z.object({
	code: joinCode,
	pseudonym: z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, { error: 'validation.required' })
		.max(24, { error: 'validation.too_long' }),
	passphrase: z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, { error: 'validation.required' })
		.max(100, { error: 'validation.too_long' }),
	sharedDevice: z
		.enum(['on'])
		.optional()
		.transform((value) => value === 'on')
});
export type ParticipantSignInInput = z.infer<typeof participantSignInInput>;

/** Her current sign-in pass-phrase, to change it for one no adult has seen. */
export const ownPassphraseInput = z.object({
	current: z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, { error: 'validation.required' })
		.max(100, { error: 'validation.too_long' })
});

export const participantCreation = z.object({ pseudonym });

/** Several pseudonyms, one per line, for cards printed in advance (at most 40 at a time). */
export const pseudonymList = z.object({
	pseudonyms: z
		.string({ error: 'validation.required' })
		.max(2000, { error: 'validation.too_long' })
		.transform((value) =>
			value
				.split(/\r?\n/)
				.map((line) => line.trim())
				.filter(Boolean)
		)
		// Each line is checked by the service, which reports every refused line at once.
		.pipe(
			z
				.array(z.string())
				.min(1, { error: 'validation.required' })
				.max(40, { error: 'identity.too_many_cards' })
		)
});

export const participantRef = z.object({ participantId: z.uuid({ error: 'validation.invalid' }) });

export const renameInput = z.object({
	participantId: z.uuid({ error: 'validation.invalid' }),
	pseudonym
});

export const joiningInput = z.object({
	days: z
		.string()
		.trim()
		.max(3)
		.transform((value, context) => {
			if (value === '') return null;
			const days = Number(value);
			if (!Number.isInteger(days) || days < 1 || days > 365) {
				context.addIssue({ code: 'custom', message: 'identity.expiry_days' });
				return z.NEVER;
			}
			return days;
		})
});

export const groupId = z.uuid();

/** The most participants a group may have: at least 1, at most 200 (a large class). */
export const MAX_PARTICIPANTS_CEILING = 200;
export const participantLimitInput = z.object({
	maxParticipants: z
		.string({ error: 'identity.participant_limit_range' })
		.trim()
		.regex(/^\d{1,3}$/, { error: 'identity.participant_limit_range' })
		.transform(Number)
		.pipe(
			z
				.number()
				.int()
				.min(1, { error: 'identity.participant_limit_range' })
				.max(MAX_PARTICIPANTS_CEILING, { error: 'identity.participant_limit_range' })
		)
});

export const forgotPasswordInput = z.object({ email });

export const resetPasswordInput = z.object({ password: newPassword });

/** Better Auth's reset tokens: 24 letters and digits. */
export const resetToken = z.string().regex(/^[A-Za-z0-9]{24}$/);

/** An adult account id, as Better Auth makes them (letters and digits). */
export const facilitatorRef = z.object({
	userId: z
		.string({ error: 'validation.required' })
		.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'validation.invalid' })
});

/** The demo person chosen on a demonstration's demo page. */
export const demoPersonInput = z.object({
	person: z
		.string({ error: 'validation.required' })
		.regex(/^[A-Za-z0-9-]{1,64}$/, { error: 'validation.required' })
});
