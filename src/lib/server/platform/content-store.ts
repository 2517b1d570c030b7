// The versioned-content engine: every versioned document (programs, decks, scenarios, videos, and the
// training modules, questionnaires and findings to come) is a draft saved with a revision, sent for review,
// published as immutable versions, archived and restored, with its history and its credited authors. Each
// module makes its store with `contentStore`, giving the shape of its document, its publishing checks and the
// rights that govern it; the status rules are data in src/lib/domain/publishing/transitions.ts.
import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { isUuid } from '#lib/domain/ids.ts';
import type { Localized } from '#lib/domain/programs/document.ts';
import type { Problem } from '#lib/domain/programs/validation.ts';
import {
	availableSteps,
	checkStep,
	type PublishingPolicy,
	type PublishingStep
} from '#lib/domain/publishing/transitions.ts';
import { db, type Executor } from '../db/client.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { DomainError, notFoundOrNotAllowed } from './errors.ts';
import { allows, authorise, type Right } from './rights.ts';
import { contentCredit, contentItem, contentVersion, publishingPolicy } from './schema.ts';

/** "program", or a tool kind's type from the registry ("deck", "scenario", "video"…). */
export type ContentType = string;
export type ContentStatus = (typeof contentItem.$inferSelect)['status'];
type ItemRow = typeof contentItem.$inferSelect;

/** Writing, reviewing, publishing and archiving tools (the rights table: the organisation's coordinators). */
export function canAuthorContent(actor: Actor, organisationId: string): boolean {
	return allows(actor, 'content.author', { organisationId });
}

/** Using published tools (playing, projecting, watching): the organisation's staff and its youth. */
export function canUseContent(actor: Actor, organisationId: string): boolean {
	return allows(actor, 'content.use', { organisationId });
}

export type ContentSpec<D> = {
	type: ContentType;
	/** Who writes it, and who uses its published versions (rights of the rights table). */
	rights?: { author: Right; use: Right };
	/** The document's shape; anything else is refused as `content.invalid_document`. */
	schema: z.ZodType<D>;
	/** Problems that block publishing; an empty list means it can be published. */
	validate: (document: D, organisationId: string) => Problem[] | Promise<Problem[]>;
	title: (document: D) => Localized;
	/**
	 * Refuses a document whose references cannot belong to the organisation (a video's files), before it is
	 * stored. Throws a DomainError.
	 */
	checkReferences?: (organisationId: string, document: D, database: Executor) => Promise<void>;
};

export type ContentSummary = {
	id: string;
	title: Localized;
	status: ContentStatus;
	latestVersion: number | null;
	updatedAt: Date;
	/** When it arrived as an imported copy (null for the organisation's own). */
	importedAt: Date | null;
};

export type ContentDraft<D> = {
	id: string;
	organisationId: string;
	status: ContentStatus;
	revision: number;
	latestVersion: number | null;
	document: D;
	problems: Problem[];
	/** The publishing steps this person may take now (the panel shows these). */
	steps: PublishingStep[];
	/** Whether the organisation asks a second coordinator to approve, and who sent this for review. */
	secondApproval: boolean;
	submittedByActor: boolean;
	isStarter: boolean;
	/** When it arrived as an imported copy (null for the organisation's own). */
	importedAt: Date | null;
};

export type ContentVersion<D> = {
	id: string;
	organisationId: string;
	number: number;
	publishedAt: Date;
	document: D;
	/** Who wrote it, as they agreed to be credited (youth by pseudonym); none for shipped starter content. */
	credits: string[];
	/** Written by a co-design group (a managed item): its credits are shown where it is played. */
	coCreated: boolean;
};

export type VersionSummary = { number: number; publishedAt: Date };

function userId(actor: Actor): string | null {
	return actor.kind === 'user' ? actor.userId : null;
}

