// Bad input on every form: empty, blank, too long, markup, SQL fragments, control characters, missing
// fields and the wrong kind of body. Each gets a clear answer in the reader's language, never a 500, and
// nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { client } from '../support/http.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let platform: Platform;
let invitationPath = '';
let participantId = '';
beforeAll(async () => {
	app = await startApp();
	platform = await populatedPlatform(app);
	await platform.coordinator.post(`/organisations/${platform.organisation}?/invite`, {
		email: 'en-attente@example.org',
		role: 'professional'
	});
	const outbox = await (await platform.admin.get('/admin/outbox')).text();
	invitationPath = outbox
		.slice(outbox.indexOf('en-attente@example.org'))
		.match(/\/invitation\/[A-Za-z0-9_-]{43}/)![0];
	participantId = (
		await (await platform.facilitator.get(`/groups/${platform.group}`)).text()
	).match(/name="participantId" value="([0-9a-f-]{36})"/)![1]!;
});
afterAll(async () => {
	await app?.stop();
});

const HOSTILE: [string, string][] = [
	['empty', ''],
	['blank', '   '],
	['markup', '<script>alert(1)</script>'],
	['10 000 characters', 'x'.repeat(10_000)],
	['control characters', 'a\u0000b\u0007c'],
	['an SQL fragment', "' OR 1=1; DROP TABLE participant; --"]
];

type Form = {
	name: string;
	who: () => ReturnType<typeof client>;
	path: () => string;
	fields: string[];
	/** Extra fields that must stay valid for the form to reach validation (ids, tokens). */
	fixed?: () => Record<string, string>;
	/** Empty is a valid answer here (e.g. "no expiry"), so empty and blank are not sent. */
	emptyIsValid?: boolean;
	/** Free text a person writes may hold any punctuation: the SQL fragment is text like any other. */
	anyPunctuation?: boolean;
};

