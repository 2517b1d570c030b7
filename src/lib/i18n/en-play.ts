// English interface text of the workshop tools' players (cards, stories, videos). Its type requires exactly the keys of the
// French part.
import type { PlayMessageKey } from './catalogue.ts';

export const enPlay: Record<PlayMessageKey, string> = {
	'page.activity': 'Activity',
	'tools.transcript': 'Transcript',
	'cards.myth': 'Myth',
	'cards.reality': 'Reality',
	'cards.progress': 'Card {number} of {count}',
	'cards.question': 'Myth or reality? You can also pass.',
	'cards.pass': 'Pass',
	'cards.show_answer': 'Show the answer',
	'cards.it_is_myth': 'It is a myth.',
	'cards.it_is_reality': 'It is a reality.',
	'cards.you_knew': 'You spotted it.',
	'cards.many_think': 'Many people think so. Here is why.',
	'cards.next': 'Next card',
	'cards.see_summary': 'See what I know now',
	'cards.summary_heading': 'Here is what you now know',
	'cards.summary_intro':
		'{count, plural, =0 {You have not seen a card yet.} one {You saw one card. Here is what it says.} other {You saw # cards. Here is what they say.}}',
	'cards.restart': 'Start again',
	'scenarios.mood_calm': 'calm',
	'scenarios.mood_happy': 'happy',
	'scenarios.mood_unsure': 'unsure',
	'scenarios.mood_worried': 'worried',
	'scenarios.mood_sad': 'sad',
	'play.step_out': 'Take a break',
	'play.before_you_start': 'Before you start',
	'play.content_warning': 'Good to know before reading:',
	'play.you_can_stop':
		'You can go back, take a break or stop whenever you want. There is no wrong choice in this story: we learn from each one.',
	'play.start': 'Start',
	'play.not_now': 'Not now',
	'play.ending': 'End of the story',
	'play.step': 'Step {number}',
	'play.continue': 'Continue',
	'play.choices': 'What does she do?',
	'play.debrief': 'What to remember',
	'play.path_taken': 'The path chosen',
	'play.never_your_fault':
		'Whatever she chooses, it is never the young person’s fault. The responsibility lies with the person who exploits.',
	'play.back': 'Go back',
	'play.restart': 'Start the story again',
	'media.no_file': 'No file yet.',
	'media.watch': 'Watch the video',
	'media.video_label': 'Video',
	'media.captions_label_fr': 'Français',
	'media.captions_label_en': 'English',
	'media.no_video_support': 'This browser cannot play this video. The transcript is below.',
	'play.credits': 'Made by: {names}'
};
