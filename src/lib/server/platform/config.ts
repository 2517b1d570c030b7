// The server's settings, read once from the environment and validated, with errors that name the variable.
import path from 'node:path';
import { z } from 'zod';

const HOUR_MS = 60 * 60 * 1000;
const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
	PORT: port.default(3000),
	HOST: z.string().min(1).default('0.0.0.0'),
	ORIGIN: z
		.url({ protocol: /^https?$/ })
		.transform((value) => new URL(value).origin)
		.optional(),
	DATA_DIR: z.string().min(1).default('./data'),
	DATABASE_URL: z
		.string()
		.refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), {
			message: 'must look like postgres://user:password@host:5432/database'
		})
		.optional(),
	DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
	AUTH_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
	EXIT_URL: z.url({ protocol: /^https$/, message: 'must be an https:// address' }).optional(),
	SMTP_URL: z
		.url({ protocol: /^smtps?$/, message: 'must look like smtp://user:password@host:587' })
		.optional(),
	MAIL_FROM: z.string().min(3).max(200).default('Partir de nous <no-reply@localhost>'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	SESSION_LIFETIME_HOURS: z.coerce.number().min(0.1).max(24).default(12),
	YOUTH_SESSION_LIFETIME_HOURS: z.coerce.number().min(0.1).max(24).default(4),
	SEED_DEMO: z
		.enum(['true', 'false'])
		.default('true')
		.transform((value) => value === 'true'),
	// Set by `npm run demo` only: a throw-away instance with demo people who sign in in one click.
	DEMO: z
		.enum(['true', 'false'])
		.default('false')
		.transform((value) => value === 'true')
});

export type Config = {
	port: number;
	host: string;
	origin: string;
	https: boolean;
	dataDir: string;
	databaseUrl: string | undefined;
	databasePoolSize: number;
	/** WARNING: the session-signing key when the operator sets one; never log it. */
	authSecret: string | undefined;
	/** Where quick exit lands; unset, a weather page in the reader's language. */
	exitUrl: string | undefined;
	/** WARNING: may hold a password; never log it. */
	smtpUrl: string | undefined;
	mailFrom: string;
	logLevel: z.infer<typeof schema>['LOG_LEVEL'];
	seedDemo: boolean;
	/**
	 * A throw-away demonstration (`npm run demo`): demo people, one-click sign-in, the demo band. Never with
	 * DATABASE_URL, so it can never run on a real deployment's database.
	 */
	demo: boolean;
	/** After this long, a session ends however active it is, and the person signs in again. */
	sessionLifetimeMs: { adult: number; youth: number };
};

export class ConfigError extends Error {
	override name = 'ConfigError';
}

/** Reads and validates the settings; throws a ConfigError naming each bad variable. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
	// An empty variable means "not set", as in most shells' `VAR= command`.
	const present = Object.fromEntries(
		Object.entries(env).filter(([, value]) => value !== undefined && value !== '')
	);
	const parsed = schema.safeParse(present);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
		throw new ConfigError(`Invalid environment variables:\n${lines.join('\n')}`);
	}
	const value = parsed.data;
	if (value.DEMO && value.DATABASE_URL)
		throw new ConfigError(
			'Invalid environment variables:\n  DEMO: a demonstration never runs on DATABASE_URL (a real database)'
		);
	const origin = value.ORIGIN ?? `http://localhost:${value.PORT}`;
	return {
		port: value.PORT,
		host: value.HOST,
		origin,
		https: origin.startsWith('https:'),
		dataDir: path.resolve(value.DATA_DIR),
		databaseUrl: value.DATABASE_URL,
		databasePoolSize: value.DATABASE_POOL_SIZE,
		authSecret: value.AUTH_SECRET,
		exitUrl: value.EXIT_URL,
		smtpUrl: value.SMTP_URL,
		mailFrom: value.MAIL_FROM,
		logLevel: value.LOG_LEVEL,
		seedDemo: value.SEED_DEMO || value.DEMO,
		demo: value.DEMO,
		sessionLifetimeMs: {
			adult: Math.round(value.SESSION_LIFETIME_HOURS * HOUR_MS),
			youth: Math.round(value.YOUTH_SESSION_LIFETIME_HOURS * HOUR_MS)
		}
	};
}

let current: Config | undefined;

/** The process-wide settings, read on first use. */
export function config(): Config {
	current ??= readConfig();
	return current;
}

/** The neutral site quick exit lands on. */
export function exitUrlFor(locale: 'fr' | 'en'): string {
	return config().exitUrl ?? (locale === 'en' ? 'https://weather.gc.ca/' : 'https://meteo.gc.ca/');
}
