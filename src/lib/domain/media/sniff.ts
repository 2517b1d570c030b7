// What media files are accepted, recognised from their first bytes rather than from their name, and a WebVTT check.

export type MediaKind = 'video' | 'captions' | 'poster';

const MB = 1024 * 1024;

export const MEDIA_LIMITS: Record<MediaKind, { maxBytes: number; types: readonly string[] }> = {
	video: { maxBytes: 200 * MB, types: ['video/mp4', 'video/webm'] },
	captions: { maxBytes: 512 * 1024, types: ['text/vtt'] },
	poster: { maxBytes: 5 * MB, types: ['image/png', 'image/jpeg', 'image/webp'] }
};

/** The accepted formats of each kind, as named to the person uploading (the `expected` of `media.wrong_type`). */
export const MEDIA_TYPE_LABELS: Record<MediaKind, string> = {
	video: 'MP4, WebM',
	captions: 'WebVTT',
	poster: 'PNG, JPEG, WebP'
};

/** How many leading bytes `sniffType` looks at; more are ignored. */
export const SNIFF_BYTES = 4100;

/** A limit in megabytes as the `max` of `media.too_large`, e.g. 200 or 0.5. */
export function maxMegabytes(kind: MediaKind): number {
	return Math.round((MEDIA_LIMITS[kind].maxBytes / MB) * 10) / 10;
}

export function isMediaKind(value: unknown): value is MediaKind {
	return value === 'video' || value === 'captions' || value === 'poster';
}

// ISO base media major brands of files browsers play as video/mp4. QuickTime ('qt  '), audio-only ('M4A '),
// HEIF/AVIF images and 3GPP are left out on purpose.
const MP4_BRANDS = new Set([
	'isom',
	'iso2',
	'iso3',
	'iso4',
	'iso5',
	'iso6',
	'iso7',
	'iso8',
	'iso9',
	'mp41',
	'mp42',
	'avc1',
	'av01',
	'dash',
	'cmfc',
	'M4V ',
	'M4VH',
	'M4VP',
	'mmp4',
	'MSNV',
	'f4v '
]);

const WEBP_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X']);

function ascii(bytes: Uint8Array, start: number, length: number): string {
	if (start + length > bytes.length) return '';
	return String.fromCharCode(...bytes.subarray(start, start + length));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
	if (at + prefix.length > bytes.length) return false;
	return prefix.every((byte, index) => bytes[at + index] === byte);
}

/** An EBML variable-size integer at `at`: its length in bytes and its value without the length marker. */
function readVint(bytes: Uint8Array, at: number): { length: number; value: number } | null {
	const first = bytes[at];
	if (first === undefined || first === 0) return null;
	const length = Math.clz32(first) - 23;
	if (length > 8 || at + length > bytes.length) return null;
	let value = first & (0xff >> length);
	for (let index = 1; index < length; index++) value = value * 256 + (bytes[at + index] ?? 0);
	return { length, value };
}

