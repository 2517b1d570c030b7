// What an activity kind does in a live session: the steps the facilitator moves through, what the room is
// asked at each step, and what the screens show. Each kind declares its own in its registry entry
// (activity-kinds.ts for programs' own kinds, the tool kind's `activity.live` for a tool), so a new kind adds
// its live behaviour in the same place. Pure and browser-safe; the server turns it into each view.
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import type { Localized } from '../programs/localized.ts';
import type { Activity } from '../programs/document.ts';

/** Where the room is within one activity. */
export type LiveStep = {
	/** The prompt, card or grounding step (0 for kinds with one step). */
	step: number;
	/** A scenario's choices so far, by their position in each passage. */
	path: readonly number[];
};

export type LiveInput<S = Record<string, unknown>, T = unknown> = {
	activity: Activity & { settings: S };
	/** The published tool the activity uses (a deck, a scenario, a video), or null. */
	tool: T | null;
	at: LiveStep;
};

/** An option's words: the author's text, or a message of the catalogue ("Myth"). */
export type OptionLabel = { text: Localized } | { message: MessageKey };

/** A question the room answers at a step; "I pass" is always added. */
export type LiveQuestion = {
	options: { key: string; label: OptionLabel }[];
	/** Results are never shown with fewer answers than this (a mood check-in: 3, so no one is singled out). */
	minimumToShow: number;
};

/** What the screens show at a step, in both languages (the server picks the reader's). */
export type LiveContent = {
	lines: Localized[];
	/** A tool's content warning, shown before the activity on every view. */
	warning?: Localized;
	/** Shown once the facilitator reveals (a card's answer, explanation and source). */
	reveal?: { answer?: MessageKey; explanation: Localized; source: Localized };
	/** A scenario's ending. */
	debrief?: { warningSigns: Localized; protectiveStrategies: Localized; help: Localized };
	video?: {
		file: string | null;
		poster: string | null;
		captions: { fr: string | null; en: string | null };
		transcript: Localized;
	};
	/** Calm full-screen steps (grounding, a break). */
	calm?: boolean;
};

export type LiveBehaviour<S = Record<string, unknown>, T = unknown> = {
	/** How many steps the facilitator moves through (at least 1). */
	steps: (input: LiveInput<S, T>) => number;
	/** What the room is asked at this step, if anything. */
	question?: (input: LiveInput<S, T>) => LiveQuestion | null;
	content: (input: LiveInput<S, T>) => LiveContent;
	/** Phones may write: answers that wait for the facilitator's approval, or private writing kept on the phone. */
	writing?: 'moderated' | 'private';
	/**
	 * A scenario: choosing an option moves the story on (the path grows); `canChoose` says whether the
	 * step has choices left (not an ending).
	 */
	branches?: true;
};

/** One step, the activity's own text, nothing to answer: a kind with no live behaviour of its own. */
export const ONE_STEP: LiveBehaviour = {
	steps: () => 1,
	content: ({ activity }) => ({ lines: [activity.participantText] })
};

/** The answers every question has, beyond its own: "I pass". */
export const PASS = 'pass';

export const hasWords = (value: Localized | undefined): value is Localized =>
	value !== undefined && (value.fr.trim() !== '' || value.en.trim() !== '');
