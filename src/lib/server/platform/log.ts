// Structured JSON logs (pino). Secrets and anything a person wrote are redacted, whatever a caller passes in;
// errors go through one serialiser that keeps what identifies a failure and never what the failure was about.
import path from 'node:path';
import pino from 'pino';

const SECRET_KEYS = [
	'password',
	'newPassword',
	'currentPassword',
	'passphrase',
	'signInPassphrase',
	'current',
	'token',
	'secret',
	'authorization',
	'cookie',
	'body',
	'text',
	'link',
	'email'
];

/** An error as the log keeps it: its class, stable codes and where in our code it happened. */
export type LoggedError = {
	type: string;
	code?: string | number;
	status?: string | number;
	constraint?: string;
	stack?: string[];
	cause?: LoggedError;
	errors?: LoggedError[];
};

const IDENTIFIER = /^[A-Za-z0-9_.$-]{1,80}$/;
const MAX_FRAMES = 12;
const MAX_DEPTH = 3;

function identifier(value: unknown): string | number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && IDENTIFIER.test(value)) return value;
	return undefined;
}

/**
 * The frames of `stack` that run our own code, relative to the working folder. The first line (the
 * message) is dropped, as are frames in dependencies and in Node itself: a query's text and values live
 * in messages, never in frames.
 */
function ownFrames(stack: unknown): string[] | undefined {
	if (typeof stack !== 'string') return undefined;
	const root = process.cwd() + path.sep;
	const frames = stack
		.split('\n')
		.filter((line) => /^\s+at /.test(line))
		.map((line) => line.trim())
		.filter((line) => !line.includes('node_modules') && !/\(node:|at node:/.test(line))
		.map((line) => line.replaceAll(`file://${root}`, '').replaceAll(root, ''))
		// Paths and function names only: anything else on a frame line is not ours to keep.
		.filter((line) => /^at [\w$.<>\s[\]/@:()-]+$/.test(line))
		.slice(0, MAX_FRAMES);
	return frames.length > 0 ? frames : undefined;
}

/**
 * WARNING: the only way an error reaches the log. It keeps the error's class, its code (a SQLSTATE, an
 * errno name, a catalogue key), its status, the database constraint, the frames of our own code and the
 * same for its causes. It never keeps a message: database drivers and ORMs write the query's text and its
 * parameters (session tokens, pseudonyms, join codes, e-mails) into messages and into `params`.
 */
export function serialiseError(error: unknown, depth = 0): LoggedError {
	if (typeof error !== 'object' || error === null)
		return { type: typeof error === 'string' ? 'string' : typeof error };
	const record = error as Record<string, unknown>;
	const constructorName = (error as { constructor?: { name?: unknown } }).constructor?.name;
	const logged: LoggedError = {
		type:
			typeof constructorName === 'string' && IDENTIFIER.test(constructorName)
				? constructorName
				: 'object'
	};
	const code = identifier(record.code);
	if (code !== undefined) logged.code = code;
	const status = identifier(record.status ?? record.statusCode);
	if (status !== undefined) logged.status = status;
	const constraint = identifier(record.constraint);
	if (typeof constraint === 'string') logged.constraint = constraint;
	const stack = ownFrames(record.stack);
	if (stack) logged.stack = stack;
	if (depth < MAX_DEPTH) {
		if (record.cause !== undefined) logged.cause = serialiseError(record.cause, depth + 1);
		if (Array.isArray(record.errors))
			logged.errors = record.errors.slice(0, 3).map((inner) => serialiseError(inner, depth + 1));
	}
	return logged;
}

/**
 * Text written by a library (Better Auth's own log lines) with what could identify a person taken out:
 * e-mail addresses, addresses of pages (which can carry one-time tokens) and long token-like strings.
 */
export function scrubText(text: string): string {
	return text
		.replace(/[^\s"'<>()]+@[^\s"'<>()]+/g, '[e-mail]')
		.replace(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, '[address]')
		.replace(/[A-Za-z0-9_-]{20,}/g, '[token]')
		.slice(0, 300);
}

/** A logger with our serialisers and redaction, writing to `destination` (stdout by default). */
export function createLogger(destination?: pino.DestinationStream, level = process.env.LOG_LEVEL) {
	return pino(
		{
			level: level || 'info',
			base: { service: 'partir-de-nous' },
			timestamp: pino.stdTimeFunctions.isoTime,
			serializers: { err: serialiseError, error: serialiseError, cause: serialiseError },
			hooks: {
				// `log.error(error)` would make the error's message the line's message: route it through the
				// serialiser instead, and keep only the caller's own text.
				logMethod(args, method) {
					const [first, ...rest] = args as unknown[];
					if (first instanceof Error) {
						const text = typeof rest[0] === 'string' ? rest[0] : 'error';
						return method.apply(this, [{ err: first }, text] as never);
					}
					return method.apply(this, args);
				}
			},
			redact: {
				paths: [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`)],
				censor: '[redacted]'
			}
		},
		destination
	);
}

export const log = createLogger();

export type Logger = typeof log;
