// Uploads on a real database: quotas on uploads in progress per person and per organisation, and ids that
// are not real ids answered as "not found".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/test-database.ts';
import type { UserActor } from '../platform/actor.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { createAdult, failsWith } from '../identity/test-people.ts';
import { createTool } from '../tools/service.ts';
import {
	abortUpload,
	beginUpload,
	registerMediaReactions,
	UPLOAD_QUOTAS,
	uploadStatus
} from './service.ts';

// The media store lives under DATA_DIR: a folder of this test's own.
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'pdn-media-'));

useTestDatabase();
registerMediaReactions();

const MB = 1024 * 1024;
let organisationId: string;
let coordinators: UserActor[];
let videoId: string;

beforeAll(async () => {
	const admin = await createAdult({ admin: true });
	organisationId = await createOrganisation(admin, { name: 'Organisme des vidéos' });
	coordinators = [];
	for (let index = 0; index < 3; index++)
		coordinators.push(await createAdult({ memberships: { [organisationId]: 'coordinator' } }));
	videoId = await createTool(coordinators[0]!, 'videos', organisationId, {
		fr: 'Film',
		en: 'Film'
	});
});

describe('uploads in progress', () => {
	it('are limited per person: a sixth open upload is refused until one is finished or given up', async () => {
		const [person] = coordinators;
		const open = [];
		for (let index = 0; index < UPLOAD_QUOTAS.openPerPerson; index++)
			open.push((await beginUpload(person!, videoId, 'captions', 100)).uploadId);
		await failsWith(beginUpload(person!, videoId, 'captions', 100), 'media.too_many_open_uploads');
		await abortUpload(person!, open.pop()!);
		const again = await beginUpload(person!, videoId, 'captions', 100);
		expect(again.uploadId).toMatch(/^[0-9a-f-]{36}$/);
		for (const uploadId of [...open, again.uploadId]) await abortUpload(person!, uploadId);
	});

	it('are limited per organisation by the bytes they will take, whoever begins them', async () => {
		const began: [UserActor, string][] = [];
		const size = 200 * MB;
		const fit = Math.floor(UPLOAD_QUOTAS.reservedBytesPerOrganisation / size);
		for (let index = 0; index < fit; index++) {
			const person = coordinators[index % coordinators.length]!;
			began.push([person, (await beginUpload(person, videoId, 'video', size)).uploadId]);
		}
		const last = coordinators[fit % coordinators.length]!;
		await failsWith(beginUpload(last, videoId, 'video', size), 'media.organisation_quota');
		const [person, uploadId] = began.pop()!;
		await abortUpload(person, uploadId);
		began.push([last, (await beginUpload(last, videoId, 'video', size)).uploadId]);
		for (const [owner, id] of began) await abortUpload(owner, id);
	});

	it('answer "not found" to an id that is not a real id, without asking the database', async () => {
		for (const hostile of ['-'.repeat(36), 'a'.repeat(36), "' or 1=1 --", '../../etc/passwd'])
			await failsWith(uploadStatus(coordinators[0]!, hostile), 'media.upload_not_found');
	});
});