/** The DocType of an EBML header ("webm", "matroska"…), or null when the header cannot be read from `head`. */
function ebmlDocType(head: Uint8Array): string | null {
	if (!startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return null;
	const headerSize = readVint(head, 4);
	if (!headerSize) return null;
	const start = 4 + headerSize.length;
	const end = Math.min(head.length, start + headerSize.value);
	let at = start;
	while (at < end) {
		const id = readVint(head, at);
		if (!id || id.length > 4) return null;
		const idBytes = head.subarray(at, at + id.length);
		const size = readVint(head, at + id.length);
		if (!size) return null;
		const dataStart = at + id.length + size.length;
		if (idBytes.length === 2 && idBytes[0] === 0x42 && idBytes[1] === 0x82) {
			if (dataStart + size.value > head.length) return null;
			return ascii(head, dataStart, size.value).replace(/\0+$/, '');
		}
		at = dataStart + size.value;
	}
	return null;
}

function isWebVttHead(head: Uint8Array): boolean {
	const at = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
	if (ascii(head, at, 6) !== 'WEBVTT') return false;
	const next = head[at + 6];
	return next === undefined || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
}

/**
 * The media type of a file from its first bytes (up to SNIFF_BYTES), or null when it is none we accept.
 * Matroska files that are not WebM (DocType "matroska") are refused: browsers only promise to play WebM.
 */
export function sniffType(head: Uint8Array): string | null {
	if (head.length > SNIFF_BYTES) head = head.subarray(0, SNIFF_BYTES);
	if (ascii(head, 4, 4) === 'ftyp') {
		const boxSize =
			((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
		return boxSize >= 16 && MP4_BRANDS.has(ascii(head, 8, 4)) ? 'video/mp4' : null;
	}
	if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) {
		return ebmlDocType(head) === 'webm' ? 'video/webm' : null;
	}
	if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
	if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
	if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') {
		return WEBP_CHUNKS.has(ascii(head, 12, 4)) ? 'image/webp' : null;
	}
	if (isWebVttHead(head)) return 'text/vtt';
	return null;
}

const TIMESTAMP = String.raw`(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})`;
const TIMING = new RegExp(String.raw`^${TIMESTAMP}[ \t]+-->[ \t]+${TIMESTAMP}(?:[ \t].*)?$`);

function milliseconds(hours = '0', minutes: string, seconds: string, millis: string): number {
	return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
}

/** The two times of a cue timing line, or null when it is not one. */
function parseTiming(line: string): { start: number; end: number } | null {
	const match = TIMING.exec(line);
	if (!match) return null;
	const [, h1, m1 = '', s1 = '', ms1 = '', h2, m2 = '', s2 = '', ms2 = ''] = match;
	return { start: milliseconds(h1, m1, s1, ms1), end: milliseconds(h2, m2, s2, ms2) };
}

/** A block that is not a cue: a comment, a style sheet or a region definition. */
const OTHER_BLOCK = /^(NOTE|STYLE|REGION)(?:[ \t]|$)/;

/**
 * Checks WebVTT captions: the WEBVTT header, then blocks separated by blank lines, each a cue (optional identifier,
 * a timing line `[hh:]mm:ss.ttt --> [hh:]mm:ss.ttt [settings]` with end ≥ start, text) or a NOTE, STYLE or REGION
 * block. Refuses NUL characters and `<script`, and files without a cue. `line` is 1-based; a file without any cue
 * is reported at the line after its last non-blank line.
 */
export function checkWebVtt(
	text: string
): { ok: true; cues: number } | { ok: false; line: number } {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const forbidden = lines.findIndex((line) => line.includes('\0') || /<script/i.test(line));
	if (forbidden !== -1) return { ok: false, line: forbidden + 1 };
	if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) return { ok: false, line: 1 };

	let index = 1;
	// Header lines after WEBVTT up to the first blank line are tolerated, unless one is already a cue timing.
	while (index < lines.length && lines[index] !== '' && !lines[index]?.includes('-->')) index++;

	let cues = 0;
	let lastText = index - 1;
	while (index < lines.length) {
		if (lines[index] === '') {
			index++;
			continue;
		}
		const first = lines[index] ?? '';
		lastText = index;
		if (OTHER_BLOCK.test(first)) {
			while (index < lines.length && lines[index] !== '') lastText = index++;
			continue;
		}
		// A cue: its timing is on the first line, or on the second after an identifier.
		const timingIndex = first.includes('-->') ? index : index + 1;
		const timingLine = lines[timingIndex] ?? '';
		if (!timingLine.includes('-->')) return { ok: false, line: index + 1 };
		const timing = parseTiming(timingLine);
		if (!timing || timing.end < timing.start) return { ok: false, line: timingIndex + 1 };
		cues++;
		index = timingIndex + 1;
		// The cue's text runs to the next blank line; a line with "-->" there starts the next cue, as browsers read it.
		while (index < lines.length && lines[index] !== '' && !lines[index]?.includes('-->')) {
			lastText = index++;
		}
		lastText = Math.max(lastText, timingIndex);
	}
	if (cues === 0) return { ok: false, line: lastText + 2 };
	return { ok: true, cues };
}

/** The largest chunk of an upload the server takes in one request (below the server's body size limit). */
export const UPLOAD_CHUNK_BYTES = 2 * 1024 * 1024;