const FORMS: Form[] = [
	{
		name: 'adult sign-in',
		who: () => client(app.url),
		path: () => '/sign-in',
		fields: ['email', 'password']
	},
	{
		name: 'second factor',
		who: () => client(app.url),
		path: () => '/sign-in/two-factor',
		fields: ['code']
	},
	{
		name: 'teen sign-in',
		who: () => client(app.url),
		path: () => '/sign-in/group',
		fields: ['code', 'pseudonym', 'passphrase']
	},
	{ name: 'join', who: () => client(app.url), path: () => '/join', fields: ['code', 'pseudonym'] },
	{
		name: 'her own sign-in pass-phrase',
		who: () => platform.participant,
		path: () => '/passphrase',
		fields: ['current'],
		anyPunctuation: true
	},
	{
		name: 'forgotten password',
		who: () => client(app.url),
		path: () => '/password/forgot',
		fields: ['email']
	},
	{
		name: 'invitation',
		who: () => client(app.url),
		path: () => invitationPath,
		fields: ['name', 'password']
	},
	{
		name: 'second-factor enrolment',
		who: () => platform.facilitator,
		path: () => '/account/two-factor?/start',
		fields: ['password']
	},
	{
		name: 'new organisation',
		who: () => platform.admin,
		path: () => '/admin?/create',
		fields: ['name']
	},
	{
		name: 'invite an adult',
		who: () => platform.coordinator,
		path: () => `/organisations/${platform.organisation}?/invite`,
		fields: ['email', 'role']
	},
	{
		name: 'new group',
		who: () => platform.facilitator,
		path: () => `/organisations/${platform.organisation}/groups?/create`,
		fields: ['name', 'expiresInDays']
	},
	{
		name: 'open the join code',
		who: () => platform.facilitator,
		path: () => `/groups/${platform.group}?/open`,
		fields: ['days'],
		emptyIsValid: true
	},
	{
		name: 'prepare cards',
		who: () => platform.facilitator,
		path: () => `/groups/${platform.group}?/add`,
		fields: ['pseudonyms']
	},
	{
		name: 'limit of participants',
		who: () => platform.facilitator,
		path: () => `/groups/${platform.group}?/limit`,
		fields: ['maxParticipants']
	},
	{
		name: 'add a participant from another group',
		who: () => platform.facilitator,
		path: () => `/groups/${platform.group}?/addExisting`,
		fields: ['participantId']
	},
	{
		name: 'publishing rule',
		who: () => platform.coordinator,
		path: () => `/organisations/${platform.organisation}?/publishingPolicy`,
		fields: ['secondApproval'],
		emptyIsValid: true
	},
	{
		name: 'dismiss a notice',
		who: () => platform.coordinator,
		path: () => `/organisations/${platform.organisation}?/dismissNotice`,
		fields: ['noticeId']
	},
	{
		name: 'rename a participant',
		who: () => platform.facilitator,
		path: () => `/groups/${platform.group}?/rename`,
		fields: ['pseudonym'],
		fixed: () => ({ participantId })
	},
	{
		name: 'new program',
		who: () => platform.coordinator,
		path: () => '/programs?/create',
		fields: ['titleFr', 'titleEn']
	},
	{
		name: 'import a program',
		who: () => platform.coordinator,
		path: () => '/programs/import',
		fields: ['file']
	},
	{
		name: 'new workshop tool',
		who: () => platform.coordinator,
		path: () => '/tools?/create',
		fields: ['titleFr', 'titleEn'],
		fixed: () => ({ kind: 'scenarios' })
	},
	{
		name: 'start a live session',
		who: () => platform.facilitator,
		path: () => '/live/new',
		fields: ['groupId', 'workshop']
	},
	{
		name: 'move a live session',
		who: () => platform.facilitator,
		path: () => `/live/${platform.live}/control?/move`,
		fields: ['action']
	},
	{
		name: 'jump to an activity',
		who: () => platform.facilitator,
		path: () => `/live/${platform.live}/control?/move`,
		fields: ['activity'],
		fixed: () => ({ action: 'jump' })
	},
	{
		name: 'a quick poll',
		who: () => platform.facilitator,
		path: () => `/live/${platform.live}/control?/poll`,
		fields: ['question', 'options'],
		anyPunctuation: true
	},
	{
		name: 'a show of hands',
		who: () => platform.facilitator,
		path: () => `/live/${platform.live}/control?/hands`,
		fields: ['target', 'count.pass']
	},
	{
		name: 'read a post',
		who: () => platform.facilitator,
		path: () => `/live/${platform.live}/control?/moderate`,
		fields: ['postId', 'status']
	},
	{
		name: 'a break request seen',
		who: () => platform.facilitator,
		path: () => `/live/${platform.live}/control?/seen`,
		fields: ['signalId']
	},
	{
		name: 'tick a teen present',
		who: () => platform.facilitator,
		path: () => `/live/${platform.live}/control?/tick`,
		fields: ['participantId', 'present']
	},
	{
		name: 'pause or end a session',
		who: () => platform.facilitator,
		path: () => `/live/${platform.live}/control?/status`,
		fields: ['status']
	},
	{
		name: 'a team’s answer on the shared tablet',
		who: () => platform.facilitator,
		path: () => `/live/${platform.live}/tablet`,
		fields: ['target', 'choice', 'answerId']
	},
	{
		name: 'the session record',
		who: () => platform.facilitator,
		path: () => `/live/${platform.live}/record?/save`,
		fields: ['adaptations', 'notes', 'delivery.activity', 'roster', 'present.someone'],
		emptyIsValid: true,
		anyPunctuation: true
	},
	{
		name: 'unlock a record',
		who: () => platform.coordinator,
		path: () => `/live/${platform.live}/record?/unlock`,
		fields: ['reason'],
		anyPunctuation: true
	},
	{
		name: 'a teen’s answer',
		who: () => platform.participant,
		path: () => `/live/${platform.live}?/vote`,
		fields: ['target', 'choice']
	},
	{
		name: 'a teen’s anonymous question',
		who: () => platform.participant,
		path: () => `/live/${platform.live}?/post`,
		fields: ['text'],
		fixed: () => ({ kind: 'question' }),
		anyPunctuation: true
	},
	{
		name: 'start a co-creation process',
		who: () => platform.coordinator,
		path: () => `/organisations/${platform.organisation}/cocreation?/create`,
		fields: ['title', 'dotsPerPerson'],
		fixed: () => ({ groupId: platform.group })
	},
	{
		name: 'a research finding',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.cocreation}?/finding`,
		fields: ['statement', 'source'],
		anyPunctuation: true
	},
	{
		name: 'a reaction to a finding',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.cocreation}?/react`,
		fields: ['reaction'],
		fixed: () => ({ findingId: platform.cocreationFinding })
	},
	{
		name: 'a teen’s dots',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.cocreation}?/dots`,
		// The field is named after the finding, known once the platform is made.
		get fields() {
			return [`dots.${platform.cocreationFinding}`];
		},
		// An empty field is no dot.
		emptyIsValid: true
	},
	{
		name: 'a key aspect',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.cocreation}?/decide`,
		fields: ['text'],
		anyPunctuation: true
	},
	{
		name: 'a comment on a finding',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.cocreation}?/comment`,
		fields: ['comment'],
		fixed: () => ({ findingId: platform.cocreationFinding }),
		anyPunctuation: true
	},
	{
		name: 'a comment moderated',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.cocreation}?/moderate`,
		fields: ['decision', 'reason'],
		fixed: () => ({ postId: platform.cocreationComment })
	},
	{
		name: 'the approval setting',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.cocreation}?/approval`,
		fields: ['postsNeedApproval'],
		// Left out, the box is unticked: a valid answer.
		emptyIsValid: true
	},
	{
		name: 'move a process to a phase',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.cocreation}?/phase`,
		fields: ['phaseId']
	},
	{
		name: 'a process step',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.cocreation}/phases?/edit`,
		fields: ['title', 'startsOn'],
		fixed: () => ({ phaseId: platform.cocreationPhase }),
		// An empty name and no dates are valid: the template's words, no dates.
		emptyIsValid: true,
		anyPunctuation: true
	},
	{
		name: 'a process step moved',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.cocreation}/phases?/reorder`,
		fields: ['direction'],
		fixed: () => ({ phaseId: platform.cocreationPhase })
	},
	{
		name: 'a process step added',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.cocreation}/phases?/add`,
		fields: ['kind']
	},
	{
		name: 'a material started',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.creation}?/material`,
		fields: ['title'],
		anyPunctuation: true
	},
	{
		name: 'a material started, of no kind we know',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.creation}?/material`,
		fields: ['kind'],
		fixed: () => ({ title: 'Un titre' }),
		// Left out, it is a deck.
		emptyIsValid: true
	},
	{
		name: 'a part added to a material',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.creation}/materials/${platform.material}?/add`,
		fields: ['op']
	},
	{
		name: 'a part added to a material, at no place',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.creation}/materials/${platform.material}?/add`,
		fields: ['at'],
		fixed: () => ({ op: 'card' }),
		// Left out, a card goes at the end.
		emptyIsValid: true
	},
	{
		name: 'an empty part taken out of a material',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.creation}/materials/${platform.material}?/remove`,
		fields: ['at']
	},
	{
		name: 'credit by pseudonym',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.creation}?/credit`,
		fields: ['credit']
	},
	{
		name: 'the pen rule',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.cocreation}?/penRule`,
		fields: ['adultsEditDirectly'],
		emptyIsValid: true
	},
	{
		name: 'a text of a material',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.creation}/materials/${platform.material}?/write`,
		fields: ['text'],
		fixed: () => ({ path: platform.materialPath }),
		// An empty text clears it: a valid answer.
		emptyIsValid: true,
		anyPunctuation: true
	},
	{
		name: 'a text of a material, at no place',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.creation}/materials/${platform.material}?/write`,
		fields: ['path'],
		fixed: () => ({ text: 'Un texte' })
	},
	{
		name: 'a suggestion decided',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.creation}/materials/${platform.material}?/suggestion`,
		fields: ['decision'],
		fixed: () => ({ suggestionId: platform.materialSuggestion })
	},
	{
		name: 'a comment on a material moderated',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.creation}/materials/${platform.material}?/moderate`,
		fields: ['decision', 'reason'],
		fixed: () => ({ postId: platform.materialComment })
	},
	{
		name: 'a comment on a material',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.creation}/materials/${platform.material}?/comment`,
		fields: ['comment'],
		anyPunctuation: true
	},
	{
		name: 'a pilot planned',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.piloting}?/pilot`,
		fields: ['groupId', 'plannedOn'],
		fixed: () => ({ materialId: platform.pilotMaterial })
	},
	{
		name: 'a pilot started',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.piloting}?/startPilot`,
		fields: ['pilotId']
	},
	{
		name: 'a pilot’s feedback opened or closed',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.piloting}?/feedbackOpen`,
		fields: ['open'],
		fixed: () => ({ pilotId: platform.pilot })
	},
	{
		name: 'a peer’s feedback moderated',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.piloting}?/feedback`,
		fields: ['decision', 'reason'],
		fixed: () => ({ feedbackId: platform.pilotFeedback })
	},
	{
		name: 'a material finalised',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.piloting}?/finalise`,
		fields: ['materialId']
	},
	{
		name: 'a peer’s feedback',
		who: () => platform.participant,
		path: () => `/pilots/${platform.pilot}`,
		fields: ['worked', 'recommend'],
		anyPunctuation: true
	},
	{
		name: 'a process’s adult allies',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.cocreation}/phases?/allies`,
		// The box is named after the person: one who is not the organisation's facilitator or professional.
		fields: ['ally.not-a-person'],
		// No box ticked: no ally, a valid answer.
		emptyIsValid: true
	},
	{
		name: 'a proposal on the board',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.dialogue}/board?/propose`,
		fields: ['proposal', 'whoActs'],
		anyPunctuation: true
	},
	{
		name: 'support for a proposal',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.dialogue}/board?/support`,
		fields: ['support'],
		fixed: () => ({ proposalId: platform.dialogueProposal })
	},
	{
		name: 'a commitment',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.dialogue}/board?/commit`,
		fields: ['what', 'owner', 'dueOn', 'doneMeans'],
		fixed: () => ({ proposalId: platform.dialogueProposal })
	},
	{
		name: 'a commitment’s update',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.dialogue}/board?/followUp`,
		fields: ['status'],
		fixed: () => ({ commitmentId: platform.dialogueCommitment })
	},
	{
		name: 'a commitment dropped without a reason',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.dialogue}/board?/followUp`,
		fields: ['note'],
		fixed: () => ({ commitmentId: platform.dialogueCommitment, status: 'dropped' }),
		anyPunctuation: true
	},
	{
		name: 'a reaction to a commitment',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.dialogue}/board?/react`,
		fields: ['reaction'],
		fixed: () => ({ commitmentId: platform.dialogueCommitment })
	},
	{
		name: 'a comment on a commitment',
		who: () => platform.participant,
		path: () => `/cocreation/${platform.dialogue}/board?/comment`,
		fields: ['comment'],
		fixed: () => ({ commitmentId: platform.dialogueCommitment }),
		anyPunctuation: true
	},
	{
		name: 'a proposal moderated',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.dialogue}/board?/moderate`,
		fields: ['decision', 'reason'],
		fixed: () => ({ postId: platform.dialogueWaiting })
	},
	{
		name: 'a dialogue session',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.dialogue}/board?/dialogue`,
		fields: ['agenda'],
		fixed: () => ({ groupId: platform.group }),
		anyPunctuation: true
	},
	{
		name: 'a session’s proposal put on the board',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.dialogue}/board?/onBoard`,
		fields: ['whoActs'],
		fixed: () => ({ dialogueId: platform.dialogueProposal, postId: platform.dialogueProposal })
	},
	{
		name: 'the board opened to the organisation',
		who: () => platform.facilitator,
		path: () => `/cocreation/${platform.dialogue}/board?/open`,
		fields: ['open'],
		emptyIsValid: true
	},
	{
		name: 'someone may need you: checked in',
		who: () => platform.facilitator,
		path: () => '/care?/checkIn',
		fields: ['id']
	},
	{
		name: 'pair a presenter screen',
		who: () => client(app.url),
		path: () => '/screen',
		fields: ['code']
	},
	{
		name: 'add a help resource',
		who: () => platform.coordinator,
		path: () => `/organisations/${platform.organisation}/help?/add`,
		fields: ['nameFr', 'nameEn', 'phone', 'url']
	}
];