/** What every store offers, whatever its document (for the pages all tools share). */
export type ToolStore = {
	list(actor: Actor, organisationId: string): Promise<ContentSummary[]>;
	create(
		actor: Actor,
		organisationId: string,
		document: unknown,
		database?: Executor,
		options?: { imported?: boolean }
	): Promise<string>;
	forAuthoring(actor: Actor, id: string): Promise<ContentDraft<unknown>>;
	saveDraft(
		actor: Actor,
		id: string,
		revision: number,
		input: unknown
	): Promise<{ revision: number; problems: Problem[] }>;
	submit(actor: Actor, id: string): Promise<void>;
	publish(actor: Actor, id: string): Promise<number>;
	archive(actor: Actor, id: string, archived: boolean): Promise<void>;
	versions(actor: Actor, id: string): Promise<VersionSummary[]>;
	version(actor: Actor, id: string, number: number | 'latest'): Promise<ContentVersion<unknown>>;
	published(actor: Actor, organisationId: string): Promise<ContentSummary[]>;
};

/** The organisation's publishing policy (no second approval until a coordinator asks for one). */
export async function publishingPolicyOf(organisationId: string): Promise<PublishingPolicy> {
	const [row] = await db()
		.select({ secondApproval: publishingPolicy.secondApproval })
		.from(publishingPolicy)
		.where(eq(publishingPolicy.organisationId, organisationId));
	return { secondApproval: row?.secondApproval ?? false };
}

/** The organisation's coordinators decide whether publishing needs a second coordinator's approval. */
export async function setPublishingPolicy(
	actor: Actor,
	organisationId: string,
	policy: PublishingPolicy
): Promise<void> {
	authorise(actor, 'content.set_policy', { organisationId });
	await db()
		.insert(publishingPolicy)
		.values({ organisationId, secondApproval: policy.secondApproval, updatedBy: userId(actor) })
		.onConflictDoUpdate({
			target: publishingPolicy.organisationId,
			set: {
				secondApproval: policy.secondApproval,
				updatedBy: userId(actor),
				updatedAt: new Date()
			}
		});
	await recordAudit(actor, {
		action: 'content.policy_set',
		organisationId,
		details: { secondApproval: policy.secondApproval }
	});
}

/** Credits the adult who writes an item (by name, with consent given by writing it). */
async function creditAuthor(
	actor: Actor,
	itemId: string,
	database: Executor = db()
): Promise<void> {
	if (actor.kind !== 'user') return;
	await database
		.insert(contentCredit)
		.values({
			itemId,
			actorKind: 'user',
			actorId: actor.userId,
			creditedAs: actor.name,
			consentToCredit: true
		})
		.onConflictDoNothing();
}

/** Someone to credit on an item: an adult by name, a youth by pseudonym with her consent (or not yet). */
export type Credit = {
	kind: 'user' | 'participant';
	id: string;
	name: string;
	consent: boolean;
};

async function addCredit(itemId: string, credit: Credit, database: Executor): Promise<void> {
	await database
		.insert(contentCredit)
		.values({
			itemId,
			actorKind: credit.kind,
			actorId: credit.id,
			creditedAs: credit.name,
			consentToCredit: credit.consent
		})
		.onConflictDoNothing();
}

/**
 * Gives or withdraws a youth's consent to be credited on these items: her pseudonym shows, or disappears, on
 * every page that shows their credits from the next render. WARNING: no permission check.
 */
export async function setCreditConsent(
	itemIds: readonly string[],
	participantId: string,
	consent: boolean
): Promise<void> {
	if (itemIds.length === 0) return;
	await db()
		.update(contentCredit)
		.set({ consentToCredit: consent })
		.where(
			and(
				inArray(contentCredit.itemId, [...itemIds]),
				eq(contentCredit.actorKind, 'participant'),
				eq(contentCredit.actorId, participantId)
			)
		);
}

/** The names credited on an item (those who consented), in the order they joined it. */
export async function creditsOf(itemId: string): Promise<string[]> {
	const rows = await db()
		.select({ creditedAs: contentCredit.creditedAs })
		.from(contentCredit)
		.where(and(eq(contentCredit.itemId, itemId), eq(contentCredit.consentToCredit, true)))
		.orderBy(asc(contentCredit.addedAt));
	return rows.map((row) => row.creditedAs);
}

