// Participants on a real database: a teen joins with a pseudonym the personal-information guard accepts, signs
// back in with her pass-phrase; facilitators print cards, reset pass-phrases and rename; no other organisation
// reaches any of it.
import { randomUUID } from 'node:crypto';
import { count, eq, notLike } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { anonymous, type Actor, type OrganisationRole, type UserActor } from '../platform/actor.ts';
import { generateJoinCode } from './credentials/join-code.ts';
import { WORDS_EN } from '#lib/domain/words/words-en.ts';
import { WORDS_FR } from '#lib/domain/words/words-fr.ts';
import {
	createGroup,
	groupDetails,
	listGroups,
	rotateJoinCode,
	setJoining,
	setParticipantLimit
} from './groups.ts';
import { participantLimitInput } from './inputs.ts';
import { LIMITS } from '../platform/rate-limit.ts';
import { createOrganisation } from './organisations.ts';
import {
	addExistingParticipant,
	addParticipant,
	addParticipants,
	participantCandidates,
	joinGroup,
	LinesRefused,
	participantActor,
	renameParticipant,
	resetPassphrase,
	signInParticipant
} from './participants.ts';
import { participant, session, user } from './schema.ts';
import { recentTeenSession, resolveSession } from './service.ts';
import { REUSE_MS, reusedSession } from './session-reuse.ts';
import { recheckSessions } from './session-recheck.ts';
import { SHARED_DEVICE_IDLE_LIMIT_MS } from './session-limits.ts';
import { config } from '../platform/config.ts';
import {
	createAdult,
	failsWith,
	failure,
	freshAddress,
	inRequest,
	refused
} from './test-people.ts';

const PASSPHRASE = /^[a-z]+ [a-z]+ [a-z]+ [a-z]+$/;
const SIGN_IN_FAILED = 'identity.participant_sign_in_failed';

useTestDatabase();

let admin: UserActor;
beforeAll(async () => {
	admin = await createAdult({ admin: true });
});

let organisationCount = 0;
function newOrganisation(): Promise<string> {
	organisationCount++;
	return createOrganisation(admin, { name: `Organisme ${organisationCount}` });
}

function staff(organisationId: string, role: OrganisationRole): Promise<UserActor> {
	return createAdult({ memberships: { [organisationId]: role } });
}

/** An organisation with a facilitator running one group, and that group's join code. */
async function groupRunBy(name = 'Les Lucioles') {
	const organisationId = await newOrganisation();
	const facilitator = await staff(organisationId, 'facilitator');
	const groupId = await createGroup(facilitator, organisationId, {
		name,
		expiresInDays: null,
		approvalRequired: true
	});
	const { joinCode } = await groupDetails(facilitator, groupId);
	return { organisationId, facilitator, groupId, joinCode };
}

/** Who the next request with this Cookie header is (at `now`), as the authentication hook sees it. */
async function actorBehind(cookie: string, now?: number): Promise<Actor> {
	const { result } = await inRequest(() => resolveSession(new Headers({ cookie }), undefined, now));
	return result.actor;
}

/** A teen joins in a request; returns her pass-phrase and her session cookie. */
async function join(code: string, pseudonym: string) {
	const { result, cookie } = await inRequest(() =>
		joinGroup({ code, pseudonym }, 'fr', new Headers(), freshAddress())
	);
	return { passphrase: result.passphrase, cookie };
}

function attemptSignIn(code: string, pseudonym: string, passphrase: string, sharedDevice = false) {
	return inRequest(() =>
		signInParticipant({ code, pseudonym, passphrase, sharedDevice }, new Headers(), freshAddress())
	);
}

/** Signs a teen back in and returns who the next request would be, through its session cookie. */
async function signBackIn(code: string, pseudonym: string, passphrase: string) {
	return actorBehind((await attemptSignIn(code, pseudonym, passphrase)).cookie);
}

async function rowCounts() {
	const [users] = await db().select({ n: count() }).from(user);
	const [participants] = await db().select({ n: count() }).from(participant);
	return { users: users!.n, participants: participants!.n };
}

async function userOf(participantId: string) {
	const [row] = await db()
		.select({ id: user.id, email: user.email, name: user.name })
		.from(participant)
		.innerJoin(user, eq(user.id, participant.userId))
		.where(eq(participant.id, participantId));
	return row!;
}

