// Workshop tools over HTTP: the sample video is served with byte ranges and the right caching for each
// person, uploads are checked by content and size and never leave half a file, drafts refuse hostile or
// stale saves, and the play and print pages render what was published.
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyVideo } from '#lib/domain/media/video.ts';
import { startApp, type RunningApp } from '../support/app.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let platform: Platform;
beforeAll(async () => {
	app = await startApp();
	platform = await populatedPlatform(app);
});
afterAll(async () => {
	await app.stop();
});

const sample = (name: string) => fs.readFile(path.resolve('assets/sample-video', name));

function media(who: { jar: { header(): string } } | null, id: string, headers = {}) {
	return fetch(`${app.url}/media/${id}`, {
		headers: { ...(who ? { cookie: who.jar.header() } : {}), ...headers }
	});
}

describe('the sample video', () => {
	it('is served whole, then by byte range, as the browser’s player asks', async () => {
		const whole = await media(platform.participant, platform.videoFile);
		expect(whole.status).toBe(200);
		expect(whole.headers.get('content-type')).toBe('video/webm');
		expect(whole.headers.get('accept-ranges')).toBe('bytes');
		const bytes = new Uint8Array(await whole.arrayBuffer());
		expect(Buffer.from(bytes).equals(await sample('video.webm'))).toBe(true);

		const part = await media(platform.participant, platform.videoFile, { range: 'bytes=100-199' });
		expect(part.status).toBe(206);
		expect(part.headers.get('content-range')).toBe(`bytes 100-199/${bytes.length}`);
		expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200));

		const tail = await media(platform.facilitator, platform.videoFile, { range: 'bytes=-50' });
		expect(tail.status).toBe(206);
		expect(new Uint8Array(await tail.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 50));

		const outside = await media(platform.facilitator, platform.videoFile, {
			range: `bytes=${bytes.length + 10}-`
		});
		expect(outside.status).toBe(416);
		expect(outside.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
	});

	it('lets adults keep their copy, revalidated by ETag, and tells a teen’s browser to keep nothing', async () => {
		const adult = await media(platform.facilitator, platform.videoFile);
		expect(adult.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
		const etag = adult.headers.get('etag')!;
		expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
		const again = await media(platform.facilitator, platform.videoFile, { 'if-none-match': etag });
		expect(again.status).toBe(304);

		const teen = await media(platform.participant, platform.videoFile);
		expect(teen.headers.get('cache-control')).toBe('no-store');
	});

	it('has captions in French and in English, served as WebVTT', async () => {
		const player = await (await platform.participant.get(`/play/videos/${platform.video}`)).text();
		const tracks = [
			...player.matchAll(/<track[^>]*src="\/media\/([0-9a-f-]{36})"[^>]*srclang="(fr|en)"/g)
		];
		expect(tracks.map((track) => track[2]).sort()).toEqual(['en', 'fr']);
		for (const [, id, locale] of tracks) {
			const captions = await media(platform.participant, id!);
			expect(captions.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
			expect(await captions.text()).toBe((await sample(`captions.${locale}.vtt`)).toString());
		}
	});

	it('is not shown to people outside the organisation, or to no one signed in', async () => {
		expect((await media(null, platform.videoFile)).status).toBe(404);
		expect((await media(platform.otherCoordinator, platform.videoFile)).status).toBe(404);
		expect((await media(platform.researcher, platform.videoFile)).status).toBe(404);
	});
});

/** Sends a whole file through the upload endpoints as the coordinator, in chunks of `chunk` bytes. */
async function upload(
	videoId: string,
	kind: string,
	bytes: Uint8Array<ArrayBuffer>,
	chunk = 64 * 1024
) {
	const who = platform.coordinator;
	const begun = await who.send('POST', '/media/uploads', { videoId, kind, bytes: bytes.length });
	if (begun.status !== 201) return { status: begun.status, body: await begun.json() };
	const { uploadId } = (await begun.json()) as { uploadId: string };
	for (let offset = 0; offset < bytes.length; offset += chunk) {
		const answer = await fetch(`${app.url}/media/uploads/${uploadId}?offset=${offset}`, {
			method: 'PUT',
			headers: {
				cookie: who.jar.header(),
				origin: app.url,
				'content-type': 'application/octet-stream'
			},
			body: bytes.slice(offset, offset + chunk)
		});
		if (answer.status !== 200)
			return { status: answer.status, body: await answer.json(), uploadId };
	}
	const finished = await who.send('POST', `/media/uploads/${uploadId}`, {});
	return { status: finished.status, body: await finished.json(), uploadId };
}

async function newVideo(): Promise<string> {
	const created = await platform.coordinator.post('/tools?/create', {
		kind: 'videos',
		titleFr: 'Essai vidéo',
		titleEn: 'Video trial'
	});
	expect(created.status).toBe(303);
	return created.headers.get('location')!.split('/')[3]!;
}

async function storedFiles(): Promise<string[]> {
	const root = path.join(app.dataDir, 'media', 'files');
	const dirs = await fs.readdir(root).catch(() => []);
	const names = await Promise.all(dirs.map((dir) => fs.readdir(path.join(root, dir))));
	return names.flat().sort();
}

describe('uploading a video’s files', () => {
	it('stores a file sent in chunks, and the draft can then use it', async () => {
		const videoId = await newVideo();
		// The sample film with a few more bytes: a file of its own, in no published video yet.
		const film = new Uint8Array([...(await sample('video.webm')), ...new Uint8Array(16)]);
		const sent = await upload(videoId, 'video', film, 30 * 1024);
		expect(sent.status).toBe(200);
		const file = (sent.body as { file: { id: string; mimeType: string; bytes: number } }).file;
		expect(file).toMatchObject({ mimeType: 'video/webm', bytes: film.length });

		const document = { ...emptyVideo({ fr: 'Essai vidéo', en: 'Video trial' }), video: file.id };
		const saved = await platform.coordinator.put(`/tools/videos/${videoId}/draft`, {
			revision: 0,
			document
		});
		expect(saved.status).toBe(200);
		const problems = ((await saved.json()) as { problems: { key: string }[] }).problems;
		expect(problems.map((problem) => problem.key)).toContain('media.problem_no_captions');
		expect(problems.map((problem) => problem.key)).not.toContain('media.problem_no_video');

		// The draft's file is for staff; a teen sees files of published videos only.
		expect((await media(platform.coordinator, file.id)).status).toBe(200);
		expect((await media(platform.participant, file.id)).status).toBe(404);
	});

	it('refuses a file whose content is not of its kind, whatever its name, and keeps nothing of it', async () => {
		const videoId = await newVideo();
		const before = await storedFiles();
		const fake = new TextEncoder().encode('<html><script>alert(1)</script></html>'.repeat(200));
		const sent = await upload(videoId, 'video', fake);
		expect(sent.status).toBe(422);
		expect(sent.body).toEqual({ error: 'media.wrong_type', values: { expected: 'MP4, WebM' } });
		expect(await storedFiles()).toEqual(before);
		// The refused upload is gone: it cannot be finished later.
		const finish = await platform.coordinator.send('POST', `/media/uploads/${sent.uploadId}`, {});
		expect(finish.status).toBe(404);
	});

	it('refuses captions that are not valid WebVTT, saying on which line', async () => {
		const videoId = await newVideo();
		const bad = new TextEncoder().encode('WEBVTT\n\n00:01.000 --> 00:00.500\nBackwards\n');
		const sent = await upload(videoId, 'captions', bad);
		expect(sent.status).toBe(422);
		expect(sent.body).toEqual({ error: 'media.bad_captions', values: { line: 3 } });
	});

	it('refuses a file over the limit before a byte is sent, and a chunk out of order', async () => {
		const videoId = await newVideo();
		const huge = await platform.coordinator.send('POST', '/media/uploads', {
			videoId,
			kind: 'poster',
			bytes: 6 * 1024 * 1024
		});
		expect(huge.status).toBe(413);
		expect(await huge.json()).toEqual({ error: 'media.too_large', values: { max: 5 } });

		const begun = await platform.coordinator.send('POST', '/media/uploads', {
			videoId,
			kind: 'poster',
			bytes: 1000
		});
		const { uploadId } = (await begun.json()) as { uploadId: string };
		const skipped = await fetch(`${app.url}/media/uploads/${uploadId}?offset=500`, {
			method: 'PUT',
			headers: { cookie: platform.coordinator.jar.header(), origin: app.url },
			body: new Uint8Array(10)
		});
		expect(skipped.status).toBe(409);
		expect(await skipped.json()).toEqual({ error: 'media.bad_offset', values: { expected: 0 } });
		const early = await platform.coordinator.send('POST', `/media/uploads/${uploadId}`, {});
		expect(early.status).toBe(409);
		// Someone else cannot add to it, finish it or see it.
		const other = await platform.otherCoordinator.send('GET', `/media/uploads/${uploadId}`);
		expect(other.status).toBe(404);
	});

	it('refuses a draft that points at another organisation’s file, or at a file of the wrong kind', async () => {
		const videoId = await newVideo();
		const edit = await platform.coordinator.get(`/tools/videos/${videoId}/edit`);
		expect(edit.status).toBe(200);
		const document = (video: string | null, poster: string | null) => ({
			...emptyVideo({ fr: 'Essai', en: 'Trial' }),
			video,
			poster
		});
		const wrongKind = await platform.coordinator.put(`/tools/videos/${videoId}/draft`, {
			revision: 0,
			document: document(null, platform.videoFile)
		});
		expect(wrongKind.status).toBe(400);
		const unknown = await platform.coordinator.put(`/tools/videos/${videoId}/draft`, {
			revision: 0,
			document: document('00000000-0000-4000-8000-000000000000', null)
		});
		expect(unknown.status).toBe(400);
		const other = await platform.otherCoordinator.post('/tools?/create', {
			kind: 'videos',
			titleFr: 'Autre',
			titleEn: 'Other'
		});
		const otherId = other.headers.get('location')!.split('/')[3]!;
		const borrowed = await platform.otherCoordinator.put(`/tools/videos/${otherId}/draft`, {
			revision: 0,
			document: document(platform.videoFile, null)
		});
		expect(borrowed.status).toBe(400);
	});
});

describe('drafts and players of decks and scenarios', () => {
	it('refuse a hostile or stale autosave and keep the saved draft', async () => {
		const created = await platform.coordinator.post('/tools?/create', {
			kind: 'decks',
			titleFr: 'Essai',
			titleEn: 'Trial'
		});
		const deckId = created.headers.get('location')!.split('/')[3]!;
		const url = `/tools/decks/${deckId}/draft`;
		const deck = (title: string) => ({
			schemaVersion: 1,
			title: { fr: title, en: title },
			description: { fr: '', en: '' },
			languages: ['fr', 'en'],
			cards: []
		});
		expect(
			(await platform.coordinator.put(url, { revision: 0, document: deck('Un') })).status
		).toBe(200);
		const stale = await platform.coordinator.put(url, { revision: 0, document: deck('Deux') });
		expect(stale.status).toBe(409);
		expect(await stale.json()).toEqual({ error: 'content.save_conflict' });
		const hostile = await platform.coordinator.put(url, {
			revision: 1,
			document: { ...deck('Trois'), cards: [{ id: '<script>', extra: true }] }
		});
		expect(hostile.status).toBe(400);
		const deep = await fetch(`${app.url}${url}`, {
			method: 'PUT',
			headers: {
				cookie: platform.coordinator.jar.header(),
				origin: app.url,
				'content-type': 'application/json'
			},
			body: `{"revision":1,"document":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`
		});
		expect(deep.status).toBe(400);
		const page = await (await platform.coordinator.get(`/tools/decks/${deckId}/edit`)).text();
		expect(page).toContain('Un');
		expect(page).not.toContain('Trois');
	});

	it('play the published deck and scenario, and print the deck nine cards to a page', async () => {
		const deck = await (await platform.participant.get(`/play/decks/${platform.deck}`)).text();
		expect(deck).toContain('Mythe ou réalité\u202f? Tu peux aussi passer.');
		const scenario = await (
			await platform.participant.get(`/play/scenarios/${platform.scenario}`)
		).text();
		expect(scenario).toContain('Avant de commencer');
		const print = await (
			await platform.facilitator.get(`/tools/decks/${platform.deck}/print?lang=fr&paper=letter`)
		).text();
		const fronts = print.match(/class="sheet letter front[^"]*"/g) ?? [];
		const backs = print.match(/class="sheet letter back[^"]*"/g) ?? [];
		expect(fronts.length).toBeGreaterThanOrEqual(3);
		expect(backs.length).toBe(fronts.length);
		const places = print.match(/class="print-card[ "]/g) ?? [];
		expect(places.length).toBe(9 * (fronts.length + backs.length));
	});
});
