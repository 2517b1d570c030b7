import { describe, expect, it } from 'vitest';
import { checkWebVtt, maxMegabytes, MEDIA_LIMITS, sniffType } from './sniff.ts';

const text = (value: string) => new TextEncoder().encode(value);
const bytes = (...parts: (number[] | string)[]) =>
	new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...text(part)] : part)));

/** An ISO base media `ftyp` box with the given major brand, then some payload. */
const mp4 = (brand: string) =>
	bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 2, 0], 'isom', 'mp41', [0, 0, 0, 8], 'free');

/** An EBML header (as written by ffmpeg) with the given DocType, then the start of a Segment. */
const ebml = (docType: string) =>
	bytes(
		[0x1a, 0x45, 0xdf, 0xa3, 0x80 | (27 + docType.length)],
		[0x42, 0x86, 0x81, 0x01],
		[0x42, 0xf7, 0x81, 0x01],
		[0x42, 0xf2, 0x81, 0x04],
		[0x42, 0xf3, 0x81, 0x08],
		[0x42, 0x82, 0x80 | docType.length],
		docType,
		[0x42, 0x87, 0x81, 0x04],
		[0x42, 0x85, 0x81, 0x02],
		[0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]
	);

describe('recognising media files by their first bytes', () => {
	it('recognises MP4 files by their ftyp box and major brand', () => {
		for (const brand of ['isom', 'iso2', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ']) {
			expect(sniffType(mp4(brand)), brand).toBe('video/mp4');
		}
	});

	it('refuses QuickTime, audio-only and image files that share the MP4 container', () => {
		for (const brand of ['qt  ', 'M4A ', 'heic', 'avif'])
			expect(sniffType(mp4(brand)), brand).toBeNull();
	});

	it('recognises WebM by its EBML header and DocType', () => {
		expect(sniffType(ebml('webm'))).toBe('video/webm');
	});

	it('refuses Matroska files that are not WebM, which browsers do not promise to play', () => {
		expect(sniffType(ebml('matroska'))).toBeNull();
	});

	it('refuses an EBML header cut before its DocType', () => {
		expect(sniffType(ebml('webm').subarray(0, 20))).toBeNull();
	});

	it('recognises PNG, JPEG and WebP images', () => {
		expect(sniffType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'))).toBe(
			'image/png'
		);
		expect(sniffType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0]))).toBe('image/jpeg');
		expect(sniffType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ', [0x18, 0, 0, 0]))).toBe(
			'image/webp'
		);
		expect(sniffType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8X', [0x0a, 0, 0, 0]))).toBe(
			'image/webp'
		);
	});

	it('refuses other RIFF files such as WAV audio', () => {
		expect(sniffType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ', [0x10, 0, 0, 0]))).toBeNull();
	});

	it('recognises WebVTT with or without a byte order mark', () => {
		expect(sniffType(text('WEBVTT\n\n00:01.000 --> 00:02.000\nHi'))).toBe('text/vtt');
		expect(sniffType(text('WEBVTT - Captions\r\n'))).toBe('text/vtt');
		expect(sniffType(text('WEBVTT\tx'))).toBe('text/vtt');
		expect(sniffType(text('WEBVTT'))).toBe('text/vtt');
		expect(sniffType(text('\uFEFFWEBVTT\n'))).toBe('text/vtt');
	});

	it('refuses text that only starts like WebVTT', () => {
		expect(sniffType(text('WEBVTTX\n'))).toBeNull();
		expect(sniffType(text(' WEBVTT\n'))).toBeNull();
		expect(sniffType(text('webvtt\n'))).toBeNull();
	});

	it('refuses a text file renamed to .mp4, an SVG, an empty file and random bytes', () => {
		expect(sniffType(text('This is not a video, just some notes.\n'))).toBeNull();
		expect(sniffType(text('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
		expect(sniffType(new Uint8Array())).toBeNull();
		expect(sniffType(bytes([0, 0, 0, 0x18], 'ftyp'))).toBeNull();
		expect(sniffType(bytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]))).toBeNull();
	});

	it('states each kind’s limits', () => {
		expect(MEDIA_LIMITS.video.maxBytes).toBe(200 * 1024 * 1024);
		expect(MEDIA_LIMITS.captions.maxBytes).toBe(512 * 1024);
		expect(MEDIA_LIMITS.poster.maxBytes).toBe(5 * 1024 * 1024);
		expect([maxMegabytes('video'), maxMegabytes('captions'), maxMegabytes('poster')]).toEqual([
			200, 0.5, 5
		]);
	});
});

