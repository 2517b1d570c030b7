// Phase 2 of a co-creation process: the co-design group drafts its material (a myths-and-realities deck, a
// branching scenario; each kind's texts and parts are in domain/cocreation/kinds/), one text at a time. Youth hold the pen: an
// adult's edit to a text a youth wrote last is a suggestion until a co-designer accepts it (a process setting
// relaxes this, audited); every change has an author and a place in the history. The content engine keeps the
// material, managed by this module, so the authors' editor cannot bypass the rule. Credit by pseudonym only with
// each youth's consent for the process, withdrawn at any time.
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { shows } from '#lib/domain/cocreation/phases.ts';
import { materialKind, type MaterialKind } from '#lib/domain/cocreation/material-kinds.ts';
import { TOOL_REGISTRY } from '#lib/domain/tools/registry.ts';
import {
	additionPath,
	inContext,
	isStructural,
	structuralChange,
	structuralPath,
	removes,
	slotAt,
	withAddition,
	withRemoval,
	withText,
	youthProblems,
	type Addition,
	type Language,
	type Removal,
	type MaterialKindSpec,
	type TextSlot
} from '#lib/domain/cocreation/materials.ts';
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import { isUuid } from '#lib/domain/ids.ts';
import { db } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import {
	publishedTitles,
	setCreditConsent,
	type ContentStore,
	type Credit
} from '../platform/content-store.ts';
import { DomainError, notFoundOrNotAllowed } from '../platform/errors.ts';
import { allows } from '../platform/rights.ts';
import { programs } from '../programs/service.ts';
import { toolStore } from '../tools/service.ts';
import { postsIn, screenYouthText, submitPost, type PostView } from '../moderation/service.ts';
import {
	MANAGED_BY,
	isCoDesigner,
	nameOf,
	processFor,
	scopeOf,
	visibleProcess,
	type Context
} from './context.ts';
import type { AdditionInput, MaterialInput } from './inputs.ts';
import { checkPublishedFeedback, pilotsOf } from './pilots.ts';
import {
	cocreationChange,
	cocreationConsent,
	cocreationKeyAspect,
	cocreationMaterial,
	cocreationProcess,
	cocreationSuggestion
} from './schema.ts';

type MaterialRow = typeof cocreationMaterial.$inferSelect;

/**
 * The kind's rules as the group writes it: for a workshop, with the organisation's published tools its activities
 * can play (titles in the material's language). WARNING: no permission check.
 */
async function kindIn(material: Pick<MaterialRow, 'kind' | 'language'>, organisationId: string) {
	const found = kindOf(material.kind);
	if (!found.spec.usesTools) return found;
	const titles = await publishedTitles(
		organisationId,
		TOOL_REGISTRY.map((tool) => tool.type)
	);
	const tools = TOOL_REGISTRY.flatMap((tool) =>
		(titles.get(tool.type) ?? []).map((item) => ({
			activity: tool.activity.kind,
			id: item.id,
			title: item.title[material.language] || item.title.fr || item.title.en
		}))
	);
	return { ...found, spec: inContext(found.spec, { tools }) };
}

/** A material the actor may write in now, with its kind's rules, its current draft and how to save the next. */
async function draftToWrite(actor: Actor, processId: string, materialId: string) {
	const context = await processFor(actor, processId, 'cocreation.draft');
	const material = await materialOf(context, materialId);
	const { spec, store } = await kindIn(material, context.process.organisationId);
	const draft = await store.managedDraft(material.itemId, MANAGED_BY);
	/** Writes the next draft over this one, credited to the writer. */
	const save = async (next: unknown) =>
		store.writeManaged(
			material.itemId,
			MANAGED_BY,
			draft.revision,
			next,
			await creditFor(actor, context)
		);
	return { context, material, spec, draft, save };
}

/** A new id for a part of a material (a card, a passage, an activity): 12 characters, safe in a path. */
const newPartId = () => randomBytes(9).toString('base64url');

/** A material's kind rules and the content store keeping it. */
export function kindOf(kind: MaterialKind): {
	spec: MaterialKindSpec<unknown>;
	store: ContentStore<unknown>;
} {
	const spec = materialKind(kind);
	const store =
		spec.store === 'programs' ? (programs as ContentStore<unknown>) : toolStore(spec.store);
	return { spec, store };
}

