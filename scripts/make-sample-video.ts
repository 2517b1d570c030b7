// `node scripts/make-sample-video.ts`: regenerates the sample video in assets/sample-video/ (title cards drawn by
// Chromium, encoded by ffmpeg to a small WebM) with its poster, French and English captions and transcripts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'assets/sample-video');

const WIDTH = 640;
const HEIGHT = 360;
// 24 fps so that every half-second card length is a whole number of frames.
const FPS = 24;
const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--force-color-profile=srgb',
	'--hide-scrollbars'
];

const COLORS = { background: '#f7f5f0', text: '#1f2933', accent: '#2f6f5e', muted: '#52606d' };

type Card = {
	seconds: number;
	/** Large text on the card. */
	title: string;
	/** Smaller lines under the title (French first, then English). */
	lines: string[];
	/** What the captions and transcripts say while the card is shown. */
	fr: string[];
	en: string[];
};

const CARDS: Card[] = [
	{
		seconds: 2.5,
		title: 'Partir de nous',
		lines: ['Exemple de vidéo · Sample video'],
		fr: ['Partir de nous', 'Exemple de vidéo'],
		en: ['Partir de nous', 'Sample video']
	},
	{
		seconds: 3,
		title: 'Vidéo de remplacement',
		lines: [
			'Votre organisme y met son propre court métrage.',
			'Placeholder: your organisation adds its own short film.'
		],
		fr: ['Ceci est une vidéo de remplacement.', 'Votre organisme y met son propre court métrage.'],
		en: ['This is a placeholder video.', 'Your organisation adds its own short film.']
	},
	{
		seconds: 2.5,
		title: 'Sous-titres : français, English',
		lines: ['Avec transcription · With transcript'],
		fr: ['Cette vidéo a des sous-titres', 'en français et en anglais.'],
		en: ['This video has captions', 'in French and English.']
	},
	{
		seconds: 2,
		title: 'Fin · End',
		lines: [],
		fr: ['Fin'],
		en: ['End']
	}
];

const TOTAL_SECONDS = CARDS.reduce((sum, card) => sum + card.seconds, 0);

/** Stops with a message saying what is missing and how to install it. */
function fail(message: string): never {
	process.stderr.write(`make-sample-video: ${message}\n`);
	process.exit(1);
}

/** Runs a command to completion and returns its standard output, or stops with its error output. */
function run(command: string, args: string[]): string {
	const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	if (result.error) fail(`could not run ${command}: ${result.error.message}`);
	if (result.status !== 0) {
		fail(`${command} failed (exit ${result.status}):\n${result.stderr.slice(-4000)}`);
	}
	return result.stdout;
}

function checkTools(): string {
	for (const tool of ['ffmpeg', 'ffprobe']) {
		const probe = spawnSync(tool, ['-version'], { encoding: 'utf8' });
		if (probe.error || probe.status !== 0) {
			fail(
				`${tool} was not found on PATH.\nInstall it with: sudo apt-get install -y ffmpeg   (Debian/Ubuntu)`
			);
		}
	}
	const encoders = run('ffmpeg', ['-hide_banner', '-encoders']);
	for (const encoder of ['libvpx-vp9', 'libopus']) {
		if (!new RegExp(`\\s${encoder}\\s`).test(encoders)) {
			fail(
				`this ffmpeg has no ${encoder} encoder; install Debian's ffmpeg (sudo apt-get install -y ffmpeg).`
			);
		}
	}
	const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	if (!fs.existsSync(executablePath)) {
		fail(
			`Chromium was not found at ${executablePath}.\n` +
				'Install it with: sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
				'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.'
		);
	}
	return executablePath;
}

function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

