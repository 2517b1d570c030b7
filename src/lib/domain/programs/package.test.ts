import { describe, expect, it } from 'vitest';
import { buildPackage, nestingDepth, PACKAGE_MAX_BYTES, readPackage } from './package.ts';
import { completeProgram } from './test-documents.ts';

const valid = () => buildPackage(2, completeProgram(), new Date('2026-11-23T00:00:00Z'));

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
});