/** A material of the process, or "not found or not allowed". */
export async function materialOf(context: Context, materialId: string): Promise<MaterialRow> {
	if (!isUuid(materialId)) throw notFoundOrNotAllowed();
	const [row] = await db()
		.select()
		.from(cocreationMaterial)
		.where(
			and(
				eq(cocreationMaterial.id, materialId),
				eq(cocreationMaterial.processId, context.process.id)
			)
		);
	if (!row) throw notFoundOrNotAllowed();
	return row;
}

/** How the writer is credited on the material: an adult by name, a youth by pseudonym as she chose. */
async function creditFor(actor: Actor, context: Context): Promise<Credit | null> {
	if (actor.kind === 'user')
		return { kind: 'user', id: actor.userId, name: actor.name, consent: true };
	if (actor.kind === 'participant')
		return {
			kind: 'participant',
			id: actor.participantId,
			name: actor.pseudonym,
			// None given yet: not credited.
			consent: (await creditChoice(context.process.id, actor.participantId)) ?? false
		};
	return null;
}

/** A youth's text passes the moderation first; "held" means it was kept for the designated facilitator only. */
async function screened(actor: Actor, context: Context, text: string): Promise<boolean> {
	if (actor.kind !== 'participant' || text.trim() === '') return false;
	const place = {
		organisationId: context.process.organisationId,
		groupId: context.process.groupId,
		source: 'cocreation_material' as const,
		material: true
	};
	return (await screenYouthText(actor, place, text)) === 'held';
}

/** Refuses key aspect ids that are not the process's. */
async function checkKeyAspects(processId: string, ids: readonly string[]): Promise<void> {
	if (ids.length === 0) return;
	const known = await db()
		.select({ id: cocreationKeyAspect.id })
		.from(cocreationKeyAspect)
		.where(
			and(inArray(cocreationKeyAspect.id, [...ids]), eq(cocreationKeyAspect.processId, processId))
		);
	if (known.length !== ids.length) throw notFoundOrNotAllowed();
}

/** Starts a material of a kind (a deck, a scenario) with its title and the key aspects it addresses. */
export async function createMaterial(
	actor: Actor,
	processId: string,
	input: MaterialInput
): Promise<{ outcome: 'created'; id: string } | { outcome: 'held' }> {
	const context = await processFor(actor, processId, 'cocreation.draft');
	const keyAspectIds = [...new Set(input.keyAspectIds)];
	await checkKeyAspects(processId, keyAspectIds);
	if (await screened(actor, context, input.title)) return { outcome: 'held' };
	const { spec, store } = kindOf(input.kind);
	const itemId = await store.createManaged(
		context.process.organisationId,
		spec.create(input.title, input.language, newPartId),
		MANAGED_BY,
		await creditFor(actor, context)
	);
	const [material] = await db()
		.insert(cocreationMaterial)
		.values({
			processId,
			itemId,
			kind: input.kind,
			language: input.language,
			keyAspectIds
		})
		.returning({ id: cocreationMaterial.id });
	await recordChange(actor, material!.id, 'title', '', input.title);
	return { outcome: 'created', id: material!.id };
}

async function recordChange(
	actor: Actor,
	materialId: string,
	path: string,
	before: string,
	after: string,
	accepted?: { suggestionId: string; author: string },
	answers: readonly string[] = []
): Promise<void> {
	await db()
		.insert(cocreationChange)
		.values({
			materialId,
			path,
			before,
			after,
			author: accepted ? accepted.author : nameOf(actor),
			fromYouth: accepted ? false : actor.kind === 'participant',
			suggestionId: accepted?.suggestionId ?? null,
			acceptedBy: accepted ? nameOf(actor) : null,
			answers: [...answers]
		});
}

