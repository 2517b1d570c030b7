// Real people for server tests, made through the app's own pages: the first administrator, enrolled in TOTP.
import { expect } from 'vitest';
import type { RunningApp } from './app.ts';
import { TOOL_SEGMENTS } from '../../src/lib/domain/tools/registry.ts';
import { client } from './http.ts';
import { nextCode } from './totp.ts';

export type SignedIn = ReturnType<typeof client> & {
	email: string;
	password: string;
	secret: string;
};

/** The recovery codes shown at the last enrolment. */
export let lastRecoveryCodes: string[] = [];

/** Enrols the signed-in person's second factor through /account/two-factor; returns the TOTP secret. */
export async function enrolSecondFactor(
	session: ReturnType<typeof client>,
	password: string
): Promise<string> {
	const started = await session.post('/account/two-factor?/start', { password });
	expect(started.status).toBe(200);
	const html = await started.text();
	lastRecoveryCodes = [...html.matchAll(/<li><code>([A-Za-z0-9-]+)<\/code><\/li>/g)].map(
		(match) => match[1]!
	);
	const secret = html.match(/class="secret"[^>]*>([A-Z2-7]+)</)?.[1];
	expect(secret).toBeDefined();
	const confirmed = await session.post('/account/two-factor?/confirm', {
		code: await nextCode(secret!)
	});
	expect(confirmed.status).toBe(303);
	return secret!;
}

/** Signs in with e-mail and password, then the second-factor form's fields. */
async function signInWithBothFactors(
	app: RunningApp,
	email: string,
	password: string,
	secondFactor: Record<string, string>
) {
	const session = client(app.url);
	const first = await session.post('/sign-in', { email, password });
	expect(first.headers.get('location')).toBe('/sign-in/two-factor');
	const second = await session.post('/sign-in/two-factor', secondFactor);
	expect(second.status).toBe(303);
	return session;
}

/** Signs in with e-mail, password and a TOTP code. */
export async function signInWithSecondFactor(
	app: RunningApp,
	email: string,
	password: string,
	secret: string
) {
	return signInWithBothFactors(app, email, password, { code: await nextCode(secret) });
}

/** Signs in with a password and one of the recovery codes (good once each): no wait for a fresh TOTP step. */
export function signInWithRecoveryCode(
	app: RunningApp,
	email: string,
	password: string,
	code: string
) {
	return signInWithBothFactors(app, email, password, { code, recovery: 'on' });
}

/** Creates the first administrator through the printed link, signs them in and enrols their second factor. */
export async function firstAdministrator(app: RunningApp): Promise<SignedIn> {
	const email = 'alex@example.org';
	const password = 'une phrase assez longue';
	const session = client(app.url);
	const link = new URL(app.setupLink()!);
	const created = await session.post(link.pathname, { name: 'Alex Martin', email, password });
	// Signed in at once, on the way to the second factor.
	expect(created.headers.get('location')).toBe('/account/two-factor');
	const secret = await enrolSecondFactor(session, password);
	return Object.assign(session, { email, password, secret });
}

/** The newest invitation link sent to `email`, read from the outbox by the administrator. */
export async function invitationLinkFor(admin: SignedIn, email: string): Promise<string> {
	const html = await (await admin.get('/admin/outbox')).text();
	const start = html.indexOf(email);
	expect(start, `no mail to ${email} in the outbox`).toBeGreaterThanOrEqual(0);
	const link = html.slice(start).match(/\/invitation\/[A-Za-z0-9_-]{43}/)?.[0];
	expect(link).toBeDefined();
	return link!;
}

/**
 * Invites `email` with `role` into the organisation and accepts as them; enrols TOTP when asked. An adult
 * who already has an account with a second factor (`existing`) confirms with a code from their app, and
 * stays the same signed-in client.
 */
export async function invitedAdult(
	app: RunningApp,
	inviter: ReturnType<typeof client>,
	admin: SignedIn,
	organisationId: string,
	email: string,
	role: 'coordinator' | 'facilitator' | 'professional' | 'researcher',
	existing?: SignedIn
): Promise<SignedIn> {
	const password = 'une phrase assez longue';
	const invited = await inviter.post(`/organisations/${organisationId}?/invite`, { email, role });
	expect(invited.status).toBe(200);
	const link = await invitationLinkFor(admin, email);
	const session = client(app.url);
	const fields: Record<string, string> = { name: email.split('@')[0]!, password };
	if (existing?.secret) fields.code = await nextCode(existing.secret);
	const accepted = await session.post(link, fields);
	expect(accepted.status).toBe(303);
	if (existing) return existing;
	let secret = '';
	if ((await session.get('/')).headers.get('location') === '/account/two-factor') {
		secret = await enrolSecondFactor(session, password);
	}
	return Object.assign(session, { email, password, secret });
}

