// Zod shapes of what the live pages and endpoints accept; messages are catalogue keys.
import { z } from 'zod';
import { DELIVERIES, RECORD_LIMITS, type Fidelity } from '#lib/domain/live/record.ts';
import { BREAK_MINUTES_MAX, POLL_LIMITS } from '#lib/domain/live/session.ts';
import { uuid } from '#lib/domain/ids.ts';
import { WRITTEN, requiredText, wholeNumber, writtenText } from '../platform/form-inputs.ts';

const required = requiredText;
const written = writtenText;
const whole = wholeNumber;

export const startInput = z.object({
	groupId: uuid,
	programId: uuid,
	version: z.number().int().min(1).max(100_000),
	workshopId: z
		.string({ error: 'validation.required' })
		.min(1, { error: 'live.choose_workshop' })
		.max(64)
});
export type StartInput = z.infer<typeof startInput>;

/** The start form sends the version and workshop as one choice: "programId:version:workshopId". */
export const startForm = z
	.object({
		groupId: uuid,
		workshop: z
			.string({ error: 'live.choose_workshop' })
			.regex(/^[0-9a-f-]{36}:\d{1,6}:[A-Za-z0-9_-]{1,64}$/, { error: 'live.choose_workshop' })
	})
	.transform(({ groupId, workshop }) => {
		const [programId, version, workshopId] = workshop.split(':') as [string, string, string];
		return { groupId, programId, version: Number(version), workshopId };
	})
	.pipe(startInput);

export const moveInput = z.discriminatedUnion('action', [
	z.object({
		action: z.enum(['next', 'previous', 'reveal', 'hide', 'reset', 'follow', 'closePoll'])
	}),
	z.object({ action: z.literal('jump'), activity: whole(0, 100) }),
	z.object({ action: z.literal('choose'), position: whole(0, 5) }),
	z.object({
		action: z.literal('break'),
		minutes: z
			.union([z.literal('').transform(() => null), whole(1, BREAK_MINUTES_MAX)])
			.default(null)
	}),
	z.object({
		action: z.literal('show'),
		postId: z.union([z.literal('').transform(() => null), uuid])
	})
]);

/** An ad-hoc poll typed on the spot: a question and 2 to 6 options, one per line ("I pass" is added). */
export const pollInput = z.object({
	question: required(POLL_LIMITS.question),
	options: z
		.string({ error: 'validation.required' })
		.max(POLL_LIMITS.option * POLL_LIMITS.maxOptions + 20, { error: 'validation.too_long' })
		.regex(WRITTEN, { error: 'validation.plain_text' })
		.transform((text) =>
			text
				.split('\n')
				.map((line) => line.trim())
				.filter((line) => line !== '')
		)
		.pipe(
			z
				.array(z.string().max(POLL_LIMITS.option, { error: 'validation.too_long' }))
				.min(POLL_LIMITS.minOptions, { error: 'live.poll_options' })
				.max(POLL_LIMITS.maxOptions, { error: 'live.poll_options' })
		)
});

export type LiveMove =
	z.infer<typeof moveInput> | { action: 'poll'; question: string; options: string[] };

export const voteInput = z.object({
	target: z.string().min(1).max(80),
	choice: z.string().min(1).max(12)
});

export const tabletVoteInput = voteInput.extend({ answerId: uuid });

export const handsInput = z.object({
	target: z.string().min(1).max(80),
	counts: z.record(z.string().max(12), whole(0, 10_000))
});

export const postInput = z.object({
	kind: z.enum(['answer', 'question']),
	text: required(500)
});
export type PostInput = z.infer<typeof postInput>;

export const moderateInput = z.object({
	postId: uuid,
	status: z.enum(['approved', 'declined', 'answered'])
});

export const tickInput = z.object({
	participantId: uuid,
	present: z.enum(['yes', 'no']).transform((value) => value === 'yes')
});

export const pairingInput = z.object({
	code: z
		.string({ error: 'validation.required' })
		.trim()
		.transform((value) => value.replace(/[\s-]/g, ''))
		.pipe(z.string().regex(/^\d{8}$/, { error: 'live.pairing_refused' }))
});

/** The record form: `delivery.<activity id>`, `why.<activity id>`, adaptations and notes. */
export const recordInput = z
	.record(z.string(), z.string())
	.transform((raw, context) => {
		const fidelity: Fidelity = {};
		for (const [name, value] of Object.entries(raw)) {
			const match = /^delivery\.([A-Za-z0-9_-]{1,64})$/.exec(name);
			if (!match) continue;
			if (!(DELIVERIES as readonly string[]).includes(value)) {
				context.addIssue({ code: 'custom', path: [name], message: 'validation.invalid' });
				continue;
			}
			const why = (raw[`why.${match[1]}`] ?? '').trim();
			if (why.length > RECORD_LIMITS.why)
				context.addIssue({
					code: 'custom',
					path: [`why.${match[1]}`],
					message: 'validation.too_long'
				});
			fidelity[match[1]!] = { delivery: value as Fidelity[string]['delivery'], why };
		}
		// The attendance tick-list, when the form has it (`roster`): the ids ticked present.
		const present =
			raw.roster === undefined
				? undefined
				: Object.entries(raw)
						.map(([name, value]) => [/^present\.([A-Za-z0-9_-]{1,64})$/.exec(name)?.[1], value])
						.filter(([id, value]) => id !== undefined && value === 'on')
						.map(([id]) => id!);
		return {
			fidelity,
			...(present ? { present } : {}),
			adaptations: raw.adaptations ?? '',
			notes: raw.notes ?? ''
		};
	})
	.pipe(
		z.object({
			fidelity: z.record(z.string(), z.object({ delivery: z.enum(DELIVERIES), why: z.string() })),
			present: z.array(z.string()).optional(),
			adaptations: written(RECORD_LIMITS.notes),
			notes: written(RECORD_LIMITS.notes)
		})
	);
export type RecordInput = z.infer<typeof recordInput>;

export const unlockInput = z.object({ reason: required(500) });

/** The most a vote's body may weigh: the route reads no more, and its lane takes no more. */
export const VOTE_MAX_BYTES = 512;
