// For tests: a short story a co-designer writes through the material's own verbs, as the page does it (a first
// passage, one choice that adds the passage it leads to, made an ending with its debrief).
import type { ParticipantActor, UserActor } from '../platform/actor.ts';
import { addPart, materialView, writeText } from './materials.ts';

export const STORY = {
	summary: 'Une soirée où Léa doit choisir à qui faire confiance.',
	start: 'Léa reçoit un message d’un inconnu qui lui promet un cadeau.',
	choice: 'Elle en parle à une amie',
	ending: 'Son amie l’aide à voir que ce cadeau cache quelque chose.',
	debrief: {
		warning_signs: 'Un cadeau d’un inconnu qui demande le secret.',
		protective_strategies: 'En parler à quelqu’un de confiance.',
		help: 'Un adulte de confiance, ou le 119.'
	} as Record<string, string>
};

/** Writes STORY into a new scenario material; returns the ids of its two passages. */
export async function writeStory(
	writer: ParticipantActor | UserActor,
	processId: string,
	materialId: string
): Promise<{ start: string; ending: string }> {
	const view = () => materialView(writer, processId, materialId);
	const write = (path: string, text: string) =>
		writeText(writer, processId, materialId, { path, text });
	const start = (await view()).additions[0]!.at!;
	await write('summary', STORY.summary);
	await write(`passages.${start}.text`, STORY.start);
	await addPart(writer, processId, materialId, { op: 'choice', at: start });
	const added = (await view()).slots.filter((slot) => slot.part?.number === 2);
	const ending = added[0]!.path.split('.')[1]!;
	const label = (await view()).slots.find((slot) => slot.field === 'choice')!;
	await write(label.path, STORY.choice);
	await write(`passages.${ending}.text`, STORY.ending);
	await write(`passages.${ending}.ending`, 'yes');
	for (const slot of (await view()).slots)
		if (slot.part?.number === 2 && STORY.debrief[slot.field])
			await write(slot.path, STORY.debrief[slot.field]!);
	return { start, ending };
}

/** The texts a workshop's page asks for that may stay empty. */
const OPTIONAL = new Set(['content_warning', 'materials_needed']);

/**
 * Builds a workshop in a new workshop material, as the page does: a discussion with two questions and a break,
 * every text that must be written written ("<field> <n>"). Returns the activities' ids.
 */
export async function writeWorkshop(
	writer: ParticipantActor | UserActor,
	processId: string,
	materialId: string
): Promise<string[]> {
	const view = () => materialView(writer, processId, materialId);
	await addPart(writer, processId, materialId, { op: 'activity-discussion' });
	const discussion = (await view()).additions.find((item) => item.op === 'prompt')!.at!;
	await addPart(writer, processId, materialId, { op: 'prompt', at: discussion });
	await addPart(writer, processId, materialId, { op: 'activity-break' });
	let written = 0;
	for (const slot of (await view()).slots)
		if (!slot.choices && slot.value === '' && !OPTIONAL.has(slot.field))
			await writeText(writer, processId, materialId, {
				path: slot.path,
				text: `${slot.field} ${++written}`
			});
	const parts = (await view()).slots.filter((slot) => slot.field === 'participant_text');
	return parts.map((slot) => slot.path.split('.')[1]!);
}
