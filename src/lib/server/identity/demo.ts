// A demonstration's people (`npm run demo`): one adult per role and two teens in a demo group of the demo
// organisation, who sign in in one click from the demo page. Everything here refuses to run unless the instance is
// a demonstration, which never runs on a real deployment's database (see `config().demo`).
import { createHmac, randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { db } from '../db/client.ts';
import type { Actor, OrganisationRole } from '../platform/actor.ts';
import { config } from '../platform/config.ts';
import { notFoundOrNotAllowed } from '../platform/errors.ts';
import { log } from '../platform/log.ts';
import { authorise } from '../platform/rights.ts';
import { sharedSecret } from '../platform/secrets.ts';
import { claimSeed } from '../platform/seeds.ts';
import { auth } from './auth.ts';
import { createGroup } from './groups.ts';
import { addParticipant } from './participants.ts';
import { demoPerson, membership, organisation, user } from './schema.ts';
import { actorForUser, landingFor, signOut } from './service.ts';

type DemoKind = OrganisationRole | 'teen';

export type DemoPerson = { userId: string; kind: DemoKind; name: string };

const ADULTS: { kind: OrganisationRole; name: string; email: string }[] = [
	{ kind: 'coordinator', name: 'Camille Demers', email: 'coordination@demo.invalid' },
	{ kind: 'facilitator', name: 'Samir Haddad', email: 'animation@demo.invalid' },
	{ kind: 'professional', name: 'Nadia Lefebvre', email: 'intervention@demo.invalid' },
	{ kind: 'researcher', name: 'Julie Tran', email: 'recherche@demo.invalid' }
];
/** The group's participants; the first two are the demo teens one can sign in as. */
const PSEUDONYMS = ['Luciole', 'Comète', 'Pivoine', 'Orage'];
const DEMO_TEENS = 2;
const DEMO_GROUP_NAME = 'Groupe de démonstration';

function refuseUnlessDemo(): void {
	if (!config().demo) throw notFoundOrNotAllowed();
}

/** A demo person's password: derived from the instance's own secret, so it is never stored or shown. */
async function passwordOf(userId: string): Promise<string> {
	const secret = await sharedSecret(db(), 'demo-people');
	return createHmac('sha256', secret).update(userId).digest('base64url');
}

/**
 * Creates the demo people once, in the demo organisation: the adults with their roles, the group run by the
 * facilitator, its participants. Does nothing unless the instance is a demonstration.
 */
export async function seedDemoPeople(actor: Actor): Promise<boolean> {
	const database = db();
	authorise(actor, 'identity.seed_demo');
	if (!config().demo) return false;
	if (!(await claimSeed('demo-people', database))) return false;
	const [demo] = await database
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.isDemo, true))
		.orderBy(asc(organisation.createdAt))
		.limit(1);
	if (!demo)
		throw new Error('The demo organisation is missing: the demo people cannot be created.');
	const api = (await auth()).api;
	const people: (typeof demoPerson.$inferInsert)[] = [];
	for (const adult of ADULTS) {
		// Created with a throw-away password, then given its derived one (which needs the account's id).
		const created = await api.createUser({
			body: {
				email: adult.email,
				name: adult.name,
				role: 'user',
				password: randomBytes(24).toString('base64url')
			}
		});
		await setPassword(created.user.id);
		await database
			.insert(membership)
			.values({ organisationId: demo.id, userId: created.user.id, role: adult.kind });
		people.push({ userId: created.user.id, kind: adult.kind, position: people.length });
	}
	const facilitator = await actorForUser(
		people.find((person) => person.kind === 'facilitator')!.userId,
		demo.id
	);
	const groupId = await createGroup(facilitator, demo.id, {
		name: DEMO_GROUP_NAME,
		expiresInDays: null,
		approvalRequired: false
	});
	for (const [index, pseudonym] of PSEUDONYMS.entries()) {
		const created = await addParticipant(facilitator, groupId, pseudonym, 'fr');
		if (index >= DEMO_TEENS) continue;
		await setPassword(created.userId);
		people.push({ userId: created.userId, kind: 'teen', position: people.length });
	}
	await database.insert(demoPerson).values(people);
	log.info({ module: 'identity', event: 'demo_people_created' }, 'demo people created');
	return true;
}

async function setPassword(userId: string): Promise<void> {
	const context = await (await auth()).$context;
	await context.internalAdapter.updatePassword(
		userId,
		await context.password.hash(await passwordOf(userId))
	);
}

/**
 * The demo people, in the demo page's order; "not found" unless the instance is a demonstration.
 * WARNING: no permission check — on a demonstration, anyone at the keyboard may be any of them.
 */
export async function listDemoPeople(): Promise<DemoPerson[]> {
	refuseUnlessDemo();
	return db()
		.select({ userId: demoPerson.userId, kind: demoPerson.kind, name: user.name })
		.from(demoPerson)
		.innerJoin(user, eq(user.id, demoPerson.userId))
		.orderBy(asc(demoPerson.position));
}

/**
 * Signs in as a demo person (whoever was signed in is signed out first) and returns where they land.
 * WARNING: no permission check — only on a demonstration, where this is the point; "not found" otherwise.
 */
export async function signInAsDemoPerson(userId: string, headers: Headers): Promise<string> {
	refuseUnlessDemo();
	const [person] = await db()
		.select({ kind: demoPerson.kind, email: user.email, username: user.username })
		.from(demoPerson)
		.innerJoin(user, eq(user.id, demoPerson.userId))
		.where(eq(demoPerson.userId, userId));
	if (!person) throw notFoundOrNotAllowed();
	await signOut(headers);
	const api = (await auth()).api;
	const password = await passwordOf(userId);
	if (person.kind === 'teen') {
		await api.signInUsername({
			body: { username: person.username!, password, rememberMe: true },
			headers
		});
		return '/';
	}
	await api.signInEmail({ body: { email: person.email, password, rememberMe: true }, headers });
	return landingFor(await actorForUser(userId));
}
