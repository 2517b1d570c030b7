// An adult whose account has a second factor accepts an invitation with both factors; when that adult is a
// platform administrator, the organisation's coordinators get a notice in the app.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { totp } from '../../../../tests/support/totp.ts';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { actorForUser } from './service.ts';
import type { UserActor } from '../platform/actor.ts';
import { dismissNotice, noticesFor } from '../platform/notices.ts';
import { acceptInvitation, inviteAdult, viewInvitation } from './invitations.ts';
import { createOrganisation, readOutboxAs } from './organisations.ts';
import { membership } from './schema.ts';
import {
	createAdult,
	emailOf,
	enrolAuthenticatorApp,
	failsWith,
	freshAddress,
	inRequest,
	refused,
	TEST_PASSWORD
} from './test-people.ts';

useTestDatabase();

let admin: UserActor;
let secret: string;
let organisationId: string;
let coordinator: UserActor;
let facilitator: UserActor;

beforeAll(async () => {
	admin = await createAdult({ admin: true, name: 'Camille Admin' });
	secret = await enrolAuthenticatorApp(admin);
	organisationId = await createOrganisation(admin, { name: 'Maison des jeunes' });
	coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
	facilitator = await createAdult({ memberships: { [organisationId]: 'facilitator' } });
});

async function invitationToken(email: string): Promise<string> {
	const mails = await readOutboxAs(admin);
	const mail = mails.find((entry) => entry.recipient === email)!;
	return mail.body.match(/\/invitation\/([A-Za-z0-9_-]{43})/)![1]!;
}

function accept(token: string, code?: string) {
	return inRequest(() =>
		acceptInvitation(
			token,
			{ name: '-', password: TEST_PASSWORD, code },
			new Headers(),
			freshAddress()
		)
	);
}

async function isMember(userId: string): Promise<boolean> {
	const rows = await db().select().from(membership).where(eq(membership.userId, userId));
	return rows.some((row) => row.organisationId === organisationId);
}

describe('a platform administrator joining an organisation', () => {
	it('is asked for a code from their app as well as their password, and joins only with both', async () => {
		const email = await emailOf(admin.userId);
		await inviteAdult(coordinator, organisationId, { email, role: 'coordinator' });
		const token = await invitationToken(email);
		expect(await viewInvitation(token)).toMatchObject({ accountExists: true, secondFactor: true });
		await failsWith(accept(token), 'identity.code_wrong');
		await failsWith(accept(token, '000000'), 'identity.code_wrong');
		expect(await isMember(admin.userId)).toBe(false);
		// The link still works after those refusals.
		const accepted = await accept(token, totp(secret));
		expect(accepted.result).toMatchObject({ organisationId, signedIn: false });
		expect(accepted.cookie).not.toContain('session_token');
		expect(await isMember(admin.userId)).toBe(true);
	});

	it('shows the organisation’s coordinators a notice, until each dismisses it; no one else sees it', async () => {
		const notices = await noticesFor(coordinator, organisationId);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({
			key: 'notices.administrator_joined',
			values: { name: 'Camille Admin', role: 'coordinator' }
		});
		const otherCoordinator = await createAdult({
			memberships: { [organisationId]: 'coordinator' }
		});
		expect(await noticesFor(otherCoordinator, organisationId)).toHaveLength(1);
		expect(await noticesFor(facilitator, organisationId)).toEqual([]);
		const outsider = await createAdult({
			memberships: { [await createOrganisation(admin, { name: 'Ailleurs' })]: 'coordinator' }
		});
		expect(await noticesFor(outsider, organisationId)).toEqual([]);
		await refused(dismissNotice(outsider, notices[0]!.id));
		await refused(dismissNotice(facilitator, notices[0]!.id));
		await dismissNotice(coordinator, notices[0]!.id);
		expect(await noticesFor(coordinator, organisationId)).toEqual([]);
		expect(await noticesFor(otherCoordinator, organisationId)).toHaveLength(1);
	});

	it('is not announced when an adult who is not an administrator joins', async () => {
		const before = await noticesFor(
			await actorForUser(coordinator.userId, organisationId),
			organisationId
		);
		const other = await createAdult();
		const email = await emailOf(other.userId);
		await inviteAdult(coordinator, organisationId, { email, role: 'professional' });
		const accepted = await accept(await invitationToken(email));
		expect(accepted.result.signedIn).toBe(true);
		expect(await noticesFor(coordinator, organisationId)).toEqual(before);
	});
});