describe('joining a group', () => {
	it('lets a teen join with the code and a made-up pseudonym, signs her in, and gives her a four-word pass-phrase', async () => {
		const { facilitator, groupId, joinCode, organisationId } = await groupRunBy('Les Lucioles');
		// Typed as a teen might: lower case, with the printed dash and a stray space.
		const typed = ` ${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4).toLowerCase()}`;
		const { passphrase, cookie } = await join(typed, 'Luciole');
		expect(passphrase).toMatch(PASSPHRASE);
		for (const word of passphrase.split(' ')) expect(WORDS_FR).toContain(word);
		expect(await actorBehind(cookie)).toMatchObject({
			kind: 'participant',
			organisationId,
			groups: [{ id: groupId, name: 'Les Lucioles' }],
			pseudonym: 'Luciole'
		});
		const details = await groupDetails(facilitator, groupId);
		expect(details.participants.map((p) => p.pseudonym)).toEqual(['Luciole']);
	});

	it.each([
		['an e-mail address', 'julie.b@hotmail.ca', 'identity.pseudonym_email'],
		['an e-mail address spelled out', 'julie arobase gmail point com', 'identity.pseudonym_email'],
		['a phone number', '514 555 1234', 'identity.pseudonym_phone'],
		['a first and last name', 'Marie Tremblay', 'identity.pseudonym_name'],
		['a social media handle', '@julie_b', 'identity.pseudonym_handle']
	])(
		'refuses a pseudonym that holds %s (%s), and creates nothing',
		async (_what, pseudonym, code) => {
			const { joinCode } = await groupRunBy();
			const before = await rowCounts();
			await failsWith(join(joinCode, pseudonym), code);
			expect(await rowCounts()).toEqual(before);
		}
	);

	it('refuses a second participant with the same pseudonym in a group, whatever the case, accents or spaces', async () => {
		const { joinCode } = await groupRunBy();
		await join(joinCode, 'Étoile Filante');
		const before = await rowCounts();
		for (const again of [
			'Étoile Filante',
			'etoile filante',
			'ÉTOILE  FILANTE',
			'Etoile Filante '
		]) {
			await failsWith(join(joinCode, again), 'identity.pseudonym_taken');
		}
		expect(await rowCounts()).toEqual(before);
	});

	it('allows the same pseudonym in two different groups', async () => {
		const first = await groupRunBy();
		const second = await groupRunBy();
		await join(first.joinCode, 'Colibri');
		const { cookie } = await join(second.joinCode, 'Colibri');
		expect(await actorBehind(cookie)).toMatchObject({
			kind: 'participant',
			groups: [{ id: second.groupId }],
			pseudonym: 'Colibri'
		});
	});

	it('refuses a code that is unknown, malformed, closed or expired with the same answer, and creates nothing', async () => {
		const closed = await groupRunBy();
		await setJoining(closed.facilitator, closed.groupId, false, null);
		const expired = await groupRunBy();
		await setJoining(
			expired.facilitator,
			expired.groupId,
			true,
			1,
			new Date(Date.now() - 2 * 24 * 60 * 60 * 1000)
		);
		const before = await rowCounts();
		for (const code of [
			generateJoinCode(),
			'bonjour',
			'',
			closed.joinCode,
			expired.joinCode,
			// The letter O and the digit 0 are not in the alphabet: nothing is guessed.
			'O0O0-O0O0'
		]) {
			await failsWith(join(code, 'Hibou'), 'identity.join_code_invalid');
		}
		expect(await rowCounts()).toEqual(before);
	});
});

describe('how many can join', () => {
	it('stops at the group’s limit, for teens joining and for cards, and creates nothing past it', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy();
		expect((await groupDetails(facilitator, groupId)).maxParticipants).toBe(40);
		await setParticipantLimit(facilitator, groupId, 3);
		await join(joinCode, 'Pinson');
		await addParticipants(facilitator, groupId, ['Merle', 'Grive'], 'fr');
		const before = await rowCounts();
		await failsWith(join(joinCode, 'Moineau'), 'identity.group_full');
		await failsWith(
			addParticipants(facilitator, groupId, ['Moineau'], 'fr'),
			'identity.group_full_for_cards'
		);
		expect(await rowCounts()).toEqual(before);
		// The facilitator raises the limit: the teen gets in.
		await setParticipantLimit(facilitator, groupId, 4);
		await join(joinCode, 'Moineau');
		expect((await groupDetails(facilitator, groupId)).participantCount).toBe(4);
	});

	it('cannot be set below the participants already in the group, nor outside 1 to 200, nor by outsiders', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy();
		await join(joinCode, 'Pinson');
		await join(joinCode, 'Merle');
		await failsWith(
			setParticipantLimit(facilitator, groupId, 1),
			'identity.participant_limit_below_count'
		);
		for (const typed of ['0', '201', '-3', '2.5', 'quarante', ''])
			expect(participantLimitInput.safeParse({ maxParticipants: typed }).success).toBe(false);
		const other = await groupRunBy();
		await refused(setParticipantLimit(other.facilitator, groupId, 10));
		expect((await groupDetails(facilitator, groupId)).maxParticipants).toBe(40);
	});

	it('lets ten teens join from one address in ten minutes, then asks the next to wait', async () => {
		const { joinCode } = await groupRunBy();
		const address = freshAddress();
		const joinFrom = (pseudonym: string) =>
			inRequest(() => joinGroup({ code: joinCode, pseudonym }, 'fr', new Headers(), address));
		const names = [
			'Abeille',
			'Bison',
			'Castor',
			'Dauphin',
			'Écureuil',
			'Faucon',
			'Gazelle',
			'Hérisson',
			'Ibis',
			'Jaguar'
		];
		expect(names).toHaveLength(LIMITS.join_success.perAddress);
		for (const name of names) await joinFrom(name);
		const before = await rowCounts();
		await failsWith(joinFrom('Koala'), 'errors.too_many_attempts');
		expect(await rowCounts()).toEqual(before);
		// A taken pseudonym does not count: the limit is on accounts made.
		const other = await groupRunBy();
		const elsewhere = freshAddress();
		await join(other.joinCode, 'Lama');
		for (let index = 0; index < 12; index++)
			await failsWith(
				inRequest(() =>
					joinGroup({ code: other.joinCode, pseudonym: 'Lama' }, 'fr', new Headers(), elsewhere)
				),
				'identity.pseudonym_taken'
			);
		await inRequest(() =>
			joinGroup({ code: other.joinCode, pseudonym: 'Loutre' }, 'fr', new Headers(), elsewhere)
		);
	});

	it('never leaves an account without its participant: teens joining at once all get both, or neither', async () => {
		const { joinCode, facilitator, groupId } = await groupRunBy();
		await setParticipantLimit(facilitator, groupId, 5);
		const names = ['Orque', 'Panda', 'Quokka', 'Renne', 'Saumon', 'Tapir', 'Urubu', 'Vison'];
		const results = await Promise.allSettled(names.map((name) => join(joinCode, name)));
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
		const { users, participants } = await rowCounts();
		const [adults] = await db()
			.select({ n: count() })
			.from(user)
			.where(notLike(user.email, '%@participants.invalid'));
		expect(users - adults!.n).toBe(participants);
	});
});

