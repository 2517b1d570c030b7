// Types SvelteKit shares between hooks, loads and pages.
import type { Locale, MessageKey } from '#lib/i18n/catalogue.ts';
import type { Actor } from '#lib/server/platform/actor.ts';

declare global {
	namespace App {
		interface Error {
			/** A catalogue key the error page shows in the reader's language. */
			code?: MessageKey;
			/** The request id, so that a person can quote it and we can find the log line. */
			reference?: string;
		}
		interface Locals {
			requestId: string;
			locale: Locale;
			actor: Actor;
			/** When the session ends without activity (epoch ms), for the time-out warning. */
			sessionDeadline: number | null;
			/** Whether that end is the session's absolute lifetime, which activity cannot push back. */
			sessionEndIsFinal: boolean;
			/** Whether the signed-in person has said she understood the quick-exit notice. */
			safetyNoticeSeen: boolean;
		}
	}
}

export {};