/** Adds a part the material offers (an empty card at the end, a choice and the new passage it leads to). */
export async function addPart(
	actor: Actor,
	processId: string,
	materialId: string,
	input: AdditionInput
): Promise<void> {
	const { context, material, spec, draft, save } = await draftToWrite(actor, processId, materialId);
	const at = input.at || null;
	const addition = spec
		.additions(draft.document)
		.find((item) => item.op === input.op && item.at === at);
	// Full, or a place that is no longer there (a passage made an ending meanwhile).
	if (!addition) throw new DomainError('cocreation.cannot_add', 409);
	const before = spec.slots(draft.document, material.language);
	if (addition.part !== null) await checkPen(actor, context, material.id, before, [addition.part]);
	const next = withAddition(spec, draft.document, material.language, input.op, at, newPartId)!;
	await save(next);
	// In the history as what it made ("Added: Passage 1 — Choice 2").
	const made = additionPath(before, spec.slots(next, material.language));
	if (made) await recordChange(actor, material.id, made, '', '');
}

/**
 * Takes out a part in which nothing is written (a card added by mistake, a passage not written yet, with the empty
 * choices leading to it): nobody's words are lost. Refused while a suggestion waits on one of its texts.
 */
export async function removePart(
	actor: Actor,
	processId: string,
	materialId: string,
	at: string
): Promise<void> {
	const { context, material, spec, draft, save } = await draftToWrite(actor, processId, materialId);
	const removal = spec.removals(draft.document, material.language).find((item) => item.at === at);
	// Written in since the page was shown, or already gone.
	if (!removal) throw new DomainError('cocreation.cannot_remove', 409);
	const waiting = await db()
		.select({ path: cocreationSuggestion.path })
		.from(cocreationSuggestion)
		.where(
			and(
				eq(cocreationSuggestion.materialId, material.id),
				eq(cocreationSuggestion.status, 'pending')
			)
		);
	if (waiting.some((item) => removes(removal, item.path)))
		throw new DomainError('cocreation.suggestion_waiting', 409);
	// The parts it touches: its own, and those whose choices lead to it.
	const slots = spec.slots(draft.document, material.language);
	const touched = slots
		.filter((slot) => slot.part && removes(removal, slot.path))
		.map((slot) => slot.part!.number);
	await checkPen(actor, context, material.id, slots, [...new Set([removal.part, ...touched])]);
	await save(withRemoval(spec, draft.document, material.language, at)!);
	const part = slots.find((slot) => slot.part?.number === removal.part)!.part!;
	await recordChange(actor, material.id, structuralPath('-', part, removal.item), '', '');
}

/** Whether the group holds any of these texts: a youth wrote it, or accepted an adult's words for it. */
async function holds(materialId: string, paths: readonly string[]): Promise<boolean> {
	if (paths.length === 0) return false;
	const held = await db()
		.select({ id: cocreationChange.id })
		.from(cocreationChange)
		.where(
			and(
				eq(cocreationChange.materialId, materialId),
				inArray(cocreationChange.path, [...paths]),
				or(eq(cocreationChange.fromYouth, true), isNotNull(cocreationChange.acceptedBy))
			)
		)
		.limit(1);
	return held.length > 0;
}

/** The paths of every text of these parts (by number). */
const pathsOfParts = (slots: readonly TextSlot[], parts: readonly number[]) =>
	slots.filter((slot) => slot.part && parts.includes(slot.part.number)).map((slot) => slot.path);

/**
 * The texts whose holding by the group makes an adult's change to `slot` a suggestion: the text itself, or, for a
 * choice (where a story's choice leads, an ending, a duration, a tool), every text of its part, which it shapes.
 */
const guardedPaths = (slots: readonly TextSlot[], slot: TextSlot): string[] =>
	slot.choices && slot.part ? pathsOfParts(slots, [slot.part.number]) : [slot.path];

/**
 * Youth hold the pen on structure too: an adult may not add to, or take out of, a part the group wrote in (a
 * choice on her passage, a question in her activity), unless the process lets adults edit directly.
 */
async function checkPen(
	actor: Actor,
	context: Context,
	materialId: string,
	slots: readonly TextSlot[],
	parts: readonly number[]
): Promise<void> {
	if (actor.kind !== 'user' || context.process.adultsEditDirectly) return;
	if (await holds(materialId, pathsOfParts(slots, parts)))
		throw new DomainError('cocreation.youth_part', 409);
}

