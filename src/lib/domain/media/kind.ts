// The captioned video as a kind of workshop tool (see src/lib/domain/tools/tool-kind.ts). Its files stay in the
// organisation that uploaded them: a package carries the video's texts, and the importer uploads its own files.
import { defineToolKind } from '../tools/tool-kind.ts';
import { videoLive } from './live.ts';
import {
	emptyVideo,
	validateVideo,
	videoDocument,
	videoFiles,
	type VideoDocument
} from './video.ts';

const withoutFiles = (video: VideoDocument): VideoDocument => ({
	...video,
	video: null,
	poster: null,
	captions: { fr: null, en: null }
});

export const videoKind = defineToolKind({
	type: 'video',
	segment: 'videos',
	labels: {
		plural: 'tools.videos',
		one: 'tools.video',
		empty: 'tools.videos_empty',
		create: 'tools.create_video',
		play: 'tools.play_video'
	},
	schema: videoDocument,
	validate: validateVideo,
	title: (document) => document.title,
	empty: emptyVideo,
	files: videoFiles,
	package: {
		key: 'media',
		travels: withoutFiles,
		accepts: videoDocument.refine(
			(video) =>
				video.video === null &&
				video.poster === null &&
				video.captions.fr === null &&
				video.captions.en === null,
			{ message: 'files are not part of a package' }
		)
	},
	activity: {
		kind: 'video',
		label: 'programs.kind_video',
		field: 'videoId',
		missing: 'programs.problem_choose_video',
		choose: 'editor.choose_video',
		live: videoLive
	}
});
