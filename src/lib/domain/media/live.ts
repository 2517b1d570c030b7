// A video in a live session: it plays on the presenter with captions in the room's language; phones show
// "watching together" and the transcript.
import { hasWords, type LiveBehaviour } from '../live/behaviour.ts';
import type { VideoDocument } from './video.ts';

export const videoLive: LiveBehaviour<Record<string, string>, VideoDocument> = {
	steps: () => 1,
	content: ({ activity, tool }) => {
		if (!tool) return { lines: [activity.participantText] };
		return {
			lines: [activity.participantText].filter(hasWords),
			...(hasWords(tool.contentWarning) ? { warning: tool.contentWarning } : {}),
			video: {
				file: tool.video,
				poster: tool.poster,
				captions: tool.captions,
				transcript: tool.transcript
			}
		};
	}
};