describe('a participant in several groups', () => {
	it('is added by a facilitator from another of her groups: one account, one pseudonym, either code signs her in', async () => {
		const usual = await groupRunBy('Groupe du mardi');
		const codesign = await createGroup(usual.facilitator, usual.organisationId, {
			name: 'Co-conception',
			expiresInDays: null,
			approvalRequired: true
		});
		const { joinCode: codesignCode } = await groupDetails(usual.facilitator, codesign);
		const { passphrase, cookie } = await join(usual.joinCode, 'Luciole');
		const [candidate] = await participantCandidates(usual.facilitator, codesign);
		expect(candidate).toMatchObject({ pseudonym: 'Luciole', groupNames: ['Groupe du mardi'] });
		const before = await rowCounts();
		await addExistingParticipant(usual.facilitator, codesign, candidate!.participantId);
		// No new account, no new participant.
		expect(await rowCounts()).toEqual(before);
		expect(await participantCandidates(usual.facilitator, codesign)).toEqual([]);
		const viaCodesign = await signBackIn(codesignCode, 'Luciole', passphrase);
		expect(viaCodesign).toMatchObject({
			kind: 'participant',
			participantId: candidate!.participantId,
			pseudonym: 'Luciole',
			groups: [
				{ id: usual.groupId, name: 'Groupe du mardi' },
				{ id: codesign, name: 'Co-conception' }
			]
		});
		expect(await actorBehind(cookie)).toMatchObject({
			groups: [{ id: usual.groupId }, { id: codesign }]
		});
		expect(
			(await groupDetails(usual.facilitator, codesign)).participants.map((p) => p.pseudonym)
		).toEqual(['Luciole']);
	});

	it('is only offered from groups the facilitator runs, and a coordinator sees the whole organisation', async () => {
		const mine = await groupRunBy();
		const theirs = await createGroup(
			await staff(mine.organisationId, 'facilitator'),
			mine.organisationId,
			{
				name: 'Le groupe d’une collègue',
				expiresInDays: null,
				approvalRequired: true
			}
		);
		const coordinator = await staff(mine.organisationId, 'coordinator');
		const { joinCode: theirCode } = await groupDetails(coordinator, theirs);
		await join(theirCode, 'Castor');
		const target = await createGroup(mine.facilitator, mine.organisationId, {
			name: 'Pilote',
			expiresInDays: null,
			approvalRequired: true
		});
		expect(await participantCandidates(mine.facilitator, target)).toEqual([]);
		const [castor] = await participantCandidates(coordinator, target);
		expect(castor?.pseudonym).toBe('Castor');
		await refused(addExistingParticipant(mine.facilitator, target, castor!.participantId));
		const elsewhere = await groupRunBy();
		await refused(
			addExistingParticipant(elsewhere.facilitator, elsewhere.groupId, castor!.participantId)
		);
		await addExistingParticipant(coordinator, target, castor!.participantId);
		expect((await groupDetails(coordinator, target)).participantCount).toBe(1);
	});

	it('is refused where someone already has her pseudonym, or past the group’s limit; renaming checks all her groups', async () => {
		const first = await groupRunBy();
		const second = await createGroup(first.facilitator, first.organisationId, {
			name: 'Deuxième',
			expiresInDays: null,
			approvalRequired: true
		});
		const { joinCode: secondCode } = await groupDetails(first.facilitator, second);
		await join(first.joinCode, 'Luciole');
		await join(secondCode, 'Luciole');
		const [luciole] = await participantCandidates(first.facilitator, second);
		await failsWith(
			addExistingParticipant(first.facilitator, second, luciole!.participantId),
			'identity.pseudonym_taken_here'
		);
		await join(first.joinCode, 'Hibou');
		const hibou = (await participantCandidates(first.facilitator, second)).find(
			(c) => c.pseudonym === 'Hibou'
		)!;
		await setParticipantLimit(first.facilitator, second, 1);
		await failsWith(
			addExistingParticipant(first.facilitator, second, hibou.participantId),
			'identity.group_full'
		);
		await setParticipantLimit(first.facilitator, second, 5);
		await addExistingParticipant(first.facilitator, second, hibou.participantId);
		// Hibou is in both groups: the other Luciole's name is taken for her in the second.
		await failsWith(
			renameParticipant(first.facilitator, hibou.participantId, 'Luciole', first.groupId),
			'identity.pseudonym_taken'
		);
		await renameParticipant(first.facilitator, hibou.participantId, 'Chouette', first.groupId);
		const names = (await groupDetails(first.facilitator, second)).participants.map(
			(p) => p.pseudonym
		);
		expect(names.sort()).toEqual(['Chouette', 'Luciole']);
	});

	it('gets a card with the code of the group her pass-phrase is reset from', async () => {
		const first = await groupRunBy();
		const second = await createGroup(first.facilitator, first.organisationId, {
			name: 'Deuxième',
			expiresInDays: null,
			approvalRequired: true
		});
		const { joinCode: secondCode } = await groupDetails(first.facilitator, second);
		const card = await addParticipant(first.facilitator, first.groupId, 'Renard', 'fr');
		await addExistingParticipant(first.facilitator, second, card.participantId);
		const reset = await resetPassphrase(first.facilitator, card.participantId, 'fr', second);
		expect(reset.joinCode).toBe(secondCode);
		expect(await signBackIn(first.joinCode, 'Renard', reset.passphrase)).toMatchObject({
			kind: 'participant'
		});
	});
});

