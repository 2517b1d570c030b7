// What each view of a live session receives, in the reader's language: the shapes the server sends (on the
// page and on its event stream) and the pages render. Browser-safe types only.

export type LiveOption = { key: string; label: string };
export type LiveResults = { options: (LiveOption & { count: number })[]; total: number };

/** What the room sees: the presenter shows it in large type, a phone shows it with what she can do. */
export type LiveScreen = {
	seq: number;
	status: 'running' | 'paused' | 'closed';
	kind: string;
	title: string;
	/** A content warning, shown before the activity until the facilitator goes on. */
	warning: string | null;
	/** A passage's own content warning within a story, shown above it. */
	notice: string | null;
	lines: string[];
	step: { index: number; count: number };
	calm: boolean;
	breakMinutes: number | null;
	/** An ad-hoc poll's question, when one is open. */
	poll: string | null;
	/** What the room may answer now ("I pass" included), or null. */
	question: { target: string; options: LiveOption[] } | null;
	revealed: boolean;
	/** The distribution, once revealed and only with enough answers. */
	results: LiveResults | null;
	/** Revealed, but too few answered to show anything. */
	tooFew: boolean;
	/** A card's answer, explanation and source, once revealed. */
	answer: { verdict: string | null; explanation: string; source: string } | null;
	debrief: { warningSigns: string; protectiveStrategies: string; help: string } | null;
	video: {
		src: string | null;
		poster: string | null;
		captions: { src: string; lang: string; label: string }[];
		transcript: string;
	} | null;
	/** An approved anonymous question or answer the facilitator put on the screen. */
	shown: string | null;
	writing: 'moderated' | 'private' | null;
	/** A reflection activity's place (`<session id>:<activity id>`): her logbook's prompt for it. */
	reflection: string | null;
};

export type ParticipantScreen = LiveScreen & {
	/** Her own answer to the question of the moment, so a reload shows it as hers. */
	mine: string | null;
	/** How many of her posts wait for the facilitator. */
	waiting: number;
};

export type LivePerson = {
	id: string;
	pseudonym: string;
	joined: boolean;
	ticked: boolean;
	connected: boolean;
};

export type LivePost = {
	id: string;
	kind: 'answer' | 'question';
	text: string;
	status: 'waiting' | 'approved' | 'declined' | 'answered';
};

export type LiveTally = {
	target: string;
	version: number;
	counts: Record<string, number>;
	total: number;
	byHands: boolean;
};

export type ControlView = {
	sessionId: string;
	groupId: string;
	screen: LiveScreen;
	plan: { index: number; title: string; kind: string; minutes: number; seconds: number }[];
	/** The activity the room is on (its index in `plan`). */
	current: number;
	workshop: { title: string; minutes: number };
	/** The guide's notes for the current activity, as safe HTML (`renderMarkdown`). */
	notes: { label: string; html: string }[];
	startedAt: string;
	activitySince: string;
	/** The server's clock when the view was made: the page measures time on it, whatever its own clock says. */
	serverNow: string;
	people: LivePerson[];
	posts: LivePost[];
	signals: { id: string; pseudonym: string; at: string; seen: boolean }[];
	tally: LiveTally | null;
	minimumToShow: number;
	/** The options of the question of the moment (without "I pass"), for a show of hands. */
	branches: boolean;
	atEnd: boolean;
	/** Nothing before: "previous" would not move. */
	atStart: boolean;
};
