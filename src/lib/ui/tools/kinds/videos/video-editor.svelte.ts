// The video editor's state: the draft video, the files it points to, and an upload per file slot
// (the film, its poster, captions in each language). Autosave: AutosavedDocument.
import type { MediaKind } from '#lib/domain/media/sniff.ts';
import type { VideoDocument } from '#lib/domain/media/video.ts';
import type { Problem } from '#lib/domain/programs/validation.ts';
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import { AutosavedDocument } from '#lib/ui/editing/autosave.svelte.ts';
import { uploadMedia, UploadError, type UploadedFile } from './upload.ts';

export const SLOTS = ['video', 'poster', 'captions.fr', 'captions.en'] as const;
export type Slot = (typeof SLOTS)[number];

export const SLOT_KIND: Record<Slot, MediaKind> = {
	video: 'video',
	poster: 'poster',
	'captions.fr': 'captions',
	'captions.en': 'captions'
};

export type UploadState =
	| { state: 'idle' }
	| { state: 'sending'; fraction: number; name: string; cancel: () => void }
	| { state: 'failed'; key: MessageKey; values: Record<string, string | number> };

export class VideoEditorState extends AutosavedDocument<VideoDocument> {
	readonly videoId: string;
	/** What is known of each file the draft refers to (type and size), by id. */
	files: Record<string, UploadedFile> = $state({});
	uploads: Record<Slot, UploadState> = $state({
		video: { state: 'idle' },
		poster: { state: 'idle' },
		'captions.fr': { state: 'idle' },
		'captions.en': { state: 'idle' }
	});
	removed: { slot: Slot; id: string } | null = $state(null);

	constructor(
		videoId: string,
		document: VideoDocument,
		revision: number,
		problems: Problem[],
		files: Record<string, UploadedFile>
	) {
		super(`/tools/videos/${videoId}/draft`, document, revision, problems);
		this.videoId = videoId;
		this.files = files;
	}

	/** Leaving during an upload would lose it: the page warns, as it does for unsaved text. */
	override get dirty(): boolean {
		return super.dirty || SLOTS.some((slot) => this.uploads[slot].state === 'sending');
	}

	fileIn(slot: Slot): string | null {
		const doc = this.document;
		if (slot === 'video') return doc.video;
		if (slot === 'poster') return doc.poster;
		return slot === 'captions.fr' ? doc.captions.fr : doc.captions.en;
	}

	#set(slot: Slot, id: string | null): void {
		const doc = this.document;
		if (slot === 'video') doc.video = id;
		else if (slot === 'poster') doc.poster = id;
		else if (slot === 'captions.fr') doc.captions.fr = id;
		else doc.captions.en = id;
	}

	/** Sends the chosen file; the draft points to it once the server has checked and stored it. */
	async upload(slot: Slot, file: File): Promise<void> {
		const controller = new AbortController();
		this.uploads[slot] = {
			state: 'sending',
			fraction: 0,
			name: file.name,
			cancel: () => controller.abort()
		};
		try {
			const stored = await uploadMedia(
				this.videoId,
				SLOT_KIND[slot],
				file,
				(fraction) => {
					const current = this.uploads[slot];
					if (current.state === 'sending') current.fraction = fraction;
				},
				controller.signal
			);
			this.files[stored.id] = stored;
			this.#set(slot, stored.id);
			this.uploads[slot] = { state: 'idle' };
		} catch (error) {
			const failure = error instanceof UploadError ? error : new UploadError('media.upload_failed');
			this.uploads[slot] =
				failure.key === 'media.upload_cancelled'
					? { state: 'idle' }
					: { state: 'failed', key: failure.key, values: failure.values };
		}
	}

	remove(slot: Slot): void {
		const id = this.fileIn(slot);
		if (!id) return;
		this.#set(slot, null);
		this.removed = { slot, id };
	}

	undoRemove(): void {
		if (!this.removed) return;
		this.#set(this.removed.slot, this.removed.id);
		this.removed = null;
	}
}
