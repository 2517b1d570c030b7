// Structured JSON logs (pino). Secrets and anything a person wrote are redacted, whatever a caller passes in.
import pino from 'pino';

const SECRET_KEYS = [
	'password',
	'newPassword',
	'currentPassword',
	'passphrase',
	'token',
	'secret',
	'authorization',
	'cookie',
	'body',
	'text'
];

export const log = pino({
	level: process.env.LOG_LEVEL || 'info',
	base: { service: 'partir-de-nous' },
	timestamp: pino.stdTimeFunctions.isoTime,
	redact: {
		paths: [...SECRET_KEYS, ...SECRET_KEYS.map((key) => `*.${key}`)],
		censor: '[redacted]'
	}
});

export type Logger = typeof log;