export type Platform = {
	admin: SignedIn;
	coordinator: SignedIn;
	facilitator: SignedIn;
	professional: SignedIn;
	researcher: SignedIn;
	otherCoordinator: SignedIn;
	participant: ReturnType<typeof client>;
	/** The teen's pseudonym is "Renard bleu"; this is the pass-phrase she was given. */
	participantPassphrase: string;
	organisation: string;
	otherOrganisation: string;
	group: string;
	joinCode: string;
	/** The starter program of the demo organisation (published as version 1). */
	program: string;
	/** The starter deck and first starter scenario of the demo organisation (published). */
	deck: string;
	scenario: string;
	/** A published tool of each kind of the registry, by address segment ("decks"). */
	tools: Record<string, string>;
	/** The demo organisation's sample video (published), and its film's media file. */
	video: string;
	videoFile: string;
	/** A live session of the group's first workshop, started by its facilitator and joined by the teen. */
	live: string;
	/** What the start form sends for that workshop: "program:version:workshop". */
	liveWorkshop: string;
	/** A question the teen sent in that session that suggests danger: held for the facilitator (designated). */
	held: string;
	/** A co-creation process with the group (the teen is a co-designer), a finding in it, and its second phase. */
	cocreation: string;
	cocreationFinding: string;
	cocreationPhase: string;
	/** The teen's comment on that finding, waiting for approval. */
	cocreationComment: string;
	/**
	 * A second process with the group, in its dialogue phase, with the professional as its adult ally: the teen's
	 * proposal (approved), a commitment answering it, and another proposal of hers waiting for approval.
	 */
	dialogue: string;
	dialogueProposal: string;
	dialogueCommitment: string;
	dialogueWaiting: string;
	/**
	 * A third process with the group, in its creation phase: the teen's deck (a material), one of its texts she
	 * wrote and the facilitator's suggestion on it, and her comment on the material waiting for approval.
	 */
	creation: string;
	material: string;
	materialPath: string;
	materialSuggestion: string;
	materialComment: string;
	/**
	 * A fourth process, of another group the facilitator runs, in its pilot phase: its deck (written by the
	 * facilitator), a pilot with the teen's group (run and closed: its feedback is open, the teen may answer),
	 * and a second pilot only planned.
	 */
	piloting: string;
	pilotMaterial: string;
	pilot: string;
	plannedPilot: string;
	/** The teen's feedback on that pilot (waiting for approval). */
	pilotFeedback: string;
};

