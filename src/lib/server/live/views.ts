// Turns a session's state, its plan and its counts into what each view shows, in the reader's language.
import { hasWords, PASS, type OptionLabel } from '#lib/domain/live/behaviour.ts';
import {
	behaviourOf,
	contentAt,
	inputAt,
	questionAt,
	stepsOf,
	warningOf,
	type LivePlan,
	type LiveState
} from '#lib/domain/live/session.ts';
import type { LiveScreen, LiveTally } from '#lib/domain/live/views.ts';
import type { Localized } from '#lib/domain/programs/localized.ts';
import { translate, type Locale } from '#lib/i18n/catalogue.ts';

export type SessionSnapshot = {
	id: string;
	status: 'running' | 'paused' | 'closed';
	seq: number;
	state: LiveState;
};

/** The text in `locale`, or in the other language when it has none. */
export function inLocale(value: Localized | undefined, locale: Locale): string {
	if (!value) return '';
	const other = locale === 'fr' ? 'en' : 'fr';
	return value[locale].trim() !== '' ? value[locale] : value[other];
}

function label(option: OptionLabel, locale: Locale): string {
	return 'text' in option ? inLocale(option.text, locale) : translate(locale, option.message);
}

/** What the room sees now. `tally` is the question of the moment's counts, if any. */
export function screenOf(
	plan: LivePlan,
	session: SessionSnapshot,
	tally: LiveTally | null,
	locale: Locale,
	shownText: string | null
): LiveScreen {
	const { state } = session;
	const input = inputAt(plan, state);
	const content = contentAt(plan, state);
	const question = questionAt(plan, state);
	const options = question
		? [
				...question.options.map((option) => ({
					key: option.key,
					label: label(option.label, locale)
				})),
				{ key: PASS, label: translate(locale, 'live.pass') }
			]
		: [];
	const total = tally ? Object.values(tally.counts).reduce((sum, count) => sum + count, 0) : 0;
	const enough = question !== null && total >= question.minimumToShow;
	const showResults = state.revealed && question !== null && !state.warning;
	const video = content?.video;
	return {
		seq: session.seq,
		status: session.status,
		kind: state.poll ? 'poll' : (input?.activity.kind ?? 'none'),
		title: inLocale(input?.activity.title, locale),
		warning: state.warning ? inLocale(warningOf(plan, state.activity) ?? undefined, locale) : null,
		notice:
			!state.warning && state.path.length > 0 && hasWords(content?.warning)
				? inLocale(content!.warning, locale)
				: null,
		lines: (content?.lines ?? []).filter(hasWords).map((line) => inLocale(line, locale)),
		step: { index: state.step, count: stepsOf(plan, state) },
		calm: content?.calm === true,
		breakMinutes: state.breakMinutes,
		poll: state.poll?.question ?? null,
		question: question && !state.warning ? { target: state.vote!.target, options } : null,
		revealed: state.revealed,
		results:
			showResults && enough
				? {
						options: options.map((option) => ({
							...option,
							count: tally?.counts[option.key] ?? 0
						})),
						total
					}
				: null,
		tooFew: showResults && !enough,
		answer:
			state.revealed && content?.reveal && !state.poll
				? {
						verdict: content.reveal.answer ? translate(locale, content.reveal.answer) : null,
						explanation: inLocale(content.reveal.explanation, locale),
						source: inLocale(content.reveal.source, locale)
					}
				: null,
		debrief:
			content?.debrief && !state.warning
				? {
						warningSigns: inLocale(content.debrief.warningSigns, locale),
						protectiveStrategies: inLocale(content.debrief.protectiveStrategies, locale),
						help: inLocale(content.debrief.help, locale)
					}
				: null,
		video:
			video && !state.warning
				? {
						src: video.file ? `/live/${session.id}/media/${video.file}` : null,
						poster: video.poster ? `/live/${session.id}/media/${video.poster}` : null,
						captions: (['fr', 'en'] as const)
							.filter((language) => video.captions[language])
							.sort((a) => (a === locale ? -1 : 1))
							.map((language) => ({
								src: `/live/${session.id}/media/${video.captions[language]}`,
								lang: language,
								label: translate(locale, language === 'fr' ? 'live.french' : 'live.english')
							})),
						transcript: inLocale(video.transcript, locale)
					}
				: null,
		shown: shownText,
		writing:
			state.warning || state.poll || !input ? null : (behaviourOf(input.activity).writing ?? null),
		reflection:
			!state.warning && !state.poll && input?.activity.kind === 'reflection'
				? `${session.id}:${input.activity.id}`
				: null
	};
}