/** A self-contained page (no external resources) that draws one card at exactly WIDTH × HEIGHT. */
function cardHtml(card: Card): string {
	const lines = card.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
	return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><style>
html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; }
body {
	background: ${COLORS.background}; color: ${COLORS.text};
	font-family: system-ui, sans-serif;
	display: flex; flex-direction: column; justify-content: center;
	box-sizing: border-box; padding: 0 48px 84px; /* bottom third kept clear for the player's captions */
	border-bottom: 10px solid ${COLORS.accent};
}
h1, p { text-wrap: balance; }
h1 { margin: 0; font-size: 40px; line-height: 1.15; font-weight: 700; }
h1::before { content: ''; display: block; width: 64px; height: 6px; margin-bottom: 20px; background: ${COLORS.accent}; }
p { margin: 8px 0 0; font-size: 21px; line-height: 1.35; color: ${COLORS.accent}; }
h1 + p { margin-top: 20px; }
p + p { color: ${COLORS.muted}; }
</style></head><body><h1>${escapeHtml(card.title)}</h1>${lines}</body></html>`;
}

async function renderCards(executablePath: string, workDir: string): Promise<string[]> {
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
	try {
		const page = await browser.newPage({
			viewport: { width: WIDTH, height: HEIGHT },
			deviceScaleFactor: 1
		});
		const files: string[] = [];
		for (const [index, card] of CARDS.entries()) {
			await page.setContent(cardHtml(card));
			await page.evaluate(() => document.fonts.ready);
			const file = path.join(workDir, `card-${index + 1}.png`);
			await page.screenshot({ path: file, type: 'png', animations: 'disabled' });
			files.push(file);
		}
		return files;
	} finally {
		await browser.close();
	}
}

function encodeVideo(cardFiles: string[], output: string): void {
	const inputs = cardFiles.flatMap((file, index) => [
		'-loop',
		'1',
		'-framerate',
		String(FPS),
		'-t',
		String(CARDS[index]?.seconds),
		'-i',
		file
	]);
	const concat = `${cardFiles.map((_, index) => `[${index}:v]`).join('')}concat=n=${cardFiles.length}:v=1:a=0`;
	run('ffmpeg', [
		'-hide_banner',
		'-loglevel',
		'error',
		'-y',
		...inputs,
		'-f',
		'lavfi',
		'-t',
		String(TOTAL_SECONDS),
		'-i',
		'anullsrc=channel_layout=mono:sample_rate=48000',
		'-filter_complex',
		`${concat},scale=${WIDTH}:${HEIGHT}:out_color_matrix=bt709:out_range=tv,format=yuv420p[v]`,
		'-map',
		'[v]',
		'-map',
		`${cardFiles.length}:a`,
		'-r',
		String(FPS),
		'-c:v',
		'libvpx-vp9',
		'-crf',
		'42',
		'-b:v',
		'0',
		'-deadline',
		'good',
		'-cpu-used',
		'2',
		// A keyframe every second, so a player seeking through range requests never decodes far.
		'-g',
		String(FPS),
		'-keyint_min',
		String(FPS),
		'-colorspace',
		'bt709',
		'-color_primaries',
		'bt709',
		'-color_trc',
		'bt709',
		'-color_range',
		'tv',
		'-c:a',
		'libopus',
		'-b:a',
		'16k',
		'-t',
		String(TOTAL_SECONDS),
		'-map_metadata',
		'-1',
		'-fflags',
		'+bitexact',
		'-flags:v',
		'+bitexact',
		'-flags:a',
		'+bitexact',
		// The index first, so a browser can seek before it has fetched the end of the file.
		'-cues_to_front',
		'1',
		output
	]);
}

function writePoster(firstCard: string, output: string): void {
	// Re-encoded by ffmpeg at its strongest PNG compression, without the screenshot's metadata.
	run('ffmpeg', [
		'-hide_banner',
		'-loglevel',
		'error',
		'-y',
		'-i',
		firstCard,
		'-frames:v',
		'1',
		'-pix_fmt',
		'rgb24',
		'-compression_level',
		'100',
		'-pred',
		'mixed',
		'-fflags',
		'+bitexact',
		'-flags:v',
		'+bitexact',
		output
	]);
}

function timestamp(seconds: number): string {
	const millis = Math.round(seconds * 1000);
	const pad = (value: number, width: number) => String(value).padStart(width, '0');
	return `${pad(Math.floor(millis / 3_600_000), 2)}:${pad(Math.floor(millis / 60_000) % 60, 2)}:${pad(
		Math.floor(millis / 1000) % 60,
		2
	)}.${pad(millis % 1000, 3)}`;
}

function captions(language: 'fr' | 'en'): string {
	let start = 0;
	const cues = CARDS.map((card, index) => {
		const end = start + card.seconds;
		const cue = `${index + 1}\n${timestamp(start)} --> ${timestamp(end)}\n${card[language].join('\n')}`;
		start = end;
		return cue;
	});
	return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

function transcript(language: 'fr' | 'en'): string {
	const heading =
		language === 'fr'
			? 'Transcription — Partir de nous, exemple de vidéo (sans paroles, cartons de texte)'
			: 'Transcript — Partir de nous, sample video (no speech, text cards)';
	// One line per card, its caption lines joined; a line that ends a phrase without punctuation gets a full stop.
	const sentence = (line: string, index: number, all: string[]) => {
		const next = all[index + 1];
		const endsPhrase = next === undefined || /^\p{Lu}/u.test(next);
		return endsPhrase && !/[.!?:]$/.test(line) ? `${line}.` : line;
	};
	const lines = CARDS.map((card) => card[language].map(sentence).join(' '));
	return `${heading}\n\n${lines.join('\n')}\n`;
}

const README = `# Sample video

A ten-second placeholder video (four title cards, silent audio track) with its poster, captions
(\`captions.fr.vtt\`, \`captions.en.vtt\`) and transcripts (\`transcript.fr.txt\`, \`transcript.en.txt\`).
The real short film is uploaded by the organisation; this one only shows how a video with captions looks.
Regenerate everything with \`node scripts/make-sample-video.ts\` (needs Debian's \`ffmpeg\` and \`chromium\`).
`;

async function main(): Promise<void> {
	const executablePath = checkTools();
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sample-video-'));
	try {
		const cardFiles = await renderCards(executablePath, workDir);
		fs.mkdirSync(outDir, { recursive: true });
		encodeVideo(cardFiles, path.join(outDir, 'video.webm'));
		writePoster(cardFiles[0] ?? fail('no card was rendered'), path.join(outDir, 'poster.png'));
		for (const language of ['fr', 'en'] as const) {
			fs.writeFileSync(path.join(outDir, `captions.${language}.vtt`), captions(language));
			fs.writeFileSync(path.join(outDir, `transcript.${language}.txt`), transcript(language));
		}
		fs.writeFileSync(path.join(outDir, 'README.md'), README);
	} finally {
		fs.rmSync(workDir, { recursive: true, force: true });
	}
	const limits: Record<string, number> = { 'video.webm': 300_000, 'poster.png': 60_000 };
	for (const file of fs.readdirSync(outDir).sort()) {
		const size = fs.statSync(path.join(outDir, file)).size;
		const limit = limits[file];
		const warning = limit && size > limit ? `  (over ${limit} bytes!)` : '';
		process.stdout.write(
			`${path.relative(root, path.join(outDir, file))}  ${size} bytes${warning}\n`
		);
	}
}

await main();
