// Teens joining while the embedded app is killed (kill -9) again and again: every account that survives has
// its participant and its credential, and every teen told her pass-phrase can sign back in with it.
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite, type DatabaseHandle } from '../../src/lib/server/db/client.ts';
import { copyOfTemplateDataDir, startApp, type RunningApp } from '../support/app.ts';
import { firstAdministrator, invitedAdult } from '../support/people.ts';

const dataDir = copyOfTemplateDataDir();
// Each join comes from its own address, as a class of phones would: the per-address limit is tested elsewhere.
const env = { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' };
let app: RunningApp | undefined;
let database: DatabaseHandle | undefined;

afterAll(async () => {
	await app?.stop();
	await database?.close();
});

function killHard(running: RunningApp): Promise<unknown> {
	const exited = new Promise((resolve) => running.process.once('exit', resolve));
	running.process.kill('SIGKILL');
	return exited;
}

async function joinAs(url: string, code: string, pseudonym: string, address: string) {
	const response = await fetch(`${url}/join`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: url,
			'x-forwarded-for': address
		},
		body: new URLSearchParams({ code, pseudonym })
	});
	const html = await response.text();
	return html.match(/class="passphrase">([a-z ]+)</)?.[1];
}

describe('a crash while teens join', () => {
	// Five kills and restarts: about 30 s on an idle machine, so twice the usual time limit under a loaded CI.
	it(
		'never leaves an account without its participant, nor a teen with a pass-phrase that does not work',
		{
			timeout: 120_000
		},
		async () => {
			app = await startApp({ dataDir });
			const admin = await firstAdministrator(app);
			const organisation = (await (await admin.get('/admin')).text()).match(
				/\/organisations\/([0-9a-f-]{36})/
			)![1]!;
			const facilitator = await invitedAdult(
				app,
				admin,
				admin,
				organisation,
				'anim@example.org',
				'facilitator'
			);
			const created = await facilitator.post(`/organisations/${organisation}/groups?/create`, {
				name: 'Groupe',
				expiresInDays: ''
			});
			const group = created.headers.get('location')!.split('/').pop()!;
			await facilitator.post(`/groups/${group}?/limit`, { maxParticipants: '200' });
			const code = (await (await facilitator.get(`/groups/${group}`)).text()).match(
				/<code>([A-Z0-9]{4}-[A-Z0-9]{4})<\/code>/
			)![1]!;

			await app.stop();
			app = await startApp({ dataDir, env });

			const told = new Map<string, string>();
			for (let cycle = 0; cycle < 5; cycle++) {
				const running = app;
				let firstAnswer: () => void = () => {};
				const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
				const joins = Array.from({ length: 12 }, (_, index) => {
					const pseudonym = `Oiseau ${cycle}${String.fromCharCode(97 + index)}`;
					return joinAs(running.url, code, pseudonym, `10.0.${cycle}.${index + 1}`).then(
						(passphrase) => {
							if (passphrase) told.set(pseudonym, passphrase);
							firstAnswer();
						},
						() => undefined
					);
				});
				// Killed once some joins have answered and others are under way, a little later each time.
				await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 5000))]);
				await new Promise((resolve) => setTimeout(resolve, 20 + cycle * 40));
				await killHard(running);
				await Promise.all(joins);
				app = await startApp({ dataDir, env });
			}
			expect(told.size).toBeGreaterThan(0);
			for (const [pseudonym, passphrase] of told) {
				const back = await fetch(`${app.url}/sign-in/group`, {
					method: 'POST',
					redirect: 'manual',
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						accept: 'text/html',
						origin: app.url,
						'x-forwarded-for': '10.9.9.9'
					},
					body: new URLSearchParams({ code, pseudonym, passphrase })
				});
				expect(back.status, pseudonym).toBe(303);
			}
			await app.stop();
			app = undefined;

			database = await openPglite({ dataDir });
			const orphans = await database.pglite!.query<{ n: number }>(
				`select count(*)::int as n from "user" u
			 where u.email like '%@participants.invalid'
			 and (not exists (select 1 from participant p where p.user_id = u.id)
			      or not exists (select 1 from account a where a.user_id = u.id))`
			);
			expect(orphans.rows[0]!.n).toBe(0);
		}
	);
});