/** What the forms change, as the people who manage it see it (volatile parts removed). */
async function snapshot(): Promise<string> {
	const pages = [
		await platform.admin.get('/admin'),
		await platform.coordinator.get(`/organisations/${platform.organisation}`),
		await platform.coordinator.get(`/organisations/${platform.organisation}/help`),
		await platform.facilitator.get(`/groups/${platform.group}`),
		await platform.facilitator.get('/care'),
		await platform.facilitator.get(`/cocreation/${platform.cocreation}`),
		await platform.facilitator.get(`/cocreation/${platform.cocreation}/phases`),
		await platform.facilitator.get(`/cocreation/${platform.dialogue}/board`),
		await platform.facilitator.get(`/cocreation/${platform.creation}`),
		await platform.facilitator.get(`/cocreation/${platform.piloting}`),
		await platform.facilitator.get(
			`/cocreation/${platform.creation}/materials/${platform.material}`
		),
		await platform.coordinator.get('/programs'),
		await platform.coordinator.get('/tools')
	];
	const texts = await Promise.all(pages.map((page) => page.text()));
	return texts
		.map((html) => html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '')
		.join('\n')
		.replace(/nonce-[^"']+|\d{1,2}:\d{2}(:\d{2})?/g, '');
}

describe('bad input on every form', () => {
	it('is refused with a clear French message, never a 500, and changes nothing', async () => {
		const before = await snapshot();
		const problems: string[] = [];
		for (const form of FORMS) {
			const person = form.who();
			for (const [label, value] of HOSTILE) {
				if (form.emptyIsValid && value.trim() === '') continue;
				if (form.anyPunctuation && label === 'an SQL fragment') continue;
				const fields = Object.fromEntries(form.fields.map((field) => [field, value]));
				const response = await person.post(form.path(), { ...fields, ...form.fixed?.() });
				const html = await response.text();
				const where = `${form.name} with ${label}`;
				if (response.status < 400 || response.status >= 500)
					problems.push(`${where}: status ${response.status}`);
				else if (!/class="error-summary"|class="error"|<h1>Erreur \d+/.test(html))
					problems.push(`${where}: no message shown`);
				if (html.includes('<script>alert(1)</script>')) problems.push(`${where}: markup echoed`);
			}
			// A field left out entirely.
			if (!form.emptyIsValid) {
				const missing = await person.post(form.path(), { ...form.fixed?.() });
				if (missing.status < 400 || missing.status >= 500)
					problems.push(`${form.name} with no fields: status ${missing.status}`);
			}
		}
		expect(problems).toEqual([]);
		expect(await snapshot()).toEqual(before);
	});

	it('answers in English to people who chose English', async () => {
		const visitor = client(app.url);
		await visitor.post('/language', { lang: 'en', next: '/' });
		const response = await visitor.post('/join', { code: '', pseudonym: '<b>x</b>' });
		const html = await response.text();
		expect(response.status).toBe(400);
		expect(html).toContain('This field is required.');
		expect(html).toContain('Use plain text');
		// What was typed comes back in the field (inside a quoted attribute), never as markup.
		expect(html).toContain('value="&lt;b>x&lt;/b>"');
		expect(html).not.toMatch(/>\s*<b>x<\/b>/);
	});

	it('refuses a body that is not a form', async () => {
		for (const [type, body] of [
			['application/json', '{"email":"a@example.org"}'],
			['text/plain', 'email=a'],
			['multipart/form-data; boundary=x', '--x\r\nbroken']
		] as const) {
			const response = await fetch(`${app.url}/join`, {
				method: 'POST',
				headers: { 'content-type': type, origin: app.url, accept: 'text/html' },
				body
			});
			expect(response.status, type).toBeGreaterThanOrEqual(400);
			expect(response.status, type).toBeLessThan(500);
		}
	});
});