/** A process in its dialogue phase with the professional as ally: a proposal, a commitment, one waiting. */
async function dialogueProcess(
	facilitator: SignedIn,
	participant: ReturnType<typeof client>,
	organisation: string,
	group: string
) {
	const form = await (await facilitator.get(`/organisations/${organisation}/cocreation`)).text();
	// The professional is the only adult of the organisation listed as "professionnel".
	const professional = [...form.matchAll(/name="ally\.([^"]+)"[\s\S]*?<\/label>/g)]
		.map((match) => ({ id: match[1]!, label: match[0] }))
		.find((ally) => ally.label.includes('(professionnel)'));
	expect(professional).toBeDefined();
	const created = await facilitator.post(`/organisations/${organisation}/cocreation?/create`, {
		title: 'Ce qui doit changer',
		purpose: '',
		groupId: group,
		dotsPerPerson: '3',
		[`ally.${professional!.id}`]: 'on'
	});
	const dialogue = created.headers.get('location')!.split('/').pop()!;
	const page = await (await facilitator.get(`/cocreation/${dialogue}`)).text();
	const phases = [...page.matchAll(/name="phaseId" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
	await facilitator.post(`/cocreation/${dialogue}?/phase`, { phaseId: phases.at(-1)! });
	const board = `/cocreation/${dialogue}/board`;
	await participant.post(`${board}?/propose`, {
		proposal: 'Qu’on choisisse notre référente.',
		whoActs: 'direction'
	});
	const postId = async () =>
		(await (await facilitator.get(board)).text()).match(
			/name="postId" value="([0-9a-f-]{36})"/
		)![1]!;
	const dialogueProposal = await postId();
	await facilitator.post(`${board}?/moderate`, { postId: dialogueProposal, decision: 'approve' });
	await facilitator.post(`${board}?/commit`, {
		proposalId: dialogueProposal,
		what: 'Chaque jeune choisira sa référente.',
		owner: 'La direction',
		dueOn: '2027-03-01',
		doneMeans: 'Le formulaire d’arrivée le demande.'
	});
	const dialogueCommitment = (await (await facilitator.get(board)).text()).match(
		/name="commitmentId" value="([0-9a-f-]{36})"/
	)![1]!;
	await participant.post(`${board}?/propose`, {
		proposal: 'Plus de sorties le week-end.',
		whoActs: 'team'
	});
	const dialogueWaiting = [
		...(await (await facilitator.get(board)).text()).matchAll(
			/name="postId" value="([0-9a-f-]{36})"/g
		)
	]
		.map((match) => match[1]!)
		.find((id) => id !== dialogueProposal)!;
	return { dialogue, dialogueProposal, dialogueCommitment, dialogueWaiting };
}

/** A process of another group in its pilot phase, its deck piloted with the teen's group (closed since). */
async function pilotProcess(
	facilitator: SignedIn,
	participant: ReturnType<typeof client>,
	organisation: string,
	peers: string
) {
	const made = await facilitator.post(`/organisations/${organisation}/groups?/create`, {
		name: 'Groupe du jeudi',
		expiresInDays: '14'
	});
	const group = made.headers.get('location')!.split('/').pop()!;
	const created = await facilitator.post(`/organisations/${organisation}/cocreation?/create`, {
		title: 'Notre test',
		purpose: '',
		groupId: group,
		dotsPerPerson: '3'
	});
	const piloting = created.headers.get('location')!.split('/').pop()!;
	const phaseIds = async () =>
		[
			...(await (await facilitator.get(`/cocreation/${piloting}`)).text()).matchAll(
				/name="phaseId" value="([0-9a-f-]{36})"/g
			)
		].map((m) => m[1]!);
	// Creation (the first phase after the current one), then the pilot phase.
	await facilitator.post(`/cocreation/${piloting}?/phase`, { phaseId: (await phaseIds())[0]! });
	const started = await facilitator.post(`/cocreation/${piloting}?/material`, {
		title: 'Le consentement : vrai ou faux'
	});
	const pilotMaterial = started.headers.get('location')!.split('/').pop()!;
	const materialUrl = `/cocreation/${piloting}/materials/${pilotMaterial}`;
	await facilitator.post(`${materialUrl}?/add`, { op: 'card' });
	const page = await (await facilitator.get(materialUrl)).text();
	const card = page.match(/id="cards\.([A-Za-z0-9_-]+)\.statement"/)![1]!;
	for (const [path, text] of [
		['description', 'Un jeu pour en parler.'],
		[`cards.${card}.statement`, 'On peut dire non à tout moment.'],
		[`cards.${card}.explanation`, 'Le consentement peut se retirer.']
	])
		await facilitator.post(`${materialUrl}?/write`, { path: path!, text: text! });
	const phases = await phaseIds();
	await facilitator.post(`/cocreation/${piloting}?/phase`, { phaseId: phases[1]! });
	for (const plannedOn of ['', '2027-02-01'])
		await facilitator.post(`/cocreation/${piloting}?/pilot`, {
			materialId: pilotMaterial,
			groupId: peers,
			plannedOn
		});
	const [pilot, plannedPilot] = [
		...(await (await facilitator.get(`/cocreation/${piloting}`)).text()).matchAll(
			/name="pilotId" value="([0-9a-f-]{36})"/g
		)
	].map((m) => m[1]!);
	const run = await facilitator.post(`/cocreation/${piloting}?/startPilot`, { pilotId: pilot! });
	expect(run.status).toBe(303);
	const session = run.headers.get('location')!.split('/')[2]!;
	// The teen takes part in the pilot from her phone (its feedback is for those who did).
	expect((await participant.post(`/live/${session}?/join`, {})).status).toBe(303);
	await facilitator.post(`/live/${session}/control?/status`, { status: 'closed' });
	return { piloting, pilotMaterial, pilot: pilot!, plannedPilot: plannedPilot! };
}

/** A process in its creation phase: the teen's deck with a card she wrote, a suggestion, a waiting comment. */
async function creationProcess(
	facilitator: SignedIn,
	participant: ReturnType<typeof client>,
	organisation: string,
	group: string
) {
	const created = await facilitator.post(`/organisations/${organisation}/cocreation?/create`, {
		title: 'Notre jeu de cartes',
		purpose: '',
		groupId: group,
		dotsPerPerson: '3'
	});
	const creation = created.headers.get('location')!.split('/').pop()!;
	const page = await (await facilitator.get(`/cocreation/${creation}`)).text();
	const phases = [...page.matchAll(/name="phaseId" value="([0-9a-f-]{36})"/g)].map((m) => m[1]!);
	// The phases other than the current one, in order: the first of them is the creation.
	await facilitator.post(`/cocreation/${creation}?/phase`, { phaseId: phases[0]! });
	const started = await participant.post(`/cocreation/${creation}?/material`, {
		title: 'Vrai ou faux'
	});
	expect(started.status).toBe(303);
	const material = started.headers.get('location')!.split('/').pop()!;
	const materialUrl = `/cocreation/${creation}/materials/${material}`;
	await participant.post(`${materialUrl}?/add`, { op: 'card' });
	const materialPath = (await (await participant.get(materialUrl)).text()).match(
		/id="(cards\.[A-Za-z0-9_-]+\.statement)"/
	)![1]!;
	await participant.post(`${materialUrl}?/write`, { path: materialPath, text: 'Son texte' });
	await facilitator.post(`${materialUrl}?/write`, { path: materialPath, text: 'Texte adulte' });
	await participant.post(`${materialUrl}?/comment`, { comment: 'Il manque une carte.' });
	const adultView = await (await facilitator.get(materialUrl)).text();
	const materialComment = adultView.match(/name="postId" value="([0-9a-f-]{36})"/)![1]!;
	const materialSuggestion = (await (await participant.get(materialUrl)).text()).match(
		/name="suggestionId" value="([0-9a-f-]{36})"/
	)![1]!;
	return { creation, material, materialPath, materialSuggestion, materialComment };
}

/**
 * A platform with people of every kind, made through the app's own pages: the administrator, the demo
 * organisation's coordinator, facilitator, professional and researcher, a coordinator of a second
 * organisation, a group run by the facilitator, and a teen who joined it.
 */
/** A new group the facilitator runs, and youth who joined it with its code (one client each). */
export async function groupWithYouth(
	app: RunningApp,
	facilitator: ReturnType<typeof client>,
	organisation: string,
	name: string,
	pseudonyms: readonly string[]
): Promise<ReturnType<typeof client>[]> {
	const made = await facilitator.post(`/organisations/${organisation}/groups?/create`, {
		name,
		expiresInDays: '14'
	});
	const group = made.headers.get('location')!.split('/').pop()!;
	const code = (await (await facilitator.get(`/groups/${group}`)).text()).match(
		/<code>([A-Z0-9]{4}-[A-Z0-9]{4})<\/code>/
	)![1]!;
	return joinedYouth(app, code, pseudonyms);
}

/** Youth who joined a group with its code, one client each. */
export async function joinedYouth(
	app: RunningApp,
	code: string,
	pseudonyms: readonly string[]
): Promise<ReturnType<typeof client>[]> {
	const youth = [];
	for (const pseudonym of pseudonyms) {
		const teen = client(app.url);
		expect((await teen.post('/join', { code, pseudonym })).status).toBe(200);
		youth.push(teen);
	}
	return youth;
}

export async function populatedPlatform(app: RunningApp): Promise<Platform> {
	const admin = await firstAdministrator(app);
	const organisation = (await (await admin.get('/admin')).text()).match(
		/\/organisations\/([0-9a-f-]{36})/
	)![1]!;
	const otherOrganisation = (
		await admin.post('/admin?/create', { name: 'Autre organisme' })
	).headers
		.get('location')!
		.split('/')
		.pop()!;
	const invite = (email: string, role: Parameters<typeof invitedAdult>[5], org = organisation) =>
		invitedAdult(app, admin, admin, org, email, role);
	const coordinator = await invite('coordination@example.org', 'coordinator');
	const facilitator = await invite('animation@example.org', 'facilitator');
	const professional = await invite('pro@example.org', 'professional');
	const researcher = await invite('recherche@example.org', 'researcher');
	const otherCoordinator = await invite('ailleurs@example.org', 'coordinator', otherOrganisation);
	const created = await facilitator.post(`/organisations/${organisation}/groups?/create`, {
		name: 'Groupe du mardi',
		expiresInDays: '14'
	});
	const group = created.headers.get('location')!.split('/').pop()!;
	const joinCode = (await (await facilitator.get(`/groups/${group}`)).text()).match(
		/<code>([A-Z0-9]{4}-[A-Z0-9]{4})<\/code>/
	)![1]!;
	const participant = client(app.url);
	const joined = await participant.post('/join', { code: joinCode, pseudonym: 'Renard bleu' });
	expect(joined.status).toBe(200);
	const participantPassphrase = (await joined.text()).match(/class="passphrase">([a-z ]+)</)![1]!;
	const program = (await (await coordinator.get('/programs')).text()).match(
		/\/programs\/([0-9a-f-]{36})/
	)![1]!;
	const tools = await (await coordinator.get('/tools')).text();
	const byKind = Object.fromEntries(
		TOOL_SEGMENTS.map((segment) => [
			segment,
			tools.match(new RegExp(`/tools/${segment}/([0-9a-f-]{36})`))![1]!
		])
	);
	const deck = tools.match(/\/tools\/decks\/([0-9a-f-]{36})/)![1]!;
	const scenario = tools.match(/\/tools\/scenarios\/([0-9a-f-]{36})/)![1]!;
	const video = tools.match(/\/tools\/videos\/([0-9a-f-]{36})/)![1]!;
	const player = await (await coordinator.get(`/play/videos/${video}`)).text();
	const videoFile = player.match(/<source src="\/media\/([0-9a-f-]{36})"/)![1]!;
	// The pilot runs a live session with the teen's group: before the group's own session opens.
	const pilotIds = await pilotProcess(facilitator, participant, organisation, group);
	const liveWorkshop = (await (await facilitator.get(`/live/new?group=${group}`)).text()).match(
		/<option value="([0-9a-f-]{36}:\d+:[A-Za-z0-9_-]+)"/
	)![1]!;
	const started = await facilitator.post('/live/new', { groupId: group, workshop: liveWorkshop });
	const live = started.headers.get('location')!.split('/')[2]!;
	expect((await participant.post(`/live/${live}?/join`, {})).status).toBe(303);
	await participant.post(`/live/${live}?/post`, {
		kind: 'question',
		text: 'il dit que si je parle ma famille va le regretter'
	});
	const held = (await (await facilitator.get('/care')).text()).match(
		/name="id" value="([0-9a-f-]{36})"/
	)![1]!;
	const process = await facilitator.post(`/organisations/${organisation}/cocreation?/create`, {
		title: 'Notre atelier',
		purpose: '',
		groupId: group,
		dotsPerPerson: '3'
	});
	const cocreation = process.headers.get('location')!.split('/').pop()!;
	await facilitator.post(`/cocreation/${cocreation}?/finding`, {
		statement: 'Le recrutement commence souvent en ligne.',
		source: 'Recherche participative'
	});
	const processPage = await (await facilitator.get(`/cocreation/${cocreation}`)).text();
	const cocreationFinding = processPage.match(/id="from-([0-9a-f-]{36})"/)![1]!;
	const cocreationPhase = processPage.match(/name="phaseId" value="([0-9a-f-]{36})"/)![1]!;
	await participant.post(`/cocreation/${cocreation}?/comment`, {
		findingId: cocreationFinding,
		comment: 'Ça me parle, on le voit tout le temps.'
	});
	const cocreationComment = (
		await (await facilitator.get(`/cocreation/${cocreation}`)).text()
	).match(/name="postId" value="([0-9a-f-]{36})"/)![1]!;
	const dialogueIds = await dialogueProcess(facilitator, participant, organisation, group);
	await participant.post(`/pilots/${pilotIds.pilot}`, {
		worked: 'Les cartes sont claires.',
		didNot: '',
		recommend: 'yes',
		suggestions: ''
	});
	const pilotFeedback = (
		await (await facilitator.get(`/cocreation/${pilotIds.piloting}`)).text()
	).match(/name="feedbackId" value="([0-9a-f-]{36})"/)![1]!;
	const creationIds = await creationProcess(facilitator, participant, organisation, group);
	return {
		...pilotIds,
		pilotFeedback,
		...dialogueIds,
		...creationIds,
		held,
		cocreation,
		cocreationFinding,
		cocreationPhase,
		cocreationComment,
		live,
		liveWorkshop,
		tools: byKind,
		video,
		videoFile,
		program,
		deck,
		scenario,
		admin,
		coordinator,
		facilitator,
		professional,
		researcher,
		otherCoordinator,
		participant,
		participantPassphrase,
		organisation,
		otherOrganisation,
		group,
		joinCode
	};
}