describe('cards printed in advance', () => {
	it('creates every line and returns cards with the printed code and a four-word pass-phrase each', async () => {
		const { organisationId, facilitator, groupId, joinCode } = await groupRunBy();
		const sheet = await addParticipants(facilitator, groupId, ['Hibou', 'Koala', 'Loutre'], 'en');
		const printed = `${joinCode.slice(0, 4)}-${joinCode.slice(4)}`;
		expect(sheet.cards.map((card) => [card.pseudonym, card.joinCode])).toEqual([
			['Hibou', printed],
			['Koala', printed],
			['Loutre', printed]
		]);
		for (const card of sheet.cards) {
			expect(card.passphrase).toMatch(PASSPHRASE);
			for (const word of card.passphrase.split(' ')) expect(WORDS_EN).toContain(word);
		}
		expect(new Set(sheet.cards.map((card) => card.passphrase)).size).toBe(3);
		expect(sheet.signInUrl).toMatch(new RegExp(`/sign-in/group\\?code=${printed}$`));
		expect(sheet.qrSvg).toContain('<svg');
		expect((await groupDetails(facilitator, groupId)).participants.map((p) => p.pseudonym)).toEqual(
			['Hibou', 'Koala', 'Loutre']
		);
		expect((await listGroups(facilitator, organisationId))[0]?.participantCount).toBe(3);
		for (const card of sheet.cards) {
			expect(await signBackIn(card.joinCode, card.pseudonym, card.passphrase)).toMatchObject({
				kind: 'participant',
				groups: [{ id: groupId }],
				pseudonym: card.pseudonym
			});
		}
	});

	it('checks every line before creating any: personal information on line 3 creates nothing', async () => {
		const { facilitator, groupId } = await groupRunBy();
		const before = await rowCounts();
		const error = await failure(
			addParticipants(facilitator, groupId, ['Hibou', 'Koala', 'Marie Tremblay', 'Loutre'], 'fr')
		);
		expect(error).toBeInstanceOf(LinesRefused);
		expect((error as LinesRefused).lines).toEqual([
			{ line: 2, pseudonym: 'Marie Tremblay', code: 'identity.pseudonym_name' }
		]);
		expect(await rowCounts()).toEqual(before);
	});

	it('reports every refused line at once: real names however written, a birth year, a duplicate', async () => {
		const { facilitator, groupId } = await groupRunBy();
		const before = await rowCounts();
		const error = await failure(
			addParticipants(
				facilitator,
				groupId,
				['Hibou', 'MarieTremblay', 'marie_tremblay_14', 'Kayla 2009', 'Marie T', 'hibou', 'Loutre'],
				'fr'
			)
		);
		expect(error).toBeInstanceOf(LinesRefused);
		expect((error as LinesRefused).lines.map(({ line, code }) => [line, code])).toEqual([
			[1, 'identity.pseudonym_name'],
			[2, 'identity.pseudonym_name'],
			[3, 'identity.pseudonym_birth_year'],
			[4, 'identity.pseudonym_name'],
			[5, 'identity.pseudonym_taken']
		]);
		expect(await rowCounts()).toEqual(before);
	});

	it('checks every line before creating any: the same pseudonym twice in the list creates nothing', async () => {
		const { facilitator, groupId } = await groupRunBy();
		const before = await rowCounts();
		const error = await failure(
			addParticipants(facilitator, groupId, ['Hibou', 'Koala', 'Loutre', 'HIBOU'], 'fr')
		);
		expect(error).toBeInstanceOf(LinesRefused);
		expect((error as LinesRefused).lines).toEqual([
			{ line: 3, pseudonym: 'HIBOU', code: 'identity.pseudonym_taken' }
		]);
		expect(await rowCounts()).toEqual(before);
	});

	it('checks every line before creating any: a pseudonym already in the group on line 3 creates nothing', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy();
		await join(joinCode, 'Mésange');
		const before = await rowCounts();
		const error = await failure(
			addParticipants(facilitator, groupId, ['Hibou', 'Koala', 'mesange', 'Loutre'], 'fr')
		);
		expect(error).toBeInstanceOf(LinesRefused);
		expect((error as LinesRefused).lines).toEqual([
			{ line: 2, pseudonym: 'mesange', code: 'identity.pseudonym_taken' }
		]);
		expect(await rowCounts()).toEqual(before);
	});

	it('are refused to a facilitator of another group, a professional and a researcher', async () => {
		const { organisationId, groupId } = await groupRunBy();
		const other = await staff(organisationId, 'facilitator');
		await createGroup(other, organisationId, {
			name: 'Autre groupe',
			expiresInDays: null,
			approvalRequired: true
		});
		const outsiders: Actor[] = [
			other,
			await staff(organisationId, 'professional'),
			await staff(organisationId, 'researcher'),
			admin,
			anonymous
		];
		const before = await rowCounts();
		for (const outsider of outsiders) {
			await refused(addParticipant(outsider, groupId, 'Hibou', 'fr'));
			await refused(addParticipants(outsider, groupId, ['Hibou', 'Koala'], 'fr'));
		}
		expect(await rowCounts()).toEqual(before);
	});
});

