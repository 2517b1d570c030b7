// When the database fails under every route, as every kind of person, the log holds the failures and none of
// the secrets or personal values the requests and queries carried: session tokens, pseudonyms, pass-phrases,
// join codes, e-mails, names, passwords, TOTP secrets, invitation and reset tokens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { idsOf, MATRIX, ROLES, sendRow, type Role } from '../support/authorisation-matrix.ts';
import { client, submitForm } from '../support/http.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';
import { createScratchDatabase, quoteIdentifier, runOnServer } from '../support/postgres.ts';

const serverUrl = process.env.TEST_DATABASE_URL!;
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let app: RunningApp;
let platform: Platform;
const secrets = new Map<string, string>();

function remember(label: string, value: string | undefined) {
	if (value && value.length >= 6) secrets.set(label, value);
}

/** The value of the session cookie a person's client holds. */
function sessionToken(person: ReturnType<typeof client>): string | undefined {
	return person.jar.entries().find(([name]) => name.includes('session_token'))?.[1];
}

async function outboxLink(pattern: RegExp, email: string): Promise<string> {
	const html = await (await platform.admin.get('/admin/outbox')).text();
	return html.slice(html.indexOf(email)).match(pattern)![0];
}

async function refuseConnections(refused: boolean) {
	await runOnServer(
		serverUrl,
		`alter database ${quoteIdentifier(database.name)} allow_connections ${refused ? 'false' : 'true'}`
	);
	if (refused)
		await runOnServer(
			serverUrl,
			`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database.name}'`
		);
}

beforeAll(async () => {
	database = await createScratchDatabase(serverUrl, 'pdn_logs');
	app = await startApp({ env: { DATABASE_URL: database.url, LOG_LEVEL: 'debug' } });
	platform = await populatedPlatform(app);
	// A waiting invitation and a reset link, so their tokens are secrets the log must not learn either.
	await platform.coordinator.post(`/organisations/${platform.organisation}?/invite`, {
		email: 'invitee.cachee@example.org',
		role: 'professional'
	});
	await submitForm(`${app.url}/password/forgot`, { email: platform.facilitator.email });
	const invitation = await outboxLink(
		/\/invitation\/[A-Za-z0-9_-]{43}/,
		'invitee.cachee@example.org'
	);
	const reset = await outboxLink(/\/password\/reset\/[A-Za-z0-9]{24}/, platform.facilitator.email);
	remember('invitation token', invitation.split('/').pop());
	remember('reset token', reset.split('/').pop());
	const people = {
		admin: platform.admin,
		coordinator: platform.coordinator,
		facilitator: platform.facilitator,
		professional: platform.professional,
		researcher: platform.researcher,
		otherCoordinator: platform.otherCoordinator
	};
	for (const [role, person] of Object.entries(people)) {
		remember(`${role} session`, sessionToken(person));
		remember(`${role} e-mail`, person.email);
		remember(`${role} TOTP secret`, person.secret);
	}
	remember('participant session', sessionToken(platform.participant));
	remember('password', platform.admin.password);
	remember('administrator name', 'Alex Martin');
	remember('pseudonym', 'Renard bleu');
	remember('pass-phrase', platform.participantPassphrase);
	remember('join code', platform.joinCode);
	remember('join code, unformatted', platform.joinCode.replace('-', ''));
	remember('invited e-mail', 'invitee.cachee@example.org');
	remember('new pseudonym', 'Loutre discrète');
	remember('new name', 'Dominique Secrète');
	await refuseConnections(true);
});

afterAll(async () => {
	await refuseConnections(false).catch(() => {});
	await app?.stop();
	await database?.drop();
});

describe('the log while the database refuses every connection', () => {
	// Every route as every person: a few thousand requests, more with each feature (a generous limit, no timing).
	it(
		'holds failures from every hook and every verb family, and no secret or personal value',
		{ timeout: 240_000 },
		async () => {
			expect(secrets.size).toBeGreaterThanOrEqual(20);
			const people = new Map<Role, ReturnType<typeof client>>([
				['anonymous', client(app.url)],
				['participant', platform.participant],
				['facilitator', platform.facilitator],
				['professional', platform.professional],
				['researcher', platform.researcher],
				['coordinator', platform.coordinator],
				['otherCoordinator', platform.otherCoordinator],
				['admin', platform.admin]
			]);
			const ids = idsOf(platform);
			const statuses = new Set<number>();
			// Every route of the authorisation matrix, as every kind of person: the session hook and each page's
			// verbs meet the failed database.
			// The database refuses everything, so nothing changes: each row is sent as every role at once.
			for (const rows of Object.values(MATRIX))
				for (const row of rows) {
					// Sign-out and quick exit end sessions: they come last, below.
					if (row.path(ids).startsWith('/sign-out') || row.path(ids) === '/exit') continue;
					const answers = await Promise.all(
						ROLES.map((role) => sendRow(people.get(role)!, row, role, ids))
					);
					for (const answer of answers) statuses.add(answer.status);
				}
			// The forms that carry secrets in their bodies.
			const anonymous = client(app.url);
			const posts: [string, Record<string, string>][] = [
				['/sign-in', { email: platform.coordinator.email, password: platform.admin.password }],
				['/sign-in/two-factor', { code: '123456' }],
				[
					'/sign-in/group',
					{
						code: platform.joinCode,
						pseudonym: 'Renard bleu',
						passphrase: platform.participantPassphrase
					}
				],
				['/join', { code: platform.joinCode, pseudonym: 'Loutre discrète' }],
				['/password/forgot', { email: platform.facilitator.email }],
				[
					`/invitation/${secrets.get('invitation token')}`,
					{ name: 'Dominique Secrète', password: platform.admin.password }
				],
				[`/password/reset/${secrets.get('reset token')}`, { password: platform.admin.password }],
				[`/groups/${platform.group}?/add`, { pseudonyms: 'Loutre discrète' }]
			];
			for (const [path, fields] of posts) {
				statuses.add((await anonymous.post(path, fields)).status);
				statuses.add((await platform.facilitator.post(path, fields)).status);
			}
			for (const person of people.values())
				statuses.add((await person.post('/sign-out', {})).status);
			// The database failed, and every answer said so politely: no process crash, no hang.
			expect([...statuses].some((status) => status >= 500)).toBe(true);

			await refuseConnections(false);
			const output = `${app.output()}\n${app.errors()}`;
			const found = [...secrets]
				.filter(([, value]) => output.includes(value))
				.map(([label]) => label);
			expect(found).toEqual([]);
			const errors = output
				.split('\n')
				.filter((line) => line.startsWith('{') && JSON.parse(line).level >= 50);
			// The failures are there, with what a developer needs: the kind, the code, our frames.
			expect(errors.length).toBeGreaterThan(100);
			expect(output).toContain('"msg":"session lookup failed"');
			expect(output).toContain('"msg":"unexpected error while responding"');
			expect(output).toMatch(/"code":"(55000|57P01|ECONNREFUSED|ECONNRESET)"/);
		}
	);

	it('recovers once the database accepts connections again', async () => {
		await refuseConnections(false);
		let ready = 0;
		for (let attempt = 0; attempt < 50 && ready !== 200; attempt++) {
			ready = (await fetch(`${app.url}/readyz`)).status;
			if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
		}
		expect(ready).toBe(200);
		const page = await client(app.url).get('/');
		expect(page.status).toBe(200);
	});
});