/** Who wrote each text last (its latest change), and the texts the group holds (as `holds` reads them). */
async function lastAuthors(materialId: string) {
	const changes = await db()
		.select()
		.from(cocreationChange)
		.where(eq(cocreationChange.materialId, materialId))
		.orderBy(asc(cocreationChange.at));
	const last = new Map<string, typeof cocreationChange.$inferSelect>();
	const held = new Set<string>();
	for (const change of changes) {
		last.set(change.path, change);
		if (change.fromYouth || change.acceptedBy !== null) held.add(change.path);
	}
	return { last, held };
}

/**
 * Writes one text. A youth's passes the moderation first. An adult's edit to a text a youth wrote last becomes a
 * suggestion for the co-designers to accept or decline, unless the process lets adults edit directly.
 */
export async function writeText(
	actor: Actor,
	processId: string,
	materialId: string,
	input: { path: string; text: string; answers?: readonly string[] }
): Promise<'saved' | 'suggested' | 'held' | 'unchanged'> {
	const { context, material, spec, draft, save } = await draftToWrite(actor, processId, materialId);
	// The peers' feedback this change answers ("we heard / we changed"): published feedback of this process.
	const answers = [...new Set(input.answers ?? [])];
	await checkPublishedFeedback(processId, answers);
	const slot = slotAt(spec, draft.document, material.language, input.path);
	if (!slot) throw notFoundOrNotAllowed();
	const next = withText(spec, draft.document, material.language, input.path, input.text);
	if (!next)
		throw new DomainError(slot.choices ? 'validation.invalid' : 'validation.too_long', 400);
	if (slot.value === input.text) return 'unchanged';
	if (!slot.choices && (await screened(actor, context, input.text))) return 'held';
	if (actor.kind === 'user' && !context.process.adultsEditDirectly) {
		// A text is the group's once a youth wrote it or accepted an adult's words for it: from then on an
		// adult's edit is a suggestion. A choice (where a story's choice leads, an ending, a duration, a tool)
		// shapes the texts around it: it is the group's once the group wrote anything in its part.
		const guarded = guardedPaths(spec.slots(draft.document, material.language), slot);
		if (await holds(material.id, guarded)) {
			await db()
				.insert(cocreationSuggestion)
				.values({
					materialId: material.id,
					path: input.path,
					base: slot.value,
					proposed: input.text,
					author: nameOf(actor)
				});
			return 'suggested';
		}
	}
	await save(next);
	await recordChange(actor, material.id, input.path, slot.value, input.text, undefined, answers);
	return 'saved';
}

/** A co-designer accepts an adult's suggestion (it replaces the text, credited to the adult) or declines it. */
export async function decideSuggestion(
	actor: Actor,
	processId: string,
	suggestionId: string,
	accept: boolean
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.accept');
	if (!isCoDesigner(actor, context) || !isUuid(suggestionId)) throw notFoundOrNotAllowed();
	const [suggestion] = await db()
		.select({ suggestion: cocreationSuggestion, material: cocreationMaterial })
		.from(cocreationSuggestion)
		.innerJoin(cocreationMaterial, eq(cocreationMaterial.id, cocreationSuggestion.materialId))
		.where(
			and(eq(cocreationSuggestion.id, suggestionId), eq(cocreationMaterial.processId, processId))
		);
	if (!suggestion) throw notFoundOrNotAllowed();
	const { material } = suggestion;
	const row = suggestion.suggestion;
	// Decided once, even when "accept" and "decline" arrive together: the suggestion is claimed first.
	const [claimed] = await db()
		.update(cocreationSuggestion)
		.set({
			status: accept ? 'accepted' : 'declined',
			decidedBy: nameOf(actor),
			decidedAt: new Date()
		})
		.where(and(eq(cocreationSuggestion.id, row.id), eq(cocreationSuggestion.status, 'pending')))
		.returning({ id: cocreationSuggestion.id });
	if (!claimed) throw new DomainError('cocreation.already_decided', 409);
	if (accept) await applySuggestion(actor, context, material, row);
}