describe('signing back in', () => {
	it('accepts the pass-phrase in any case, with dashes, extra spaces or no spaces at all', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy();
		const { passphrase } = await addParticipant(facilitator, groupId, 'Étoile Filante', 'fr');
		const words = passphrase.split(' ');
		const variants = [
			passphrase,
			passphrase.toUpperCase(),
			words.join('-'),
			`  ${words.join('   ')}  `,
			words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' '),
			words.join(''),
			words.join('').toUpperCase()
		];
		for (const typed of variants) {
			expect(await signBackIn(joinCode, 'Étoile Filante', typed)).toMatchObject({
				kind: 'participant',
				pseudonym: 'Étoile Filante'
			});
		}
		// The pseudonym and the code are forgiving too.
		expect(await signBackIn(joinCode.toLowerCase(), 'etoile  filante', passphrase)).toMatchObject({
			kind: 'participant',
			groups: [{ id: groupId }]
		});
	});

	it('gives the same answer to a wrong pass-phrase, an unknown pseudonym and an unknown code, and opens no session', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy();
		const { passphrase } = await addParticipant(facilitator, groupId, 'Renard', 'fr');
		const words = passphrase.split(' ');
		const [sessions] = await db().select({ n: count() }).from(session);
		const attempts: [string, string, string][] = [
			[joinCode, 'Renard', [...words.slice(0, 3), 'zzz'].join(' ')],
			[joinCode, 'Renard', words.slice(0, 3).join(' ')],
			[joinCode, 'Renarde', passphrase],
			[generateJoinCode(), 'Renard', passphrase],
			['pas-un-code', 'Renard', passphrase]
		];
		for (const [code, pseudonym, typed] of attempts) {
			await failsWith(attemptSignIn(code, pseudonym, typed), SIGN_IN_FAILED);
		}
		expect((await db().select({ n: count() }).from(session))[0]).toEqual(sessions);
		expect(await signBackIn(joinCode, 'Renard', passphrase)).toMatchObject({
			kind: 'participant'
		});
	});

	it('refuses a pass-phrase from another group, even for the same pseudonym', async () => {
		const first = await groupRunBy();
		const second = await groupRunBy();
		const mine = await addParticipant(first.facilitator, first.groupId, 'Lynx', 'fr');
		await addParticipant(second.facilitator, second.groupId, 'Lynx', 'fr');
		await failsWith(attemptSignIn(second.joinCode, 'Lynx', mine.passphrase), SIGN_IN_FAILED);
	});

	it('on a shared device, keeps the session while she is active, ten minutes at a time', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy();
		const { passphrase } = await addParticipant(facilitator, groupId, 'Loir', 'fr');
		const { cookie } = await attemptSignIn(joinCode, 'Loir', passphrase, true);
		const minutes = (count: number) => Date.now() + count * 60 * 1000;
		// Active at 9 and 17 minutes: each request counts from then.
		expect((await actorBehind(cookie, minutes(9))).kind).toBe('participant');
		expect((await actorBehind(cookie, minutes(17))).kind).toBe('participant');
		expect((await actorBehind(cookie, minutes(26))).kind).toBe('participant');
		// Then more than ten minutes without a request: the session has ended.
		expect((await actorBehind(cookie, minutes(37))).kind).toBe('anonymous');
	});

	it('on a shared device, ends the session after ten minutes without activity', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy();
		const { passphrase } = await addParticipant(facilitator, groupId, 'Panda Roux', 'fr');
		const { cookie } = await attemptSignIn(joinCode, 'Panda Roux', passphrase, true);
		const minutes = (count: number) => Date.now() + count * 60 * 1000;
		expect((await actorBehind(cookie)).kind).toBe('participant');
		expect((await actorBehind(cookie, minutes(11))).kind).toBe('anonymous');
		// The session is gone, not only hidden: even "now" it no longer signs her in.
		expect((await actorBehind(cookie)).kind).toBe('anonymous');
	});
});

