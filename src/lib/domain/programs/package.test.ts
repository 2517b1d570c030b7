import { describe, expect, it } from 'vitest';
import { emptyDeck, newCard, type DeckDocument } from '../cards/deck.ts';
import { emptyVideo, type VideoDocument } from '../media/video.ts';
import { emptyScenario } from '../scenarios/scenario.ts';
import {
	buildPackage,
	nestingDepth,
	PACKAGE_MAX_BYTES,
	packagedTools,
	readPackage,
	type PackagedTool
} from './package.ts';
import { completeProgram } from './test-documents.ts';

const valid = () => buildPackage(2, completeProgram(), [], new Date('2026-11-23T00:00:00Z'));

describe('content packages', () => {
	it('read back what was exported', () => {
		const read = readPackage(JSON.stringify(valid()));
		expect(read).toEqual({ ok: true, value: valid() });
	});

	it('refuse a file that is too large before reading it', () => {
		const huge = JSON.stringify({ ...valid(), padding: 'x'.repeat(PACKAGE_MAX_BYTES) });
		expect(readPackage(huge)).toEqual({ ok: false, problem: { key: 'packages.too_large' } });
	});

	it('refuse deep nesting before parsing it', () => {
		const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
		expect(nestingDepth(deep)).toBe(5000);
		expect(readPackage(deep)).toEqual({ ok: false, problem: { key: 'packages.too_deep' } });
	});

	it('refuse what is not JSON', () => {
		expect(readPackage('{"format": ')).toEqual({
			ok: false,
			problem: { key: 'packages.not_json' }
		});
	});

	it('refuse wrong types and unknown fields, saying where', () => {
		const wrongType = valid() as unknown as { program: { document: { ageMin: unknown } } };
		wrongType.program.document.ageMin = 'twelve';
		expect(readPackage(JSON.stringify(wrongType))).toEqual({
			ok: false,
			problem: { key: 'packages.invalid', detail: 'program.document.ageMin' }
		});
		expect(readPackage(JSON.stringify({ ...valid(), extra: true }))).toMatchObject({
			ok: false,
			problem: { key: 'packages.invalid' }
		});
	});

	it('refuse script or any HTML in a text, saying where', () => {
		const hostile = valid();
		hostile.program.document.workshops[0]!.activities[0]!.participantText.fr =
			'Bonjour <script>alert(1)</script>';
		expect(readPackage(JSON.stringify(hostile))).toEqual({
			ok: false,
			problem: {
				key: 'packages.markup',
				detail: 'program.document.workshops.0.activities.0.participantText.fr'
			}
		});
	});

	it('keep a heart like <3, which is not markup', () => {
		const friendly = valid();
		friendly.program.document.summary.fr = 'Merci <3';
		expect(readPackage(JSON.stringify(friendly)).ok).toBe(true);
	});

	describe('with the tools a program uses', () => {
		const deckId = '11111111-1111-4111-8111-111111111111';
		const videoId = '22222222-2222-4222-8222-222222222222';
		const fileId = '33333333-3333-4333-8333-333333333333';
		const tools = (): PackagedTool[] => [
			{
				type: 'deck',
				id: deckId,
				version: 3,
				document: { ...emptyDeck({ fr: 'Cartes', en: 'Cards' }), cards: [newCard('card-one')] }
			},
			{
				type: 'scenario',
				id: deckId.replace(/1/g, '4'),
				version: 1,
				document: emptyScenario({ fr: 'Récit', en: 'Story' })
			},
			{
				type: 'video',
				id: videoId,
				version: 2,
				document: {
					...emptyVideo({ fr: 'Film', en: 'Film' }),
					video: fileId,
					captions: { fr: fileId, en: null }
				}
			}
		];

		it('carry each tool’s published document, and a video’s metadata without its files', () => {
			const built = buildPackage(1, completeProgram(), tools());
			expect(built.references.decks!.map((deck) => [deck.id, deck.version])).toEqual([[deckId, 3]]);
			expect(built.references.scenarios).toHaveLength(1);
			const [video] = built.references.media as { id: string; document: VideoDocument }[];
			expect(video).toMatchObject({ id: videoId, version: 2 });
			expect([video!.document.video, video!.document.poster, video!.document.captions]).toEqual([
				null,
				null,
				{ fr: null, en: null }
			]);
			const read = readPackage(JSON.stringify(built));
			expect(read.ok).toBe(true);
			if (read.ok)
				expect(packagedTools(read.value).map((tool) => tool.type)).toEqual([
					'deck',
					'scenario',
					'video'
				]);
		});

		it('refuse a video that claims to bring its files, and markup hidden in a tool', () => {
			const withFile = buildPackage(1, completeProgram(), tools());
			(withFile.references.media![0]!.document as VideoDocument).video = fileId;
			expect(readPackage(JSON.stringify(withFile))).toMatchObject({
				ok: false,
				problem: { key: 'packages.invalid', detail: 'references.media.0.document' }
			});
			const hostile = buildPackage(1, completeProgram(), tools());
			(hostile.references.decks![0]!.document as DeckDocument).cards[0]!.explanation.en =
				'<iframe src=x>';
			expect(readPackage(JSON.stringify(hostile))).toEqual({
				ok: false,
				problem: {
					key: 'packages.markup',
					detail: 'references.decks.0.document.cards.0.explanation.en'
				}
			});
		});

		it('still read a package of format 1, which had no tools', () => {
			const old = { ...valid(), schemaVersion: 1 };
			expect(readPackage(JSON.stringify(old)).ok).toBe(true);
		});
	});
});