/** Writes an accepted suggestion into the text; back to waiting if the text changed since it was made. */
async function applySuggestion(
	actor: Actor,
	context: Context,
	material: MaterialRow,
	row: typeof cocreationSuggestion.$inferSelect
): Promise<void> {
	try {
		const { spec, store } = await kindIn(material, context.process.organisationId);
		const draft = await store.managedDraft(material.itemId, MANAGED_BY);
		const slot = slotAt(spec, draft.document, material.language, row.path);
		// The text changed since the suggestion was made: accepting it would undo someone's words.
		if (!slot || slot.value !== row.base)
			throw new DomainError('cocreation.suggestion_outdated', 409);
		const next = withText(spec, draft.document, material.language, row.path, row.proposed);
		if (!next) throw new DomainError('validation.too_long', 400);
		await store.writeManaged(material.itemId, MANAGED_BY, draft.revision, next, null);
		await recordChange(actor, material.id, row.path, slot.value, row.proposed, {
			suggestionId: row.id,
			author: row.author
		});
	} catch (failure) {
		await db()
			.update(cocreationSuggestion)
			.set({ status: 'pending', decidedBy: null, decidedAt: null })
			.where(eq(cocreationSuggestion.id, row.id));
		throw failure;
	}
}

/** Whether the adults' edits to what youth wrote apply at once (relaxed) or wait as suggestions; audited. */
export async function setAdultsEditDirectly(
	actor: Actor,
	processId: string,
	adultsEditDirectly: boolean
): Promise<void> {
	const context = await processFor(actor, processId, 'cocreation.manage');
	await db()
		.update(cocreationProcess)
		.set({ adultsEditDirectly })
		.where(eq(cocreationProcess.id, processId));
	await recordAudit(actor, {
		action: 'cocreation.pen_rule_changed',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_process',
		targetId: processId,
		details: { adultsEditDirectly }
	});
}

/**
 * A co-designer's choice to be credited by pseudonym on the process's material, given or withdrawn at any time:
 * her pseudonym shows, or disappears, wherever the material's credits are shown, from the next render.
 */
export async function setCredit(actor: Actor, processId: string, credit: boolean): Promise<void> {
	const context = await visibleProcess(actor, processId);
	if (!isCoDesigner(actor, context)) throw notFoundOrNotAllowed();
	await db()
		.insert(cocreationConsent)
		.values({ processId, participantId: actor.participantId, credit })
		.onConflictDoUpdate({
			target: [cocreationConsent.processId, cocreationConsent.participantId],
			set: { credit, decidedAt: new Date() }
		});
	const items = await db()
		.select({ itemId: cocreationMaterial.itemId })
		.from(cocreationMaterial)
		.where(eq(cocreationMaterial.processId, processId));
	await setCreditConsent(
		items.map((item) => item.itemId),
		actor.participantId,
		credit
	);
	await recordAudit(actor, {
		action: credit ? 'cocreation.credit_given' : 'cocreation.credit_withdrawn',
		organisationId: context.process.organisationId,
		targetType: 'cocreation_process',
		targetId: processId
	});
}

/** Her choice about being credited in the process (null: not asked yet, so not credited). */
export async function creditChoice(
	processId: string,
	participantId: string
): Promise<boolean | null> {
	const [row] = await db()
		.select({ credit: cocreationConsent.credit })
		.from(cocreationConsent)
		.where(
			and(
				eq(cocreationConsent.processId, processId),
				eq(cocreationConsent.participantId, participantId)
			)
		);
	return row?.credit ?? null;
}

/** A comment on a material, within the process (moderated like every youth text). */
export async function commentOnMaterial(
	actor: Actor,
	processId: string,
	materialId: string,
	text: string
): Promise<'published' | 'pending' | 'held'> {
	const context = await processFor(actor, processId, 'cocreation.draft');
	const material = await materialOf(context, materialId);
	const { status } = await submitPost(
		actor,
		{
			organisationId: context.process.organisationId,
			groupId: context.process.groupId,
			scopeId: context.process.id,
			targetId: material.id,
			needsApproval: context.process.postsNeedApproval,
			source: 'cocreation_comment'
		},
		text
	);
	return status;
}

// ---------------------------------------------------------------------------------------------------------
// What a person sees

export type MaterialSummary = {
	id: string;
	kind: MaterialKind;
	title: string;
	keyAspectIds: string[];
	/** How big it is, in its own words ("3 cards", "5 passages"). */
	size: { key: MessageKey; count: number };
	/** Suggestions waiting for a co-designer. */
	waiting: number;
	/** The version published when the group finalised it; null while a draft. */
	finalVersion: number | null;
	/** Texts still missing before it could be published (piloted or finalised). */
	problems: number;
};