describe('resetting a pass-phrase', () => {
	it('makes the old pass-phrase fail and the new one work, and signs the teen out everywhere', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy();
		const joined = await join(joinCode, 'Orque');
		const { cookie: otherDevice } = await attemptSignIn(joinCode, 'Orque', joined.passphrase);
		const [row] = (await groupDetails(facilitator, groupId)).participants;
		const reset = await resetPassphrase(facilitator, row!.id, 'en', groupId);
		expect(reset.pseudonym).toBe('Orque');
		expect(reset.passphrase).toMatch(PASSPHRASE);
		expect(reset.passphrase).not.toBe(joined.passphrase);
		for (const word of reset.passphrase.split(' ')) expect(WORDS_EN).toContain(word);
		expect((await actorBehind(joined.cookie)).kind).toBe('anonymous');
		expect((await actorBehind(otherDevice)).kind).toBe('anonymous');
		await failsWith(attemptSignIn(joinCode, 'Orque', joined.passphrase), SIGN_IN_FAILED);
		expect(await signBackIn(joinCode, 'Orque', reset.passphrase)).toMatchObject({
			kind: 'participant',
			pseudonym: 'Orque'
		});
	});

	it('is refused to a facilitator of another group, but allowed to a coordinator of the organisation', async () => {
		const { organisationId, facilitator, groupId, joinCode } = await groupRunBy();
		const card = await addParticipant(facilitator, groupId, 'Galet', 'fr');
		const otherFacilitator = await staff(organisationId, 'facilitator');
		await createGroup(otherFacilitator, organisationId, {
			name: 'Autre groupe',
			expiresInDays: null,
			approvalRequired: true
		});
		for (const outsider of [
			otherFacilitator,
			await staff(organisationId, 'professional'),
			await staff(organisationId, 'researcher'),
			admin,
			anonymous
		]) {
			await refused(resetPassphrase(outsider, card.participantId, 'fr', groupId));
		}
		expect(await signBackIn(joinCode, 'Galet', card.passphrase)).toMatchObject({
			kind: 'participant'
		});
		const coordinator = await staff(organisationId, 'coordinator');
		const reset = await resetPassphrase(coordinator, card.participantId, 'fr', groupId);
		await failsWith(attemptSignIn(joinCode, 'Galet', card.passphrase), SIGN_IN_FAILED);
		expect(await signBackIn(joinCode, 'Galet', reset.passphrase)).toMatchObject({
			kind: 'participant',
			pseudonym: 'Galet'
		});
	});

	it('answers about a participant who does not exist exactly as about one who is not yours', async () => {
		const { facilitator, groupId } = await groupRunBy();
		const other = await groupRunBy();
		const notHere = await addParticipant(other.facilitator, other.groupId, 'Hibou', 'fr');
		for (const participantId of [randomUUID(), notHere.participantId]) {
			await refused(resetPassphrase(facilitator, participantId, 'fr', groupId));
			await refused(renameParticipant(facilitator, participantId, 'Hibou', groupId));
		}
	});
});

describe('renaming a participant', () => {
	it('changes the pseudonym she signs in with and is shown under', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy();
		const card = await addParticipant(facilitator, groupId, 'Brume', 'fr');
		await renameParticipant(facilitator, card.participantId, 'Aurore', groupId);
		const account = await userOf(card.participantId);
		expect(account.name).toBe('Aurore');
		expect(await participantActor(account.id)).toMatchObject({ pseudonym: 'Aurore' });
		expect((await groupDetails(facilitator, groupId)).participants.map((p) => p.pseudonym)).toEqual(
			['Aurore']
		);
		await failsWith(attemptSignIn(joinCode, 'Brume', card.passphrase), SIGN_IN_FAILED);
		expect(await signBackIn(joinCode, 'aurore', card.passphrase)).toMatchObject({
			kind: 'participant',
			pseudonym: 'Aurore'
		});
	});

	it('applies the same checks as joining: no personal information, no pseudonym already taken', async () => {
		const { facilitator, groupId } = await groupRunBy();
		const brume = await addParticipant(facilitator, groupId, 'Brume', 'fr');
		await addParticipant(facilitator, groupId, 'Comète', 'fr');
		await failsWith(
			renameParticipant(facilitator, brume.participantId, 'Marie Tremblay', groupId),
			'identity.pseudonym_name'
		);
		await failsWith(
			renameParticipant(facilitator, brume.participantId, '514 555 1234', groupId),
			'identity.pseudonym_phone'
		);
		await failsWith(
			renameParticipant(facilitator, brume.participantId, 'COMETE', groupId),
			'identity.pseudonym_taken'
		);
		expect((await groupDetails(facilitator, groupId)).participants.map((p) => p.pseudonym)).toEqual(
			['Brume', 'Comète']
		);
		// Her own pseudonym, written differently, is not "taken".
		await renameParticipant(facilitator, brume.participantId, 'BRUME', groupId);
		expect((await userOf(brume.participantId)).name).toBe('BRUME');
	});

	it('is refused to a facilitator of another group and to staff of another organisation', async () => {
		const { organisationId, facilitator, groupId } = await groupRunBy();
		const card = await addParticipant(facilitator, groupId, 'Cactus', 'fr');
		const otherFacilitator = await staff(organisationId, 'facilitator');
		await createGroup(otherFacilitator, organisationId, {
			name: 'Autre groupe',
			expiresInDays: null,
			approvalRequired: true
		});
		const elsewhere = await newOrganisation();
		for (const outsider of [
			otherFacilitator,
			await staff(organisationId, 'professional'),
			await staff(elsewhere, 'coordinator'),
			admin
		]) {
			await refused(renameParticipant(outsider, card.participantId, 'Papillon', groupId));
		}
		expect((await userOf(card.participantId)).name).toBe('Cactus');
		await renameParticipant(
			await staff(organisationId, 'coordinator'),
			card.participantId,
			'Papillon',
			groupId
		);
		expect((await userOf(card.participantId)).name).toBe('Papillon');
	});
});

describe('the participant behind an account', () => {
	it('is her pseudonym in her group, and nobody for an adult account', async () => {
		const { organisationId, facilitator, groupId } = await groupRunBy('Les Koalas');
		const card = await addParticipant(facilitator, groupId, 'Kiwi', 'fr');
		const account = await userOf(card.participantId);
		expect(await participantActor(account.id)).toEqual({
			kind: 'participant',
			userId: account.id,
			participantId: card.participantId,
			organisationId,
			groups: [{ id: groupId, name: 'Les Koalas' }],
			pseudonym: 'Kiwi'
		});
		expect(await participantActor(facilitator.userId)).toBeNull();
	});

	it('cannot manage her own group nor reset anyone’s pass-phrase', async () => {
		const { organisationId, groupId, joinCode } = await groupRunBy();
		const { cookie } = await join(joinCode, 'Tigre');
		const teen = await actorBehind(cookie);
		expect(teen.kind).toBe('participant');
		const self = teen.kind === 'participant' ? teen.participantId : '';
		await refused(groupDetails(teen, groupId));
		await refused(listGroups(teen, organisationId));
		await refused(rotateJoinCode(teen, groupId));
		await refused(addParticipant(teen, groupId, 'Hibou', 'fr'));
		await refused(resetPassphrase(teen, self, 'fr', groupId));
		await refused(renameParticipant(teen, self, 'Lionne', groupId));
	});
});