describe('checking WebVTT captions', () => {
	const good = [
		'WEBVTT - Le cinéma',
		'Kind: captions',
		'',
		'NOTE written by hand',
		'over two lines',
		'',
		'STYLE',
		'::cue { color: yellow }',
		'',
		'1',
		'00:00:01.000 --> 00:00:04.500 align:start line:0',
		'<v Maya>Bonjour.</v>',
		'',
		'00:05.000 --> 00:07.250',
		'Second cue, hours left out.',
		'Two lines of text.',
		'',
		'intro-end',
		'01:00:00.000 --> 01:00:00.000',
		'A cue with no duration.',
		''
	].join('\n');

	it('accepts a file with identifiers, notes, style blocks and cue settings, and counts its cues', () => {
		expect(checkWebVtt(good)).toEqual({ ok: true, cues: 3 });
	});

	it('accepts Windows line endings and a byte order mark', () => {
		expect(checkWebVtt(`\uFEFF${good.replaceAll('\n', '\r\n')}`)).toEqual({ ok: true, cues: 3 });
	});

	it('reads a timing line inside a cue’s text as the start of the next cue, as browsers do', () => {
		expect(
			checkWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n00:03.000 --> 00:04.000\nTwo')
		).toEqual({
			ok: true,
			cues: 2
		});
	});

	it('refuses a file without the WEBVTT header, on line 1', () => {
		expect(checkWebVtt('1\n00:00:01,000 --> 00:00:02,000\nAn SRT file')).toEqual({
			ok: false,
			line: 1
		});
		expect(checkWebVtt('WEBVTTX\n\n00:01.000 --> 00:02.000\nHi')).toEqual({ ok: false, line: 1 });
	});

	it('points at a timing line with commas instead of dots', () => {
		expect(checkWebVtt('WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nHi')).toEqual({
			ok: false,
			line: 4
		});
	});

	it('points at a cue that ends before it starts', () => {
		expect(
			checkWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nOk\n\n00:05.000 --> 00:04.999\nBack')
		).toEqual({
			ok: false,
			line: 6
		});
	});

	it('points at impossible minutes or seconds', () => {
		expect(checkWebVtt('WEBVTT\n\n00:61.000 --> 01:02.000\nHi')).toEqual({ ok: false, line: 3 });
		expect(checkWebVtt('WEBVTT\n\n00:00:01.000 --> 00:60:00.000\nHi')).toEqual({
			ok: false,
			line: 3
		});
	});

	it('points at a block that is neither a cue nor a note', () => {
		expect(checkWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n\nstray words\nmore words')).toEqual(
			{
				ok: false,
				line: 6
			}
		);
	});

	it('refuses a file without any cue, at the line where one was expected', () => {
		expect(checkWebVtt('WEBVTT\n')).toEqual({ ok: false, line: 2 });
		expect(checkWebVtt('WEBVTT\nKind: captions\n\nNOTE nothing yet\n')).toEqual({
			ok: false,
			line: 5
		});
	});

	it('refuses a NUL character or a script tag, on their line', () => {
		expect(checkWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\0there')).toEqual({
			ok: false,
			line: 4
		});
		expect(checkWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n<SCRIPT>alert(1)</SCRIPT>')).toEqual(
			{
				ok: false,
				line: 5
			}
		);
	});
});
