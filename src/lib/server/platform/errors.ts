// Domain errors are data: a stable code that is also the message-catalogue key, and the HTTP status it maps to.
import type { MessageKey } from '#lib/i18n/catalogue.ts';

export class DomainError extends Error {
	override name = 'DomainError';
	readonly code: MessageKey;
	readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429;
	/** Values the message needs, e.g. the seconds to wait. */
	readonly values: Record<string, string | number> | undefined;
	constructor(
		code: MessageKey,
		status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 = 400,
		options?: { cause?: unknown; values?: Record<string, string | number> }
	) {
		super(code, options);
		this.code = code;
		this.status = status;
		this.values = options?.values;
	}

	/** The error as a message for a form: its key and values. */
	toMessage(): { key: MessageKey; values?: Record<string, string | number> } {
		return this.values ? { key: this.code, values: this.values } : { key: this.code };
	}
}

/** The one answer to a record that does not exist or that the actor may not see: it never tells which. */
export function notFoundOrNotAllowed(): DomainError {
	return new DomainError('errors.not_found_or_not_allowed', 404);
}
