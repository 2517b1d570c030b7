// English interface text: the youth part. Its type requires exactly the keys of the French part.
import type { YouthMessageKey } from './catalogue.ts';

export const en: Record<YouthMessageKey, string> = {
	'app.name': 'Partir de nous',

	'shell.skip_to_content': 'Skip to content',
	'shell.main_navigation': 'Main navigation',
	'shell.language_switch': 'Choose the language',
	'shell.footer_about': 'A platform to build and run workshops, with and for youth.',
	'shell.footer_privacy': 'No trackers, no ads. Everything is served by us.',
	'shell.signed_in_as': 'Signed in: {name}',

	'safety.quick_exit': 'Exit this page',
	'safety.skip_to_quick_exit': 'Skip to the “Exit this page” button',
	'safety.presses_remaining':
		'{count, plural, one {Press once more to exit.} other {Press # more times to exit.}}',
	'safety.learn_more': 'How does it work?',
	'safety.notice_touch': 'To leave fast: the red button at the top.',
	'safety.notice_keyboard':
		'To leave fast: the red button at the top, or the Shift key three times.',
	'safety.notice_dismiss': 'Got it',
	'safety.help': 'Help',
	'page.quick_exit': 'Leave quickly',
	'help.call': 'Call {number}',
	'help.text': 'Text {number}',
	'help.website': 'Website',

	'nav.home': 'Home',
	'nav.sign_out': 'Sign out',

	'page.error': 'Error',

	'validation.required': 'This field is required.',
	'validation.too_long': 'This text is too long ({max} characters at most).',
	'validation.field_problem': '{field}: {problem}',
	'validation.invalid': 'This value is not valid.',
	'validation.summary':
		'{count, plural, one {One field needs a fix.} other {# fields need a fix.}}',

	'errors.not_found_or_not_allowed': 'Not found or not allowed.',
	'errors.not_found': 'This page does not exist.',
	'errors.generic': 'Something went wrong on our side. Try again in a moment.',
	'errors.bad_request': 'We could not understand the request. Check it and try again.',
	'errors.home_link': 'Back to the home page',
	'errors.reference': 'Reference: {id}',

	'timeout.warning':
		'{seconds, plural, one {With no activity, you will be signed out in # second.} other {With no activity, you will be signed out in # seconds.}}',
	'timeout.stay': 'Stay signed in',

	'validation.plain_text': 'Use plain text, without the < > ; or \\ signs.',

	'guide.only_fr': '(French text only)',
	'guide.only_en': '(English text only)',
	'tools.warning_signs': 'Warning signs in this path',
	'tools.protective_strategies': 'What can protect',
	'tools.where_help': 'Where to get help',
	'cards.source': 'Source:',
	'timeout.final_warning':
		'{minutes, plural, one {Your session ends in # minute. After a few hours, we ask you to sign in again, to protect you. Finish what you are doing.} other {Your session ends in # minutes. After a few hours, we ask you to sign in again, to protect you. Finish what you are doing.}}',
	'timeout.sign_out_now': 'Sign me out now',
	'demo.band': 'Demo — nothing here is real.',
	'demo.band_switch': 'Switch person',
	'timeout.dialog_label': 'Session ending',
	'moderation.personal_information':
		'Your message seems to contain personal information (a name, a number, an address…). Take it out to send it.',
	'care.banner': 'Someone may need you.',
	'care.banner_link': 'See the message',
	'moderation.already_decided':
		'Someone else has just decided on this comment. The page is up to date.',
	'moderation.reason_required': 'Say why: the person who wrote it will see it.',
	'common.labelled': '{label}: {value}',

	'errors.too_many_attempts':
		'{seconds, plural, one {Too many tries. Try again in # second.} other {Too many tries. Try again in # seconds.}}',

	'tools.deck': 'Card deck',
	'tools.scenario': 'Scenario',
	'tools.video': 'Video',

	'nav.sign_in': 'Sign in'
};
