// What must be true before a program is published: every problem, in one list, each pointing at its place.
import { activityKind } from './activity-kinds.ts';
import type { ProgramDocument } from './document.ts';
import { missingText, type Problem } from '../publishing/problems.ts';

export type { Problem };

/** Whether a referenced item (a deck, a scenario…) exists and can be used. */
export type ReferenceCheck = (type: string, id: string) => boolean;

export { missingText };

/** Every problem that blocks publishing `document`; an empty list means it can be published. */
export function validateProgram(
	document: ProgramDocument,
	referenceExists: ReferenceCheck = () => false
): Problem[] {
	const languages = document.languages;
	const problems: Problem[] = [
		...missingText(document.title, 'title', languages),
		...missingText(document.summary, 'summary', languages),
		...missingText(document.audience, 'audience', languages)
	];
	if (document.ageMin > document.ageMax)
		problems.push({ key: 'programs.problem_ages', path: 'ageMin' });
	if (document.workshops.length === 0)
		problems.push({ key: 'programs.problem_no_workshop', path: 'workshops' });

	document.workshops.forEach((workshop, w) => {
		const at = `workshops.${w}`;
		problems.push(
			...missingText(workshop.title, `${at}.title`, languages),
			...missingText(workshop.objectives, `${at}.objectives`, languages)
		);
		if (workshop.durationMinutes <= 0)
			problems.push({ key: 'programs.problem_no_duration', path: `${at}.durationMinutes` });
		if (workshop.activities.length === 0)
			problems.push({ key: 'programs.problem_no_activity', path: `${at}.activities` });
		const total = workshop.activities.reduce((sum, item) => sum + item.durationMinutes, 0);
		if (total > workshop.durationMinutes)
			problems.push({
				key: 'programs.problem_too_long',
				path: `${at}.durationMinutes`,
				values: { total, limit: workshop.durationMinutes }
			});

		workshop.activities.forEach((activity, a) => {
			const here = `${at}.activities.${a}`;
			problems.push(
				...missingText(activity.title, `${here}.title`, languages),
				...missingText(activity.participantText, `${here}.participantText`, languages),
				...missingText(
					activity.facilitatorNotes.goals,
					`${here}.facilitatorNotes.goals`,
					languages
				),
				...missingText(
					activity.facilitatorNotes.howTo,
					`${here}.facilitatorNotes.howTo`,
					languages
				),
				...missingText(
					activity.facilitatorNotes.disclosure,
					`${here}.facilitatorNotes.disclosure`,
					languages
				)
			);
			const kind = activityKind(activity.kind);
			if (!kind) {
				problems.push({
					key: 'programs.problem_unknown_kind',
					path: `${here}.kind`,
					values: { kind: activity.kind }
				});
				return;
			}
			const settings = kind.settings.safeParse(activity.settings);
			if (!settings.success) {
				problems.push({ key: 'programs.problem_settings', path: `${here}.settings` });
				return;
			}
			for (const problem of kind.check(settings.data, languages)) {
				problems.push({
					key: problem.key,
					path: `${here}.${problem.field}`,
					locale: problem.locale
				});
			}
			for (const reference of kind.references?.(settings.data) ?? []) {
				if (!referenceExists(reference.type, reference.id))
					problems.push({
						key: 'programs.problem_broken_reference',
						path: `${here}.settings`,
						values: { type: reference.type }
					});
			}
		});
	});
	return problems;
}