/** The store `contentStore` makes for documents of type D. */
export type ContentStore<D> = ReturnType<typeof contentStore<D>>;

export function contentStore<D>(spec: ContentSpec<D>) {
	const { type } = spec;
	const rights = spec.rights ?? { author: 'content.author', use: 'content.use' };
	const mayAuthor = (actor: Actor, organisationId: string) =>
		allows(actor, rights.author, { organisationId });
	const mayUse = (actor: Actor, organisationId: string) =>
		allows(actor, rights.use, { organisationId });

	function parse(input: unknown): D {
		const parsed = spec.schema.safeParse(input);
		if (!parsed.success) throw new DomainError('content.invalid_document', 400);
		return parsed.data;
	}

	async function parseFor(
		organisationId: string,
		input: unknown,
		database: Executor = db()
	): Promise<D> {
		const document = parse(input);
		await spec.checkReferences?.(organisationId, document, database);
		return document;
	}

	async function load(id: string): Promise<ItemRow> {
		const [row] = await db()
			.select()
			.from(contentItem)
			.where(and(eq(contentItem.id, id), eq(contentItem.type, type)));
		if (!row) throw notFoundOrNotAllowed();
		return row;
	}

	async function loadForAuthoring(actor: Actor, id: string): Promise<ItemRow> {
		const row = await load(id);
		if (!mayAuthor(actor, row.organisationId)) throw notFoundOrNotAllowed();
		// Written by another module's rules (a co-design group's material): not in the authors' editor.
		if (row.managedBy !== null) throw new DomainError('content.managed', 409);
		return row;
	}

	async function loadManaged(id: string, managedBy: string): Promise<ItemRow> {
		if (!isUuid(id)) throw notFoundOrNotAllowed();
		const row = await load(id);
		if (row.managedBy !== managedBy) throw notFoundOrNotAllowed();
		return row;
	}

	/** Authors see every version; users only items published and not archived. */
	async function loadForReading(actor: Actor, id: string): Promise<ItemRow> {
		const row = await load(id);
		if (mayAuthor(actor, row.organisationId)) return row;
		if (
			!mayUse(actor, row.organisationId) ||
			row.latestVersion === null ||
			row.status === 'archived' ||
			!row.listed
		)
			throw notFoundOrNotAllowed();
		return row;
	}

	function audit(
		actor: Actor,
		action: string,
		row: Pick<ItemRow, 'id' | 'organisationId'>,
		database: Executor = db()
	) {
		return (details?: Record<string, number>) =>
			recordAudit(
				actor,
				{
					action: `content.${action}`,
					organisationId: row.organisationId,
					targetType: type,
					targetId: row.id,
					details
				},
				database
			);
	}

	function stateOf(row: ItemRow) {
		return {
			status: row.status,
			hasVersion: row.latestVersion !== null,
			submittedBy: row.submittedBy
		};
	}

	/** Refuses a step the publishing rules do not allow now, with their reason. */
	async function allowStep(actor: Actor, row: ItemRow, step: PublishingStep) {
		const policy = await publishingPolicyOf(row.organisationId);
		const checked = checkStep(stateOf(row), step, policy, userId(actor));
		if (!checked.ok) throw new DomainError(checked.refusal, 409);
		return { to: checked.to, policy };
	}

	async function draftView(actor: Actor, row: ItemRow): Promise<ContentDraft<D>> {
		const document = row.draft as D;
		const policy = await publishingPolicyOf(row.organisationId);
		return {
			id: row.id,
			organisationId: row.organisationId,
			status: row.status,
			revision: row.revision,
			latestVersion: row.latestVersion,
			document,
			problems: await spec.validate(document, row.organisationId),
			steps: availableSteps(stateOf(row), policy, userId(actor)),
			secondApproval: policy.secondApproval,
			submittedByActor: row.submittedBy !== null && row.submittedBy === userId(actor),
			isStarter: row.isStarter,
			importedAt: row.importedAt
		};
	}

	async function publishRow(actor: Actor, row: ItemRow, database: Executor): Promise<number> {
		const number = (row.latestVersion ?? 0) + 1;
		await database.transaction(async (tx) => {
			await tx.insert(contentVersion).values({
				itemId: row.id,
				organisationId: row.organisationId,
				number,
				document: row.draft,
				publishedBy: userId(actor)
			});
			await tx
				.update(contentItem)
				.set({
					status: 'published',
					latestVersion: number,
					submittedBy: null,
					updatedAt: new Date()
				})
				.where(eq(contentItem.id, row.id));
		});
		return number;
	}

	function summaries(rows: { item: ItemRow; document: unknown }[]): ContentSummary[] {
		return rows.map(({ item, document }) => ({
			id: item.id,
			title: spec.title(document as D),
			status: item.status,
			latestVersion: item.latestVersion,
			updatedAt: item.updatedAt,
			importedAt: item.importedAt
		}));
	}

	return {
		parse,
		mayAuthor,

		/** All of the organisation's items for authors; the published, not archived ones for users. */
		async list(actor: Actor, organisationId: string): Promise<ContentSummary[]> {
			const author = mayAuthor(actor, organisationId);
			if (!author) authorise(actor, rights.use, { organisationId });
			const rows = await db()
				.select()
				.from(contentItem)
				.where(
					and(
						eq(contentItem.organisationId, organisationId),
						eq(contentItem.type, type),
						...(author
							? // A co-design group's material shows here once finalised (listed).
								[or(isNull(contentItem.managedBy), eq(contentItem.listed, true))!]
							: [
									isNotNull(contentItem.latestVersion),
									ne(contentItem.status, 'archived'),
									eq(contentItem.listed, true)
								])
					)
				)
				.orderBy(asc(contentItem.createdAt));
			return summaries(rows.map((item) => ({ item, document: item.draft })));
		},

		/** The published, usable items, titled as published (for players and the program editor). */
		async published(actor: Actor, organisationId: string): Promise<ContentSummary[]> {
			authorise(actor, rights.use, { organisationId });
			return (await publishedTitles(organisationId, [type])).get(type) ?? [];
		},

		/** A new draft; `database` lets an import create several items and a program in one transaction. */
		async create(
			actor: Actor,
			organisationId: string,
			document: D,
			database: Executor = db(),
			options: { imported?: boolean } = {}
		): Promise<string> {
			authorise(actor, rights.author, { organisationId });
			const [created] = await database
				.insert(contentItem)
				.values({
					organisationId,
					type,
					draft: await parseFor(organisationId, document, database),
					createdBy: userId(actor),
					importedAt: options.imported ? new Date() : null
				})
				.returning();
			await creditAuthor(actor, created!.id, database);
			await audit(actor, 'created', created!, database)();
			return created!.id;
		},

		async forAuthoring(actor: Actor, id: string): Promise<ContentDraft<D>> {
			return draftView(actor, await loadForAuthoring(actor, id));
		},

		/**
		 * Saves the draft (autosave). `revision` is the one the editor started from: if someone saved since,
		 * the save is refused rather than overwriting their work. Editing a published or reviewed item makes
		 * it a draft again; its published versions stay as they were.
		 */
		async saveDraft(
			actor: Actor,
			id: string,
			revision: number,
			input: unknown
		): Promise<{ revision: number; problems: Problem[] }> {
			const row = await loadForAuthoring(actor, id);
			if (row.status === 'archived') throw new DomainError('content.archived', 409);
			const document = await parseFor(row.organisationId, input);
			const [saved] = await db()
				.update(contentItem)
				.set({
					draft: document,
					revision: revision + 1,
					status: 'draft',
					submittedBy: null,
					updatedAt: new Date()
				})
				.where(and(eq(contentItem.id, id), eq(contentItem.revision, revision)))
				.returning({ revision: contentItem.revision });
			if (!saved) throw new DomainError('content.save_conflict', 409);
			await creditAuthor(actor, id);
			return {
				revision: saved.revision,
				problems: await spec.validate(document, row.organisationId)
			};
		},

		/** Sends the draft for review (and, with a second approval required, for another coordinator). */
		async submit(actor: Actor, id: string): Promise<void> {
			const row = await loadForAuthoring(actor, id);
			const { to } = await allowStep(actor, row, 'submit');
			await db()
				.update(contentItem)
				.set({ status: to, submittedBy: userId(actor), updatedAt: new Date() })
				.where(eq(contentItem.id, id));
			await audit(actor, 'submitted', row)();
		},

		/**
		 * Publishes the draft as the next immutable version, when nothing blocks it. With a second approval
		 * required, publishing what another coordinator submitted is the approval, and is recorded as such.
		 */
		async publish(actor: Actor, id: string): Promise<number> {
			const row = await loadForAuthoring(actor, id);
			const { policy } = await allowStep(actor, row, 'publish');
			const problems = await spec.validate(row.draft as D, row.organisationId);
			if (problems.length > 0)
				throw new DomainError('content.not_publishable', 422, {
					values: { count: problems.length }
				});
			const number = await publishRow(actor, row, db());
			if (policy.secondApproval) await audit(actor, 'approved', row)({ version: number });
			await audit(actor, 'published', row)({ version: number });
			return number;
		},

		async archive(actor: Actor, id: string, archived: boolean): Promise<void> {
			const row = await loadForAuthoring(actor, id);
			const { to } = await allowStep(actor, row, archived ? 'archive' : 'restore');
			await db()
				.update(contentItem)
				.set({ status: to, submittedBy: null, updatedAt: new Date() })
				.where(eq(contentItem.id, id));
			await audit(actor, archived ? 'archived' : 'restored', row)();
		},

		/** The published versions, newest first: the item's history. */
		async versions(actor: Actor, id: string): Promise<VersionSummary[]> {
			await loadForReading(actor, id);
			return db()
				.select({ number: contentVersion.number, publishedAt: contentVersion.publishedAt })
				.from(contentVersion)
				.where(eq(contentVersion.itemId, id))
				.orderBy(desc(contentVersion.number));
		},

		/** A published version (`latest` for the newest), for playing, printing, projecting or comparing. */
		async version(actor: Actor, id: string, number: number | 'latest'): Promise<ContentVersion<D>> {
			const row = await loadForReading(actor, id);
			const wanted = number === 'latest' ? row.latestVersion : number;
			if (wanted === null) throw notFoundOrNotAllowed();
			const [version] = await db()
				.select()
				.from(contentVersion)
				.where(and(eq(contentVersion.itemId, id), eq(contentVersion.number, wanted)));
			if (!version) throw notFoundOrNotAllowed();
			return {
				id,
				organisationId: row.organisationId,
				number: version.number,
				publishedAt: version.publishedAt,
				document: version.document as D,
				credits: row.isStarter ? [] : await creditsOf(id),
				coCreated: row.managedBy !== null
			};
		},

		/**
		 * A draft written by another module's rules (`managedBy`), not by the authors' editor.
		 * WARNING: no permission check — the managing module authorises its own verb first.
		 */
		async createManaged(
			organisationId: string,
			document: D,
			managedBy: string,
			credit: Credit | null
		): Promise<string> {
			return db().transaction(async (tx) => {
				const [created] = await tx
					.insert(contentItem)
					.values({
						organisationId,
						type,
						draft: await parseFor(organisationId, document, tx),
						managedBy,
						listed: false
					})
					.returning({ id: contentItem.id });
				if (credit) await addCredit(created!.id, credit, tx);
				return created!.id;
			});
		},

		/** A managed item's draft. WARNING: no permission check. */
		async managedDraft(id: string, managedBy: string) {
			const row = await loadManaged(id, managedBy);
			const document = row.draft as D;
			return {
				document,
				revision: row.revision,
				latestVersion: row.latestVersion,
				problems: await spec.validate(document, row.organisationId)
			};
		},

		/**
		 * Saves a managed item's draft from the revision it was read at (refused if someone saved since), and
		 * credits its writer. WARNING: no permission check — the managing module authorises its own verb first.
		 */
		async writeManaged(
			id: string,
			managedBy: string,
			revision: number,
			document: D,
			credit: Credit | null
		): Promise<number> {
			const row = await loadManaged(id, managedBy);
			const checked = await parseFor(row.organisationId, document);
			return db().transaction(async (tx) => {
				const [saved] = await tx
					.update(contentItem)
					.set({ draft: checked, revision: revision + 1, updatedAt: new Date() })
					.where(and(eq(contentItem.id, id), eq(contentItem.revision, revision)))
					.returning({ revision: contentItem.revision });
				if (!saved) throw new DomainError('content.save_conflict', 409);
				if (credit) await addCredit(id, credit, tx);
				return saved.revision;
			});
		},

		/**
		 * Publishes a managed item's draft as its next version, when nothing blocks it; audited as the actor's.
		 * `list`: the organisation is offered it from now on (its libraries, play pages); otherwise the version
		 * serves only the managing module (a pilot's live session). WARNING: no permission check beyond the
		 * managing module's own.
		 */
		async publishManaged(
			actor: Actor,
			id: string,
			managedBy: string,
			options: { list?: boolean } = {}
		): Promise<number> {
			const row = await loadManaged(id, managedBy);
			const problems = await spec.validate(row.draft as D, row.organisationId);
			if (problems.length > 0)
				throw new DomainError('content.not_publishable', 422, {
					values: { count: problems.length }
				});
			const number = await publishRow(actor, row, db());
			if (options.list)
				await db().update(contentItem).set({ listed: true }).where(eq(contentItem.id, row.id));
			await audit(actor, 'published', row)({ version: number });
			return number;
		},

		/** A managed item's draft document, without its publishing checks. WARNING: no permission check. */
		async managedDocument(id: string, managedBy: string): Promise<D> {
			return (await loadManaged(id, managedBy)).draft as D;
		},

		/** Gives an organisation a starter item, published as version 1 so it can be used at once. */
		async seed(
			actor: Actor,
			organisationId: string,
			document: D,
			database: Executor = db()
		): Promise<string> {
			if (actor.kind !== 'system') throw notFoundOrNotAllowed();
			const [row] = await database
				.insert(contentItem)
				.values({
					organisationId,
					type,
					draft: await parseFor(organisationId, document, database),
					isStarter: true
				})
				.returning();
			await publishRow(actor, row!, database);
			return row!.id;
		}
	};
}

