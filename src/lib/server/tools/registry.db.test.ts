// A throw-away kind of workshop tool gets a working content store from its registry entry alone; and a kind
// whose documents name files is never stored unchecked.
import { describe, expect, it } from 'vitest';
import { emptyVideo } from '#lib/domain/media/video.ts';
import { videoKind } from '#lib/domain/media/kind.ts';
import { quizKind } from '#lib/domain/tools/test-kinds.ts';
import type { AnyToolKind } from '#lib/domain/tools/tool-kind.ts';
import { useTestDatabase } from '../db/test-database.ts';
import { createOrganisation } from '../identity/organisations.ts';
import { createAdult, failsWith } from '../identity/test-people.ts';
import { storeForKind } from './service.ts';

useTestDatabase();

describe('a store made from a registry entry', () => {
	it('drafts, checks, publishes and serves a throw-away kind like any tool', async () => {
		const admin = await createAdult({ admin: true });
		const organisationId = await createOrganisation(admin, { name: 'Organisme' });
		const coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
		const teen = { kind: 'participant', organisationId } as const;
		const quizzes = storeForKind(quizKind as unknown as AnyToolKind);
		const id = await quizzes.create(coordinator, organisationId, {
			title: { fr: '', en: '' },
			questions: []
		});
		await failsWith(quizzes.publish(coordinator, id), 'content.not_publishable');
		await failsWith(
			quizzes.saveDraft(coordinator, id, 0, { title: { fr: 'x', en: 'x' }, extra: 1 }),
			'content.invalid_document'
		);
		await quizzes.saveDraft(coordinator, id, 0, {
			title: { fr: 'Quiz', en: 'Quiz' },
			questions: [{ fr: 'Q ?', en: 'Q?' }]
		});
		expect(await quizzes.publish(coordinator, id)).toBe(1);
		const published = await quizzes.version(teen as never, id, 'latest');
		expect(published.document).toEqual({
			title: { fr: 'Quiz', en: 'Quiz' },
			questions: [{ fr: 'Q ?', en: 'Q?' }]
		});
	});

	it('refuses to store a document naming files when no module checks them', async () => {
		const admin = await createAdult({ admin: true });
		const organisationId = await createOrganisation(admin, { name: 'Organisme' });
		const coordinator = await createAdult({ memberships: { [organisationId]: 'coordinator' } });
		const videos = storeForKind(videoKind as unknown as AnyToolKind);
		const named = { ...emptyVideo({ fr: 'V', en: 'V' }), video: crypto.randomUUID() };
		await expect(videos.create(coordinator, organisationId, named)).rejects.toThrow(
			'No module checks the files documents name.'
		);
	});
});
