// A captioned video: the film, captions per language (WebVTT), a transcript, a poster image and a content
// warning. The files are referred to by their media file id; the bytes live in the media store.
import { z } from 'zod';
import { localized, type Localized } from '../programs/document.ts';
import { missingText, type Problem } from '../publishing/problems.ts';
import type { MediaKind } from './sniff.ts';
import { staffNote } from '../tools/staff-note.ts';

export const VIDEO_SCHEMA_VERSION = 1;

const fileId = z.uuid().nullable();

export const videoDocument = z
	.object({
		schemaVersion: z.literal(VIDEO_SCHEMA_VERSION),
		title: localized(),
		description: localized(2000),
		/** For the staff only ("draft for review"): never on a youth page. */
		staffNote,
		contentWarning: localized(1000),
		languages: z
			.array(z.enum(['fr', 'en']))
			.min(1)
			.max(2),
		transcript: localized(20000),
		video: fileId,
		poster: fileId,
		captions: z.object({ fr: fileId, en: fileId }).strict()
	})
	.strict();
export type VideoDocument = z.infer<typeof videoDocument>;
export type VideoLanguage = VideoDocument['languages'][number];

/** A new video: a title, no file yet. */
export function emptyVideo(title: Localized): VideoDocument {
	return {
		schemaVersion: VIDEO_SCHEMA_VERSION,
		title,
		description: { fr: '', en: '' },
		contentWarning: { fr: '', en: '' },
		languages: ['fr', 'en'],
		transcript: { fr: '', en: '' },
		video: null,
		poster: null,
		captions: { fr: null, en: null }
	};
}

/** Every file the video refers to, with the kind each must be. */
export function videoFiles(document: VideoDocument): { id: string; kind: MediaKind }[] {
	const files: { id: string | null; kind: MediaKind }[] = [
		{ id: document.video, kind: 'video' },
		{ id: document.poster, kind: 'poster' },
		{ id: document.captions.fr, kind: 'captions' },
		{ id: document.captions.en, kind: 'captions' }
	];
	return files.filter((file): file is { id: string; kind: MediaKind } => file.id !== null);
}

/**
 * What blocks publishing: a title and description in each language, the film itself, and captions and a
 * transcript in each language so that no one is left out (deaf or hard-of-hearing youth, a muted phone).
 */
export function validateVideo(document: VideoDocument): Problem[] {
	const languages = document.languages;
	const problems: Problem[] = [
		...missingText(document.title, 'title', languages),
		...missingText(document.description, 'description', languages)
	];
	if (document.video === null) problems.push({ key: 'media.problem_no_video', path: 'video' });
	for (const locale of languages) {
		if (document.captions[locale] === null)
			problems.push({ key: 'media.problem_no_captions', path: 'captions', locale });
	}
	problems.push(...missingText(document.transcript, 'transcript', languages));
	return problems;
}
