// English text of the public pages a teen opens first. Its type requires exactly the keys of the French part.
import type { WelcomeMessageKey } from './catalogue.ts';

export const enWelcome: Record<WelcomeMessageKey, string> = {
	'page.help': 'Help',
	'quick_exit.heading': 'Leave this page quickly',
	'quick_exit.how':
		'Press “Exit this page”, or press the Shift or Escape key three times within 5 seconds.',
	'quick_exit.does':
		'The page disappears at once. You are signed out. A weather page opens instead. The browser’s Back button does not bring you back here.',
	'quick_exit.cannot':
		'What it cannot do: erase your browser’s history. Someone who looks at the history can see that you visited this site.',
	'quick_exit.private':
		'To leave no trace, use a private browsing window, or clear the history after your visit.',
	'help.heading': 'Help',
	'help.intro': 'You can talk to someone. These services are there for you.',
	'help.emergency': 'If you are in danger right now, call 911.',
	'page.home': 'Home',
	'page.sign_in': 'Sign in',
	'home.heading': 'Welcome',
	'home.intro': 'Here, youth and the adults who support them build and run workshops together.',
	'home.adults': 'Are you a youth worker or a coordinator? Sign in with your e-mail.',
	'home.youth': 'Are you part of a group? Your youth worker will give you a code to get in.',
	'identity.pseudonym_shape':
		'Your pseudonym needs 2 to 24 characters: letters, digits, spaces or dashes.',
	'identity.pseudonym_email':
		'Your pseudonym looks like an e-mail address. To protect you, choose a name that does not say who you are.',
	'identity.pseudonym_phone':
		'Your pseudonym looks like a phone number. To protect you, choose a name that does not say who you are.',
	'identity.pseudonym_address':
		'Your pseudonym looks like an address. To protect you, choose a name that does not say where you live.',
	'identity.pseudonym_url':
		'Your pseudonym looks like a website address. Choose a name that does not lead to you.',
	'identity.pseudonym_handle':
		'Your pseudonym looks like a social media account. Choose a name that does not lead to you.',
	'identity.pseudonym_name':
		'Your pseudonym looks like a first and last name. To protect you, make up a name: an animal, a colour, a word you like.',
	'identity.pseudonym_taken': 'This pseudonym is already taken in this group. Try another name.',
	'identity.join_code_invalid':
		'This code does not work. Check the letters and digits, or ask your youth worker for the code.',
	'identity.participant_sign_in_failed':
		'The code, the pseudonym or the secret phrase does not match. Check and try again, or ask your youth worker for help.',
	'page.join': 'Join a group',
	'join.heading': 'Join your group',
	'join.intro':
		'Your youth worker gave you a code. Also choose a pseudonym: a made-up name, not your real name.',
	'join.code': 'Group code',
	'join.code_hint': '8 letters or digits, for example CK3P-W9RT.',
	'join.pseudonym': 'Your pseudonym',
	'join.pseudonym_hint': 'A made-up name: an animal, a colour, a word you like.',
	'join.submit': 'Join',
	'join.already': 'Been here before? Come in with your secret phrase.',
	'join.welcome_heading': 'Welcome, {pseudonym}!',
	'join.passphrase_intro':
		'Here is your secret phrase. It lets you come back. Write it down or keep it somewhere safe:',
	'join.passphrase_note':
		'Do not show it to anyone. If you forget it, your youth worker can give you a new one.',
	'join.continue': 'Continue',
	'youth_sign_in.heading': 'Come back to your group',
	'youth_sign_in.pseudonym': 'Your pseudonym',
	'youth_sign_in.passphrase': 'Your secret phrase',
	'youth_sign_in.passphrase_hint': 'The four words, with spaces.',
	'youth_sign_in.shared_device':
		'I am using a shared device (I will be signed out after 10 minutes without activity)',
	'youth_sign_in.submit': 'Come in',
	'youth_sign_in.first_time': 'First time here? Join with your group’s code.',
	'home.participant_heading': 'Hello, {pseudonym}',
	'home.participant_groups': '{count, plural, one {Your group} other {Your groups}}',
	'home.participant_intro': 'Your groups’ workshops will show up here.',
	'home.youth_link': 'I have a group code',
	'page.signed_out': 'Signed out',
	'timeout.signed_out_heading': 'You were signed out',
	'timeout.signed_out_intro':
		'After a while with no activity, we close the session to protect what you do here. You can come back whenever you like.',
	'page.pause': 'Break',
	'pause.heading': 'You are taking a break',
	'pause.intro': 'That is okay. You do not have to explain anything. Take the time you need.',
	'pause.breathe_1': 'Put your feet on the floor and feel the contact.',
	'pause.breathe_2': 'Breathe in gently through your nose, counting to four.',
	'pause.breathe_3': 'Breathe out slowly, even longer. Do it again a few times.',
	'pause.talk':
		'If something bothers you, you can talk to someone on the team, or to one of the resources below.',
	'pause.back': 'Go back to the activity',
	'pause.home': 'Go to the home page',
	'pause.help_heading': 'Help, if you want it',
	'home.explore_heading': 'To explore',
	'home.explore_empty': 'Nothing to explore yet. Your team will add activities soon.',
	'identity.group_full': 'This group is full. Ask your youth worker for help.',
	'timeout.signed_out_lifetime':
		'A session lasts a few hours at most, even while you use it: this protects you. You can sign in again right away.',
	'identity.pseudonym_taken_here':
		'Someone in this group already has this pseudonym. Rename one of them, then try again.',
	'identity.pseudonym_birth_year':
		'No birth year in your nickname: it helps people find out who you are. Make up a name without a date.',
	'live.join': 'Join the workshop',
	'cocreation.your_processes': 'What your group is creating',
	'cocreation.phase.findings': 'Read the research findings',
	'cocreation.phase.creation': 'Create the workshop and the tools',
	'cocreation.phase.pilot': 'Try it with other youth',
	'cocreation.phase.dialogue': 'Talk with the adults',
	'feedback.home_heading': 'Your feedback counts',
	'feedback.home_link': 'Give your feedback on “{title}”',
	'live.on_now_short':
		'A workshop is on now with your group. You can follow it on your phone, if you like.',
	'home.together_heading': 'With your group',
	'home.done_intro': 'What you have already done together:',
	'home.next_intro': 'Next time:',
	'home.logbook_link': 'My logbook',
	'home.logbook_hint':
		'To write for yourself alone. Nobody else can read it, except a page you choose to share.'
};
