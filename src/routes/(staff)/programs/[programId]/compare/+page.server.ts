// Two published versions side by side: every text that changed, where, before and after.
import { activityKind } from '#lib/domain/programs/activity-kinds.ts';
import { compareDocuments, type Naming } from '#lib/domain/programs/compare.ts';
import { translate, type MessageKey, type MessageValues } from '#lib/i18n/catalogue.ts';
import { mayUseTools, toolLibrary } from '#lib/server/tools/service.ts';
import { programId, versionNumber } from '#lib/server/programs/inputs.ts';
import { listVersions, programVersionView } from '#lib/server/programs/service.ts';
import { staffActor } from '#lib/server/platform/areas.ts';
import type { PageServerLoad } from './$types';
import { notFoundOrNotAllowed } from '#lib/server/platform/errors.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const actor = staffActor(locals.actor);
	const id = programId.safeParse(params.programId);
	if (!id.success) throw notFoundOrNotAllowed();
	const versions = await listVersions(actor, id.data);
	const latest = versions[0]?.number ?? 1;
	const from = versionNumber.catch(Math.max(1, latest - 1)).parse(url.searchParams.get('from'));
	const to = versionNumber.catch(latest).parse(url.searchParams.get('to'));
	const [before, after] = await Promise.all([
		programVersionView(actor, id.data, from),
		programVersionView(actor, id.data, to)
	]);
	// Tools by their titles: the organisation's published tools, every kind.
	const library = mayUseTools(actor, after.organisationId)
		? await toolLibrary(actor, after.organisationId)
		: {};
	const titles = new Map(
		Object.values(library)
			.flat()
			.map((tool) => [tool.id, tool.title] as const)
	);
	const both = (key: MessageKey, values?: MessageValues) => ({
		fr: translate('fr', key, values),
		en: translate('en', key, values)
	});
	const naming: Naming = {
		kind: (kind) => {
			const label = activityKind(kind)?.label;
			return label ? both(label) : both('compare.field_other');
		},
		tool: (toolId) => titles.get(toolId) ?? null,
		noTool: both('compare.no_tool'),
		minutes: (minutes) => both('programs.minutes', { minutes })
	};
	return {
		id: id.data,
		versions,
		from,
		to,
		title: after.document.title,
		changes: compareDocuments(before.document, after.document, naming)
	};
};