describe('what is kept about a teen', () => {
	it('is no e-mail but the never-mailed placeholder, however her account was made or changed', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy();
		await join(joinCode, 'Soleil');
		await addParticipants(facilitator, groupId, ['Framboise', 'Mangue'], 'fr');
		const card = await addParticipant(facilitator, groupId, 'Papillon', 'fr');
		await renameParticipant(facilitator, card.participantId, 'Nuage', groupId);
		await resetPassphrase(facilitator, card.participantId, 'fr', groupId);

		const rows = await db()
			.select({ participant, email: user.email })
			.from(participant)
			.innerJoin(user, eq(user.id, participant.userId));
		expect(rows.length).toBeGreaterThanOrEqual(4);
		for (const row of rows) {
			expect(row.email).toBe(`${row.participant.id}@participants.invalid`);
			// A teen's row holds her pseudonym and links, nothing else.
			expect(Object.keys(row.participant).sort()).toEqual(
				[
					'createdAt',
					'createdBy',
					'id',
					'organisationId',
					'passphraseFromAdult',
					'pseudonym',
					'pseudonymKey',
					'userId'
				].sort()
			);
		}
		const elsewhere = await db()
			.select({ email: user.email })
			.from(participant)
			.innerJoin(user, eq(user.id, participant.userId))
			.where(notLike(user.email, '%@participants.invalid'));
		expect(elsewhere).toEqual([]);
	});
});

describe('tenant isolation', () => {
	it('keeps every group and participant of one organisation out of reach of another organisation’s staff', async () => {
		const a = await groupRunBy('Groupe A');
		const card = await addParticipant(a.facilitator, a.groupId, 'Luciole', 'fr');
		const before = await groupDetails(a.facilitator, a.groupId);
		const b = await newOrganisation();
		const outsiders = [
			await staff(b, 'coordinator'),
			await staff(b, 'facilitator'),
			// Coordinator at B and only a professional at A: B's role gives nothing at A.
			await createAdult({
				memberships: { [b]: 'coordinator', [a.organisationId]: 'professional' }
			})
		];
		const beforeCounts = await rowCounts();
		for (const outsider of outsiders) {
			await refused(listGroups(outsider, a.organisationId));
			await refused(
				createGroup(outsider, a.organisationId, {
					name: 'Intrus',
					expiresInDays: null,
					approvalRequired: true
				})
			);
			await refused(groupDetails(outsider, a.groupId));
			await refused(rotateJoinCode(outsider, a.groupId));
			await refused(setJoining(outsider, a.groupId, false, null));
			await refused(addParticipant(outsider, a.groupId, 'Intruse', 'fr'));
			await refused(addParticipants(outsider, a.groupId, ['Intruse'], 'fr'));
			await refused(resetPassphrase(outsider, card.participantId, 'fr', a.groupId));
			await refused(renameParticipant(outsider, card.participantId, 'Intruse', a.groupId));
		}
		expect(await rowCounts()).toEqual(beforeCounts);
		expect(await groupDetails(a.facilitator, a.groupId)).toEqual(before);
		expect(await signBackIn(a.joinCode, 'Luciole', card.passphrase)).toMatchObject({
			kind: 'participant',
			organisationId: a.organisationId
		});
	});
});

