// Sends a file to the media store in chunks: each chunk is retried when the network drops, and a chunk
// the server already has is skipped (it says where it stands), so a flaky connection only slows things.
import { MEDIA_LIMITS, maxMegabytes, type MediaKind } from '#lib/domain/media/sniff.ts';
import type { MessageKey } from '#lib/i18n/catalogue.ts';

export type UploadedFile = { id: string; kind: MediaKind; mimeType: string; bytes: number };

/** Why an upload stopped, as a catalogue key and its values. */
export class UploadError extends Error {
	constructor(
		readonly key: MessageKey,
		readonly values: Record<string, string | number> = {}
	) {
		super(key);
	}
}

const ATTEMPTS = 4;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function refusalOf(response: Response): Promise<UploadError> {
	const body = (await response.json().catch(() => ({}))) as {
		error?: string;
		values?: Record<string, string | number>;
	};
	const key = (body.error?.startsWith('media.') ? body.error : 'media.upload_failed') as MessageKey;
	return new UploadError(key, body.values);
}

/** Runs `send` until it answers; network failures and server errors are retried with growing pauses. */
async function withRetries(send: () => Promise<Response>, signal: AbortSignal): Promise<Response> {
	for (let attempt = 1; ; attempt++) {
		try {
			const response = await send();
			if (response.status < 500 || attempt === ATTEMPTS) return response;
		} catch {
			if (signal.aborted) throw new UploadError('media.upload_cancelled');
			if (attempt === ATTEMPTS) throw new UploadError('media.upload_offline');
		}
		await pause(500 * 2 ** attempt);
	}
}

/**
 * Uploads `file` as the video's file of `kind`; `onProgress` gets the fraction sent (0 to 1). Refuses at once
 * a file over the limit; the server checks the type from the content and says so if it is wrong.
 */
export async function uploadMedia(
	videoId: string,
	kind: MediaKind,
	file: Blob,
	onProgress: (fraction: number) => void,
	signal: AbortSignal
): Promise<UploadedFile> {
	if (file.size === 0) throw new UploadError('media.empty');
	if (file.size > MEDIA_LIMITS[kind].maxBytes)
		throw new UploadError('media.too_large', { max: maxMegabytes(kind) });
	const json = { 'content-type': 'application/json' };
	const begun = await withRetries(
		() =>
			fetch('/media/uploads', {
				method: 'POST',
				headers: json,
				body: JSON.stringify({ videoId, kind, bytes: file.size }),
				signal
			}),
		signal
	);
	if (!begun.ok) throw await refusalOf(begun);
	const { uploadId, chunkBytes } = (await begun.json()) as { uploadId: string; chunkBytes: number };
	const url = `/media/uploads/${uploadId}`;

	try {
		let offset = 0;
		onProgress(0);
		while (offset < file.size) {
			const chunk = file.slice(offset, offset + chunkBytes);
			const at = offset;
			const answer = await withRetries(
				() =>
					fetch(`${url}?offset=${at}`, {
						method: 'PUT',
						headers: { 'content-type': 'application/octet-stream' },
						body: chunk,
						signal
					}),
				signal
			);
			if (answer.status === 409) {
				// The server has a different amount than we thought (an answer got lost): go on from there.
				const status = await withRetries(() => fetch(url, { signal }), signal);
				if (!status.ok) throw await refusalOf(status);
				offset = ((await status.json()) as { received: number }).received;
				continue;
			}
			if (!answer.ok) throw await refusalOf(answer);
			offset = ((await answer.json()) as { received: number }).received;
			onProgress(offset / file.size);
		}
		const finished = await withRetries(
			() => fetch(url, { method: 'POST', headers: json, body: '{}', signal }),
			signal
		);
		if (!finished.ok) throw await refusalOf(finished);
		return ((await finished.json()) as { file: UploadedFile }).file;
	} catch (error) {
		// A cancelled upload is given up at once, so that its bytes do not wait a day to be cleaned.
		if (signal.aborted) void fetch(url, { method: 'DELETE' }).catch(() => undefined);
		throw error;
	}
}