/** The process's materials, for its page (what covers which key aspect). WARNING: no permission check. */
export async function materialsOf(processId: string): Promise<MaterialSummary[]> {
	const rows = await db()
		.select()
		.from(cocreationMaterial)
		.where(eq(cocreationMaterial.processId, processId))
		.orderBy(asc(cocreationMaterial.createdAt));
	if (rows.length === 0) return [];
	const waiting = await db()
		.select({ materialId: cocreationSuggestion.materialId })
		.from(cocreationSuggestion)
		.where(
			and(
				inArray(
					cocreationSuggestion.materialId,
					rows.map((row) => row.id)
				),
				eq(cocreationSuggestion.status, 'pending')
			)
		);
	return Promise.all(
		rows.map(async (row) => {
			const { spec, store } = kindOf(row.kind);
			const { document, problems } = await store.managedDraft(row.itemId, MANAGED_BY);
			return {
				finalVersion: row.finalVersion,
				problems: problems.length,
				id: row.id,
				kind: row.kind,
				title: spec.title(document, row.language),
				keyAspectIds: row.keyAspectIds,
				size: { key: spec.size, count: spec.count(document) },
				waiting: waiting.filter((item) => item.materialId === row.id).length
			};
		})
	);
}

/**
 * Each material's texts as they are now, to name the places its change log speaks of ("Passage 2 — Choice 1").
 * WARNING: no permission check.
 */
export async function slotsOfMaterials(
	processId: string,
	organisationId: string
): Promise<Map<string, TextSlot[]>> {
	const rows = await db()
		.select()
		.from(cocreationMaterial)
		.where(eq(cocreationMaterial.processId, processId));
	return new Map(
		await Promise.all(
			rows.map(async (row) => {
				const { spec, store } = await kindIn(row, organisationId);
				const document = await store.managedDocument(row.itemId, MANAGED_BY);
				return [row.id, spec.slots(document, row.language)] as const;
			})
		)
	);
}

export type SlotView = TextSlot & {
	/** Who wrote it last (a pseudonym or an adult's name), and whether a youth did. */
	lastBy: string | null;
	fromYouth: boolean;
	/** Whether an adult's change to it is a suggestion (the group holds it, or, for a choice, its part). */
	held: boolean;
	suggestions: { id: string; proposed: string; author: string }[];
};

export type MaterialView = {
	id: string;
	processId: string;
	processTitle: string;
	kind: MaterialKind;
	language: Language;
	title: string;
	slots: SlotView[];
	keyAspects: { id: string; text: string }[];
	/** What can be added, and where (a card at the end, a choice on a passage). */
	additions: Addition[];
	/** The parts with nothing written in them, which can be taken out. */
	removals: Removal[];
	history: {
		path: string;
		/** A text written, or a part added or taken out (its place at that moment). */
		change: 'text' | 'added' | 'removed';
		/** "gone" for a text no longer in the material (a debrief once the passage is no longer an ending). */
		field: string;
		number?: number;
		part: TextSlot['part'];
		/** When it is a choice, the values it can take, to show the one taken by its label. */
		choices?: TextSlot['choices'];
		before: string;
		after: string;
		author: string;
		acceptedBy: string | null;
		at: Date;
	}[];
	declined: { path: string; proposed: string; author: string; decidedBy: string }[];
	/** Suggestions still waiting on a text no longer shown (its passage is no longer an ending…): to decline. */
	elsewhere: { id: string; proposed: string; author: string }[];
	/** Texts still missing before it could be published. */
	problems: number;
	/** What else blocks it, in the group's words, on its part (a passage no choice leads to). */
	structure: { key: MessageKey; part: number | null }[];
	comments: PostView[];
	/** The peers' published feedback a change can answer ("we heard / we changed"), while pilots are on. */
	feedback: { id: string; text: string }[];
	adultsEditDirectly: boolean;
	may: { write: boolean; accept: boolean; steer: boolean };
	viewer: 'co-designer' | 'adult';
};

