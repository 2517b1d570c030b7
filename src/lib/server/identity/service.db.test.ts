import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { anonymous, systemActor } from '../platform/actor.ts';
import { DomainError } from '../platform/errors.ts';
import { adminSetupToken, organisation, user } from './schema.ts';
import {
	completeAdminSetup,
	issueSetupLink,
	seedDemoOrganisation,
	setupLinkUsable,
	SETUP_LINK_LIFETIME_MS
} from './service.ts';

const system = systemActor('test');
const admin = {
	name: 'Alex Martin',
	email: 'alex@example.org',
	password: 'une longue phrase secrète'
};

async function expectDomainError(work: Promise<unknown>, code: string) {
	const error = await work.then(
		() => undefined,
		(failure: unknown) => failure
	);
	expect(error).toBeInstanceOf(DomainError);
	expect((error as DomainError).code).toBe(code);
}

describe('first administrator setup link', () => {
	useTestDatabase();

	it('is refused to anyone but the server itself', async () => {
		await expectDomainError(issueSetupLink(anonymous), 'errors.not_found_or_not_allowed');
	});

	it('issues tokens of which only the hash is stored, each usable until an administrator exists', async () => {
		const first = await issueSetupLink(system);
		const second = await issueSetupLink(system);
		expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(second).not.toBe(first);
		expect(await setupLinkUsable(first!)).toBe(true);
		expect(await setupLinkUsable(second!)).toBe(true);
		const stored = await db().select().from(adminSetupToken);
		expect(stored.map((row) => row.tokenHash)).not.toContain(first);
		expect(stored.map((row) => row.tokenHash)).not.toContain(second);
	});

	it('expires after 24 hours', async () => {
		const issuedAt = new Date('2026-01-01T10:00:00Z');
		const token = await issueSetupLink(system, db(), issuedAt);
		const justBefore = new Date(issuedAt.getTime() + SETUP_LINK_LIFETIME_MS - 1000);
		const justAfter = new Date(issuedAt.getTime() + SETUP_LINK_LIFETIME_MS + 1000);
		expect(await setupLinkUsable(token!, justBefore)).toBe(true);
		expect(await setupLinkUsable(token!, justAfter)).toBe(false);
		await expectDomainError(
			completeAdminSetup(anonymous, token!, admin, justAfter),
			'identity.setup_link_invalid'
		);
	});

	it('creates the administrator once, then no link works and none is issued again', async () => {
		const other = await issueSetupLink(system);
		const token = await issueSetupLink(system);
		await completeAdminSetup(anonymous, token!, admin);
		expect(await setupLinkUsable(other!)).toBe(false);
		await expectDomainError(
			completeAdminSetup(anonymous, other!, { ...admin, email: 'third@example.org' }),
			'identity.setup_link_invalid'
		);
		const [created] = await db().select().from(user).where(eq(user.email, admin.email));
		expect(created?.role).toBe('admin');
		expect(created?.name).toBe(admin.name);
		await expectDomainError(
			completeAdminSetup(anonymous, token!, { ...admin, email: 'other@example.org' }),
			'identity.setup_link_invalid'
		);
		expect(await issueSetupLink(system)).toBeNull();
		expect(await setupLinkUsable(token!)).toBe(false);
	});
});

describe('demo organisation seed', () => {
	useTestDatabase();

	it('creates the demo organisation on the first start only', async () => {
		expect(await seedDemoOrganisation(system)).toBe(true);
		expect(await seedDemoOrganisation(system)).toBe(false);
		const rows = await db().select().from(organisation);
		expect(rows).toHaveLength(1);
		expect(rows[0]?.isDemo).toBe(true);
	});

	it('is refused to people', async () => {
		await expectDomainError(seedDemoOrganisation(anonymous), 'errors.not_found_or_not_allowed');
	});
});