/**
 * Whether a published version of a not-archived item of the organisation holds `value` at one of the JSON
 * `paths` of its document (e.g. a video's `["captions", "fr"]`): for a module to know that a file it keeps
 * is part of something published.
 * WARNING: no permission check — the calling service has checked the actor on the organisation.
 */
export async function usedByPublished(
	organisationId: string,
	type: ContentType,
	paths: readonly (readonly string[])[],
	value: string
): Promise<boolean> {
	const at = (keys: readonly string[]) =>
		sql`${contentVersion.document} #>> ${`{${keys.join(',')}}`} = ${value}`;
	const [row] = await db()
		.select({ id: contentVersion.id })
		.from(contentVersion)
		.innerJoin(contentItem, eq(contentItem.id, contentVersion.itemId))
		.where(
			and(
				eq(contentItem.organisationId, organisationId),
				eq(contentItem.type, type),
				ne(contentItem.status, 'archived'),
				or(...paths.map(at))
			)
		)
		.limit(1);
	return row !== undefined;
}

/**
 * The ids that can be ids: a stored document may hold anything in a reference (an old draft, a hostile
 * package), so only a real id reaches a query and the rest is simply not usable.
 */
function realIds(ids: readonly string[]): string[] {
	return ids.filter(isUuid);
}