/** A material with its texts (one at a time on a phone), pending suggestions and history. */
export async function materialView(
	actor: Actor,
	processId: string,
	materialId: string
): Promise<MaterialView> {
	const context = await visibleProcess(actor, processId);
	const material = await materialOf(context, materialId);
	const { spec, store } = await kindIn(material, context.process.organisationId);
	const draft = await store.managedDraft(material.itemId, MANAGED_BY);
	const slots = spec.slots(draft.document, material.language);
	const [{ last, held }, suggestions, history, aspects] = await Promise.all([
		lastAuthors(material.id),
		db()
			.select()
			.from(cocreationSuggestion)
			.where(eq(cocreationSuggestion.materialId, material.id))
			.orderBy(asc(cocreationSuggestion.createdAt)),
		db()
			.select()
			.from(cocreationChange)
			.where(eq(cocreationChange.materialId, material.id))
			.orderBy(desc(cocreationChange.at))
			.limit(100),
		material.keyAspectIds.length === 0
			? []
			: db()
					.select({ id: cocreationKeyAspect.id, text: cocreationKeyAspect.text })
					.from(cocreationKeyAspect)
					.where(inArray(cocreationKeyAspect.id, material.keyAspectIds))
	]);
	const steers = allows(actor, 'cocreation.manage', { group: context.group });
	const coDesigner = isCoDesigner(actor, context);
	const scope = scopeOf(context);
	const slotOf = (path: string) => slots.find((slot) => slot.path === path);
	return {
		id: material.id,
		processId: context.process.id,
		processTitle: context.process.title,
		kind: material.kind,
		language: material.language,
		title: spec.title(draft.document, material.language),
		slots: slots.map((slot) => ({
			...slot,
			lastBy: last.get(slot.path)?.author ?? null,
			fromYouth: last.get(slot.path)?.fromYouth ?? false,
			held: guardedPaths(slots, slot).some((path) => held.has(path)),
			suggestions: suggestions
				.filter((item) => item.path === slot.path && item.status === 'pending')
				.map((item) => ({ id: item.id, proposed: item.proposed, author: item.author }))
		})),
		keyAspects: aspects,
		history: history.map((change) => {
			const structural = structuralChange(change.path);
			const slot = slotOf(change.path);
			return {
				path: change.path,
				change: structural?.change ?? 'text',
				field: structural?.item?.field ?? slot?.field ?? (structural ? '' : 'gone'),
				number: structural?.item?.number ?? slot?.number,
				part: structural?.part ?? slot?.part ?? null,
				...(slot?.choices ? { choices: slot.choices } : {}),
				before: change.before,
				after: change.after,
				author: change.author,
				acceptedBy: change.acceptedBy,
				at: change.at
			};
		}),
		elsewhere: suggestions
			.filter((item) => item.status === 'pending' && !slotOf(item.path))
			.map((item) => ({ id: item.id, proposed: item.proposed, author: item.author })),
		declined: suggestions
			.filter((item) => item.status === 'declined')
			.map((item) => ({
				path: item.path,
				proposed: item.proposed,
				author: item.author,
				decidedBy: item.decidedBy ?? ''
			})),
		problems: draft.problems.filter((problem) => !isStructural(problem.key)).length,
		structure: youthProblems(spec, draft.problems),
		additions: spec.additions(draft.document),
		removals: spec.removals(draft.document, material.language),
		comments: (
			await postsIn(context.process.id, {
				participantId: coDesigner ? actor.participantId : null,
				userId: actor.kind === 'user' ? actor.userId : null,
				moderator: steers
			})
		).filter((post) => post.targetId === material.id),
		adultsEditDirectly: context.process.adultsEditDirectly,
		feedback:
			context.current && shows(context.current.kind, 'feedback')
				? (await pilotsOf(context.process.id, false))
						.filter((pilot) => pilot.materialId === material.id)
						.flatMap((pilot) => pilot.feedback)
						.map((item) => ({
							id: item.id,
							text: [item.didNot, item.suggestions, item.worked].filter(Boolean).join(' — ')
						}))
						.filter((item) => item.text !== '')
				: [],
		may: {
			write: allows(actor, 'cocreation.draft', scope),
			accept: coDesigner && allows(actor, 'cocreation.accept', scope),
			steer: steers
		},
		viewer: coDesigner ? 'co-designer' : 'adult'
	};
}
