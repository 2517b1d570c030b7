// The Better Auth instance: adult accounts and sessions, created lazily so that `vite build` never opens the database.
import { hash, verify } from '@node-rs/argon2';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin, twoFactor, username } from 'better-auth/plugins';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import { getRequestEvent } from '$app/server';
import { db } from '../db/client.ts';
import * as schema from './schema.ts';
import { config } from '../platform/config.ts';
import { log, scrubText } from '../platform/log.ts';
import { sendMail } from '../platform/mail.ts';
import { sharedSecret } from '../platform/secrets.ts';
import { PASSWORD_MAX, PASSWORD_MIN } from './limits.ts';
import { ACTIVITY_STEP_MS, IDLE_LIMIT_MS } from './session-limits.ts';

function createAuth(secret: string) {
	const { origin, https } = config();
	return betterAuth({
		appName: 'Partir de nous',
		baseURL: origin,
		trustedOrigins: [origin],
		secret,
		database: drizzleAdapter(db(), { provider: 'pg', schema }),
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength: PASSWORD_MIN,
			maxPasswordLength: PASSWORD_MAX,
			// argon2id with @node-rs/argon2's defaults (m=19456 KiB, t=2, p=1), OWASP's recommended minimum.
			password: {
				hash: (password) => hash(password),
				verify: ({ hash: stored, password }) => verify(stored, password)
			},
			resetPasswordTokenExpiresIn: 60 * 60,
			revokeSessionsOnPasswordReset: true,
			sendResetPassword: async ({ user, token }) => {
				// Youth have no e-mail (a placeholder on .invalid): nothing is ever sent to them.
				if (user.email.endsWith('.invalid')) return;
				const link = `${origin}/password/reset/${token}`;
				await sendMail({
					to: user.email,
					subject: 'Partir de nous — mot de passe / password',
					text: [
						'Bonjour,',
						'Pour choisir un nouveau mot de passe, ouvrez ce lien (valide 1 heure) :',
						link,
						'Si vous n’avez rien demandé, ignorez ce courriel.',
						'',
						'Hello,',
						'To choose a new password, open this link (valid for 1 hour):',
						link,
						'If you did not ask for this, ignore this e-mail.'
					].join('\n')
				});
			}
		},
		// Sliding idle time-out: 30 minutes without a request ends the session; activity extends it
		// (at most once a minute). Shared devices get 10 minutes, checked in resolveSession.
		user: {
			additionalFields: {
				safetyNoticeSeenAt: { type: 'date', required: false, input: false }
			}
		},
		session: {
			expiresIn: IDLE_LIMIT_MS / 1000,
			updateAge: ACTIVITY_STEP_MS / 1000,
			additionalFields: {
				sharedDevice: { type: 'boolean', required: false, defaultValue: false, input: false }
			}
		},
		databaseHooks: {
			session: {
				create: {
					// "Shared device" at sign-in is `rememberMe: false`: the cookie ends with the browser.
					before: async (session, context) => {
						const body = context?.body as { rememberMe?: boolean } | undefined;
						return { data: { ...session, sharedDevice: body?.rememberMe === false } };
					}
				}
			}
		},
		advanced: {
			// Better Auth's own secure mode would prefix `__Secure-`; we want `__Host-` (Secure, Path=/, no
			// Domain) over HTTPS, so we name and secure the cookies ourselves.
			useSecureCookies: false,
			cookiePrefix: https ? '__Host-pdn' : 'pdn',
			defaultCookieAttributes: { secure: https, httpOnly: true, sameSite: 'lax', path: '/' }
		},
		telemetry: { enabled: false },
		// Better Auth's lines can quote e-mail addresses, links and the errors of failed queries: only our
		// serialiser and scrubbed text reach the log.
		logger: {
			log: (level, message, ...args: unknown[]) =>
				log[level](
					{ module: 'auth', err: args.find((arg) => arg instanceof Error) },
					scrubText(message)
				)
		},
		// sveltekitCookies must stay the last plugin, or cookies set by earlier plugins are lost.
		plugins: [
			admin(),
			twoFactor({ issuer: 'Partir de nous' }),
			// Participants sign in with a username composed from their group; hyphens and dots are allowed.
			username({
				maxUsernameLength: 64,
				usernameValidator: (name) => /^[a-z0-9._-]{3,64}$/.test(name)
			}),
			sveltekitCookies(getRequestEvent)
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;

let instance: Auth | undefined;

/** The process's Better Auth instance; the first call reads the shared signing secret. */
export async function auth(): Promise<Auth> {
	instance ??= createAuth(config().authSecret ?? (await sharedSecret(db(), 'auth')));
	return instance;
}

/** Forgets the instance (tests install a fresh database per file). */
export function resetAuth(): void {
	instance = undefined;
}