/**
 * The latest published version of the organisation's usable items that match `condition`: each item, its title,
 * and its whole document only when asked for (a list of titles must not read every document in full).
 */
function latestPublished(organisationId: string, condition: SQL, withDocument: boolean) {
	return db()
		.select({
			item: contentItem,
			title: sql<Localized>`${contentVersion.document} -> 'title'`,
			document: withDocument ? contentVersion.document : sql<unknown>`null`
		})
		.from(contentItem)
		.innerJoin(
			contentVersion,
			and(
				eq(contentVersion.itemId, contentItem.id),
				eq(contentVersion.number, contentItem.latestVersion)
			)
		)
		.where(
			and(
				eq(contentItem.organisationId, organisationId),
				ne(contentItem.status, 'archived'),
				condition
			)
		)
		.orderBy(asc(contentItem.createdAt));
}

/**
 * The organisation's published, usable items of these types, by type, with their titles only: a teen's home
 * lists every tool, and must not read every document in full. One query for every type.
 * WARNING: no permission check — the calling service has checked the actor on the organisation.
 */
export async function publishedTitles(
	organisationId: string,
	types: readonly string[]
): Promise<Map<string, ContentSummary[]>> {
	const rows = await latestPublished(
		organisationId,
		and(inArray(contentItem.type, [...types]), eq(contentItem.listed, true))!,
		false
	);
	const byType = new Map<string, ContentSummary[]>(types.map((type) => [type, []]));
	for (const { item, title } of rows)
		byType.get(item.type)?.push({
			id: item.id,
			title,
			status: item.status,
			latestVersion: item.latestVersion,
			updatedAt: item.updatedAt,
			importedAt: item.importedAt
		});
	return byType;
}