describe('a reused session checked again', () => {
	type Teen = Awaited<ReturnType<typeof groupRunBy>> & {
		cookie: string;
		userId: string;
		participantId: string;
	};
	/** A teen signed in (on a shared device or not) whose session a live vote reuses. */
	async function reusedTeen(pseudonym: string, sharedDevice = false): Promise<Teen> {
		const group = await groupRunBy(`Groupe ${pseudonym}`);
		const { passphrase, cookie: joined } = await join(group.joinCode, pseudonym);
		const cookie = sharedDevice
			? (await attemptSignIn(group.joinCode, pseudonym, passphrase, true)).cookie
			: joined;
		const { result } = await inRequest(() =>
			resolveSession(new Headers({ cookie }), undefined, Date.now(), { reuse: true })
		);
		if (result.actor.kind !== 'participant') throw new Error('not signed in as a teen');
		return {
			...group,
			cookie,
			userId: result.actor.userId,
			participantId: result.actor.participantId
		};
	}
	const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

	const cases: {
		change: string;
		live: boolean;
		sharedDevice?: boolean;
		/** Whether the check extends the session (as a request would); otherwise its row stays as it was. */
		extends?: boolean;
		apply(teen: Teen): Promise<unknown>;
	}[] = [
		{ change: 'nothing changed', live: true, apply: async () => {} },
		{
			change: 'renamed by her facilitator',
			live: true,
			apply: (teen) =>
				renameParticipant(teen.facilitator, teen.participantId, 'Marmotte', teen.groupId)
		},
		{
			change: 'added to a second group',
			live: true,
			apply: async (teen) => {
				const second = await createGroup(teen.facilitator, teen.organisationId, {
					name: 'Le deuxième groupe',
					expiresInDays: null,
					approvalRequired: false
				});
				await addExistingParticipant(teen.facilitator, second, teen.participantId);
			}
		},
		{
			change: 'her account suspended',
			live: false,
			apply: (teen) => db().update(user).set({ banned: true }).where(eq(user.id, teen.userId))
		},
		{
			change: 'her session gone from the database',
			live: false,
			apply: (teen) => db().delete(session).where(eq(session.userId, teen.userId))
		},
		{
			change: 'idle for longer than a shared device allows',
			live: false,
			sharedDevice: true,
			apply: (teen) =>
				db()
					.update(session)
					.set({ updatedAt: minutesAgo(SHARED_DEVICE_IDLE_LIMIT_MS / 60_000 + 1) })
					.where(eq(session.userId, teen.userId))
		},
		{
			change: 'signed in longer ago than a teen’s session lasts',
			live: false,
			apply: (teen) =>
				db()
					.update(session)
					.set({ createdAt: minutesAgo(config().sessionLifetimeMs.youth / 60_000 + 1) })
					.where(eq(session.userId, teen.userId))
		},
		{
			change: 'close to its idle limit, which her activity pushes back',
			live: true,
			extends: true,
			apply: (teen) =>
				db()
					.update(session)
					.set({ expiresAt: new Date(Date.now() + 20 * 60_000), updatedAt: minutesAgo(10) })
					.where(eq(session.userId, teen.userId))
		},
		{
			change: 'on a shared device, close to its idle limit, which her activity pushes back too',
			live: true,
			sharedDevice: true,
			extends: true,
			apply: (teen) =>
				db()
					.update(session)
					.set({ updatedAt: minutesAgo(8) })
					.where(eq(session.userId, teen.userId))
		}
	];

	/** Her session's row (she may have another, from joining, before she signed in on a shared device). */
	const sessionRow = async (token: string) =>
		(
			await db()
				.select({ expiresAt: session.expiresAt, updatedAt: session.updatedAt })
				.from(session)
				.where(eq(session.token, token))
		)[0];

	for (const { change, live, sharedDevice, extends: extended, apply } of cases)
		it(`comes to what a full resolution finds when ${change}`, async () => {
			const teen = await reusedTeen(
				`Castor ${cases.findIndex((each) => each.change === change)}`,
				sharedDevice
			);
			await apply(teen);
			const due = reusedSession(teen.cookie, Date.now() + REUSE_MS * 0.96)?.due;
			expect(due).toBeDefined();
			const before = await sessionRow(due!.token);
			const now = Date.now();
			await recheckSessions([due!], now);
			// The full resolution below reads what the check left: the check must not have changed more than a
			// request would (a session that ended is not extended; a shared device's keeps its expiry).
			const after = await sessionRow(due!.token);
			if (!extended) expect(after).toEqual(before);
			else
				expect(after).toEqual({
					updatedAt: new Date(now),
					// A shared device's session ends 10 minutes after its last activity: its expiry stays.
					expiresAt: sharedDevice ? before!.expiresAt : new Date(now + 30 * 60_000)
				});
			const rechecked = reusedSession(teen.cookie, Date.now())?.resolved;
			const { result: full } = await inRequest(() =>
				resolveSession(new Headers({ cookie: teen.cookie }), undefined, Date.now())
			);
			expect(full.actor.kind).toBe(live ? 'participant' : 'anonymous');
			if (live) expect(rechecked).toEqual(full);
			else expect(rechecked).toBeUndefined();
		});

	it('extends her session for the activity that asked for the check, as a request would', async () => {
		const teen = await reusedTeen('Hermine');
		const close = new Date(Date.now() + 20 * 60_000);
		await db().update(session).set({ expiresAt: close }).where(eq(session.userId, teen.userId));
		const due = reusedSession(teen.cookie, Date.now() + REUSE_MS * 0.96)?.due;
		const now = Date.now();
		await recheckSessions([due!], now);
		const [row] = await db()
			.select({ expiresAt: session.expiresAt })
			.from(session)
			.where(eq(session.userId, teen.userId));
		expect(row!.expiresAt.getTime()).toBe(now + 30 * 60_000);
		expect(reusedSession(teen.cookie, now)?.resolved.deadline).toBe(now + 30 * 60_000);
	});

	it('is checked again in the background late in its minute, so a rename reaches her votes without her waiting', async () => {
		const { facilitator, groupId, joinCode } = await groupRunBy('Les Reprises');
		const { cookie } = await join(joinCode, 'Castor');
		const now = Date.now();
		const { result } = await inRequest(() =>
			resolveSession(new Headers({ cookie }), undefined, now, { reuse: true })
		);
		expect(result.actor.kind).toBe('participant');
		const participantId = (result.actor as { participantId: string }).participantId;
		await renameParticipant(facilitator, participantId, 'Marmotte', groupId);
		const pseudonym = (at: number) =>
			(recentTeenSession(cookie, at)?.actor as { pseudonym?: string } | undefined)?.pseudonym;
		// Early in its minute the session is reused as it was.
		expect(pseudonym(now + 1000)).toBe('Castor');
		// Late in it, still answered at once as it was, and resolved again behind.
		expect(pseudonym(now + REUSE_MS * 0.97)).toBe('Castor');
		let renamed: string | undefined;
		for (let waited = 0; waited < 5000 && renamed !== 'Marmotte'; waited += 20) {
			await new Promise((resolve) => setTimeout(resolve, 20));
			renamed = pseudonym(Date.now());
		}
		expect(renamed).toBe('Marmotte');
	});
});
