// English interface text. Its type requires exactly the keys of the French catalogue.
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
	'help.call': 'Call {number}',
	'help.text': 'Text {number}',
	'help.website': 'Website',
	'help.emergency': 'If you are in danger right now, call 911.',

	'nav.home': 'Home',
	'nav.sign_in': 'Sign in',
	'nav.sign_out': 'Sign out',
	'nav.groups': 'Groups',
	'nav.admin': 'Administration',

	'page.home': 'Home',
	'page.sign_in': 'Sign in',
	'page.setup': 'First access',
	'page.admin': 'Administration',
	'page.error': 'Error',

	'home.heading': 'Welcome',
	'home.intro': 'Here, youth and the adults who support them build and run workshops together.',
	'home.adults': 'Are you a youth worker or a coordinator? Sign in with your e-mail.',
	'home.youth': 'Are you part of a group? Your youth worker will give you a code to get in.',

	'identity.sign_in_failed': 'The e-mail or password does not match. Check them and try again.',

	'validation.required': 'This field is required.',
	'validation.too_long': 'This text is too long ({max} characters at most).',
	'validation.email': 'Enter a valid e-mail address, for example name@example.org.',
	'validation.password_too_short': 'The password needs at least {min} characters.',
	'validation.password_too_long': 'The password can have at most {max} characters.',
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

	'identity.setup_link_invalid': 'This link no longer works.',
	'identity.email_taken': 'This address cannot be used.',

	'nav.organisation': 'My organisation',
	'nav.switch_organisation': 'Switch organisation',
	'identity.already_member': 'This person is already part of the organisation.',
	'identity.invitation_invalid':
		'This invitation link no longer works: it was already used or it has expired.',
	'page.organisation': 'Organisation',
	'page.organisations': 'Organisations',
	'page.invitation': 'Invitation',
	'page.outbox': 'Waiting e-mails',

	'page.two_factor': 'Two-step verification',
	'identity.password_wrong': 'This password does not match.',
	'identity.code_wrong': 'This code does not work. Check it and try again.',

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
	'identity.expiry_days': 'Enter a number of days between 1 and 365, or leave it empty.',
	'page.join': 'Join a group',
	'page.groups': 'Groups',
	'page.group': 'Group',
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

	'identity.too_many_cards': 'At most 40 cards at a time.',
	'cards.heading': 'Cards to print',
	'cards.intro':
		'Print these cards now: the secret phrases will not be shown again. If a card gets lost, create a new secret phrase.',
	'cards.print': 'Print',
	'cards.pseudonym': 'Pseudonym',
	'cards.code': 'Group code',
	'cards.passphrase': 'Secret phrase',
	'cards.qr_label': 'QR code to the page to come in',

	'identity.password_common':
		'This password is too common: it is in the lists attackers try first. Choose another one, a sentence for example.',
	'identity.password_repetitive':
		'This password repeats the same characters. Choose a more varied one.',
	'identity.password_sequence':
		'This password follows a sequence (abcd, 1234, qwerty). Choose another one.',
	'identity.password_site_name': 'The password must not contain the name of the site.',

	'page.signed_out': 'Signed out',
	'timeout.warning':
		'{seconds, plural, one {With no activity, you will be signed out in # second.} other {With no activity, you will be signed out in # seconds.}}',
	'timeout.stay': 'Stay signed in',
	'timeout.signed_out_heading': 'You were signed out',
	'timeout.signed_out_intro':
		'After a while with no activity, we close the session to protect what you do here. You can come back whenever you like.',

	'errors.too_many_attempts':
		'{seconds, plural, one {Too many tries. Try again in # second.} other {Too many tries. Try again in # seconds.}}',

	'page.audit': 'Log',
	'nav.audit': 'Log',

	'page.password': 'Password',
	'page.account': 'My account',
	'identity.reset_link_invalid':
		'This link no longer works: it was already used or it has expired. Ask for a new one.',
	'nav.account': 'My account',

	'page.help_editor': 'Help resources',
	'nav.help_editor': 'Help resources',

	'validation.plain_text': 'Use plain text, without the < > ; or \\ signs.',

	'identity.designated_stays':
		'Designate someone else first: the group always has a designated person.',

	'nav.programs': 'Programs',
	'page.programs': 'Programs',
	'page.program': 'Program',
	'page.program_editor': 'Edit a program',
	'page.guide': 'Facilitator’s guide',
	'page.compare': 'Compare versions',
	'page.import': 'Import a program',
	'guide.only_fr': '(French text only)',
	'guide.only_en': '(English text only)',
	'scenarios.problem_no_passage': 'add at least one passage',
	'scenarios.problem_no_start': 'the starting passage does not exist',
	'scenarios.problem_duplicate_id': 'two passages or two choices have the same id ({id})',
	'scenarios.problem_unreachable': 'no choice leads to this passage',
	'scenarios.problem_no_choice': 'add a choice, or make this passage an ending',
	'scenarios.problem_dangling_choice': 'this choice leads to no passage',
	'scenarios.problem_no_debrief':
		'an ending needs a debrief: warning signs, ways to stay safe, where to get help',
	'scenarios.problem_ending_with_choices':
		'an ending offers no choices: remove them or untick “ending”',
	'scenarios.problem_no_way_out': 'this passage goes round in circles: no path leads to an ending',
	'scenarios.problem_no_ending': 'add at least one ending',
	'cards.problem_no_card': 'add at least one card',
	'cards.problem_needs_source': 'this card gives a figure: say where it comes from',
	'cards.problem_duplicate_id': 'two cards have the same id ({id})',
	'content.invalid_document': 'The content sent does not have the right shape. Reload the page.',
	'content.save_conflict':
		'Someone saved this content in the meantime. Reload the page to see their version.',
	'content.managed':
		'This content is written by a co-design group: it is changed from its process, where the youth hold the pen.',
	'content.archived': 'This content is archived. Take it out of the archive to edit it.',
	'content.wrong_status': 'This action is not possible in this content’s current state.',
	'page.tools': 'Workshop tools',
	'page.activity': 'Activity',
	'page.pause': 'Break',
	'page.print_deck': 'Printing cards',
	'nav.tools': 'Tools',
	'tools.deck': 'Card deck',
	'tools.scenario': 'Scenario',
	'tools.warning_signs': 'Warning signs in this path',
	'tools.protective_strategies': 'What can protect',
	'tools.where_help': 'Where to get help',
	'tools.transcript': 'Transcript',
	'cards.myth': 'Myth',
	'cards.reality': 'Reality',
	'cards.category_recruitment': 'Recruitment',
	'cards.category_consent': 'Consent',
	'cards.category_online': 'Online',
	'cards.category_control': 'Control',
	'cards.category_help': 'Help',
	'cards.category_rights': 'Rights',
	'cards.progress': 'Card {number} of {count}',
	'cards.question': 'Myth or reality? You can also pass.',
	'cards.pass': 'Pass',
	'cards.show_answer': 'Show the answer',
	'cards.it_is_myth': 'It is a myth.',
	'cards.it_is_reality': 'It is a reality.',
	'cards.you_knew': 'You spotted it.',
	'cards.many_think': 'Many people think so. Here is why.',
	'cards.source': 'Source:',
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
	'tools.video': 'Video',
	'media.no_file': 'No file yet.',
	'media.watch': 'Watch the video',
	'media.video_label': 'Video',
	'media.captions_label_fr': 'Français',
	'media.captions_label_en': 'English',
	'media.no_video_support': 'This browser cannot play this video. The transcript is below.',
	'identity.group_full': 'This group is full. Ask your youth worker for help.',
	'identity.group_full_for_cards':
		'{count, plural, one {# person is} other {# people are}} already in this group, and its limit is {limit}. You can make {room, plural, =0 {no more cards} one {# more card} other {# more cards}}, or raise the limit higher up on this page.',
	'identity.participant_limit_range': 'Enter a whole number between 1 and 200.',
	'identity.participant_limit_below_count':
		'{count, plural, one {# person is} other {# people are}} already in this group: the limit cannot be lower.',
	'identity.code_used':
		'This code has already been used. Sign in again with your password, then enter the next code from your app.',
	'timeout.final_warning':
		'{minutes, plural, one {Your session ends in # minute. After a few hours, we ask you to sign in again, to protect you. Finish what you are doing.} other {Your session ends in # minutes. After a few hours, we ask you to sign in again, to protect you. Finish what you are doing.}}',
	'timeout.sign_out_now': 'Sign me out now',
	'timeout.signed_out_lifetime':
		'A session lasts a few hours at most, even while you use it: this protects you. You can sign in again right away.',
	'identity.pseudonym_taken_here':
		'Someone in this group already has this pseudonym. Rename one of them, then try again.',
	'content.not_publishable':
		'{count, plural, one {One problem prevents publishing.} other {# problems prevent publishing.}}',
	'content.needs_review':
		'Your organisation asks a second person to approve before publishing: send it for review first.',
	'content.needs_other_approver':
		'You sent this for review: another coordinator must approve it by publishing it.',
	'demo.band': 'Demo — nothing here is real.',
	'demo.band_switch': 'Switch person',
	'identity.pseudonym_birth_year':
		'No birth year in your nickname: it helps people find out who you are. Make up a name without a date.',
	'timeout.dialog_label': 'Session ending',
	'live.pass': 'I pass',
	'live.french': 'Français',
	'live.english': 'English',
	'moderation.personal_information':
		'Your message seems to contain personal information (a name, a number, an address…). Take it out to send it.',
	'live.not_now': 'This is not the moment to write here.',
	'live.vote_closed': 'This question is closed. Look at the screen.',
	'live.not_running': 'The workshop is paused or over.',
	'live.pairing_refused': 'This code does not work. Ask the facilitator for a new one.',
	'live.join': 'Join the workshop',
	'live.warning_heading': 'Before we start',
	'live.warning_hint': 'You can pass or ask for a break at any time.',
	'live.paused': 'The workshop is paused. It will start again soon.',
	'live.ended': 'The workshop is over. Thank you for being here.',
	'live.your_answer': 'Your answer: {answer}',
	'live.change_answer': 'You can change your mind until the answers are shown.',
	'live.answers_hidden': 'The group’s answers will be shown later.',
	'live.results': 'The group’s answers',
	'live.answers_count': '{count, plural, one {# answer} other {# answers}}',
	'live.too_few': 'Not enough answers to show them: nobody is singled out.',
	'live.watching': 'We are watching the video together.',
	'live.transcript': 'Transcript',
	'live.write_answer': 'Write an answer (if you want to)',
	'live.send': 'Send',
	'live.sent_waiting':
		'{count, plural, one {Sent: waiting to be read.} other {# sent, waiting to be read.}}',
	'moderation.held_for_you':
		'Thank you for writing it. Your message is not shown to the group: someone from the team you know will come and talk with you, quietly.',
	'moderation.help_now': 'Need help now? See the help resources',
	'care.banner': 'Someone may need you.',
	'care.banner_link': 'See the message',
	'page.cocreation': 'Co-creation',
	'nav.cocreation': 'Co-creation',
	'cocreation.your_processes': 'What your group is creating',
	'cocreation.phase.findings': 'Read the research findings',
	'cocreation.phase.creation': 'Create the workshop and the tools',
	'cocreation.phase.pilot': 'Try it with other youth',
	'cocreation.phase.dialogue': 'Talk with the adults',
	'moderation.already_decided':
		'Someone else has just decided on this comment. The page is up to date.',
	'moderation.reason_required': 'Say why: the person who wrote it will see it.',
	'page.cocreation_board': 'Follow-up board',
	'page.cocreation_material': 'Material',
	'play.credits': 'Made by: {names}',
	'page.pilot_feedback': 'Your feedback',
	'feedback.home_heading': 'Your feedback counts',
	'feedback.home_link': 'Give your feedback on “{title}”',
	'common.labelled': '{label}: {value}',
	'live.private_label': 'Just for me',
	'live.private_hint': 'What you write here stays on your phone. Nothing is sent.',
	'live.question_box': 'Ask an anonymous question',
	'live.question_label': 'Your question',
	'live.question_hint':
		'The group will not know it was you. It is read before it is shown. If it worries us for you, someone from the team you know will come and talk with you.',
	'live.need_break': 'I need a break',
	'live.break_sent': 'Noted. Only the facilitator sees it.',
	'live.break_minutes': '{minutes, plural, one {# minute} other {# minutes}}',
	'live.poll': 'Poll',
	'live.step': '{index} of {count}',
	'live.offline': 'Connection lost. Reconnecting…',
	'live.send_failed': 'That did not go through. Try again.',
	'live.pair_heading': 'Show a workshop on this screen',
	'live.pair_intro': 'Type the 8-digit code shown on the facilitator’s device.',
	'live.pair_code': 'Code',
	'live.pair_submit': 'Show',
	'live.answer': 'The answer',
	'live.nothing_to_do': 'Listen and take part as you like.',
	'page.live': 'Workshop',
	'page.screen': 'Screen',
	'live.on_now_short':
		'A workshop is on now with your group. You can follow it on your phone, if you like.',
	'home.together_heading': 'With your group',
	'home.done_intro': 'What you have already done together:',
	'home.next_intro': 'Next time:',
	'page.logbook': 'My logbook',
	'home.logbook_link': 'My logbook',
	'home.logbook_hint':
		'To write for yourself alone. Nobody else can read it, except a page you choose to share.',
	'page.own_passphrase': 'My sign-in phrase',
	'own_passphrase.heading': 'Change my sign-in phrase',
	'own_passphrase.intro':
		'An adult has seen your current sign-in phrase (on a card). Here you get a new one that only you will see. First type the one you use now.',
	'own_passphrase.intro_own':
		'You can change your sign-in phrase whenever you want: you get a new one that only you will see. First type the one you use now.',
	'own_passphrase.current': 'Your current sign-in phrase',
	'own_passphrase.submit': 'Give me a new phrase',
	'own_passphrase.done': 'Here is your new sign-in phrase. It replaces the old one from now on:',
	'own_passphrase.keep': 'Learn it, or write it where only you can find it. It is shown only once.',
	'own_passphrase.back': 'Back to my logbook',
	'identity.own_passphrase_wrong': 'That is not your sign-in phrase.',
	'live.private_logbook': 'Write my answer in my logbook',
	'live.private_later': 'This question will also wait for you in your logbook.'
};