/**
 * The latest published version of each given item that the organisation can use (published, not archived),
 * for a program's content package. Items not usable are left out.
 * WARNING: no permission check — the calling service has checked the actor on the organisation.
 */
export async function publishedDocuments(
	organisationId: string,
	ids: readonly string[]
): Promise<{ type: ContentType; id: string; version: number; document: unknown }[]> {
	const valid = realIds(ids);
	if (valid.length === 0) return [];
	const rows = await latestPublished(organisationId, inArray(contentItem.id, valid), true);
	return rows.map(({ item, document }) => ({
		type: item.type,
		id: item.id,
		version: item.latestVersion!,
		document
	}));
}

/**
 * The document of one published version of an item of the organisation, or null: for a live session, whose
 * presenter screen and phones show the version the facilitator chose.
 * WARNING: no permission check — the calling service has checked the actor on the session.
 */
export async function versionDocument(
	organisationId: string,
	itemId: string,
	number: number
): Promise<unknown> {
	const [row] = await db()
		.select({ document: contentVersion.document })
		.from(contentVersion)
		.where(
			and(
				eq(contentVersion.organisationId, organisationId),
				eq(contentVersion.itemId, itemId),
				eq(contentVersion.number, number)
			)
		);
	return row?.document ?? null;
}

/**
 * Which of the given items exist, are published and not archived in the organisation, as "type:id" —
 * for programs to check the tools their activities refer to.
 * WARNING: no permission check — the calling service has checked the actor on the organisation.
 */
export async function usableContent(
	organisationId: string,
	ids: readonly string[]
): Promise<Set<string>> {
	const valid = realIds(ids);
	if (valid.length === 0) return new Set();
	const rows = await db()
		.select({ id: contentItem.id, type: contentItem.type })
		.from(contentItem)
		.where(
			and(
				eq(contentItem.organisationId, organisationId),
				inArray(contentItem.id, valid),
				isNotNull(contentItem.latestVersion),
				ne(contentItem.status, 'archived'),
				eq(contentItem.listed, true)
			)
		);
	return new Set(rows.map((row) => `${row.type}:${row.id}`));
}
