// The process report, printable and as CSV: phases and dates, participation counts with small numbers hidden
// (DESIGN.md §4 rule 7: domain/reports/suppression.ts), key aspects and the material that addresses each, the
// material and its change log (a youth named only if she agreed to be credited), the pilots' feedback counts,
// proposals with youth and adult support, commitments and their status history. Texts held for a designated
// facilitator are never part of it: they are not in the process's tables. For the process's adults; audited.
import { and, asc, eq, inArray } from 'drizzle-orm';
import {
	isOverdue,
	RECOMMEND,
	type CommitmentStatus,
	type PhaseKind,
	type WhoActs
} from '#lib/domain/cocreation/phases.ts';
import { structuralChange, type SlotChoice } from '#lib/domain/cocreation/materials.ts';
import type { Place } from '#lib/domain/cocreation/material-words.ts';
import { partition, share, total, type Cell } from '#lib/domain/reports/suppression.ts';
import { db } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { notFoundOrNotAllowed } from '../platform/errors.ts';
import { groupPeople } from '../identity/service.ts';
import { postsIn, youthWritersIn } from '../moderation/service.ts';
import { contextOf, isProcessAdult } from './context.ts';
import { materialsOf, slotsOfMaterials } from './materials.ts';
import { pilotsOf } from './pilots.ts';
import {
	cocreationChange,
	cocreationCommitment,
	cocreationCommitmentUpdate,
	cocreationConsent,
	cocreationDot,
	cocreationFeedback,
	cocreationFinding,
	cocreationKeyAspect,
	cocreationPilot,
	cocreationProposal,
	cocreationReaction,
	cocreationSupport
} from './schema.ts';

export type ReportView = {
	id: string;
	title: string;
	purpose: string;
	group: string;
	generatedAt: Date;
	phases: {
		kind: PhaseKind;
		title: string;
		startsOn: string | null;
		endsOn: string | null;
		state: 'done' | 'current' | 'next';
	}[];
	/** How many co-designers, and how many of them took part in each way (small numbers hidden). */
	participation: {
		coDesigners: Cell;
		rows: {
			key: 'reacted' | 'voted' | 'wrote' | 'drafted' | 'supported';
			count: Cell;
		}[];
	};
	keyAspects: { text: string; why: string; coveredBy: string[] }[];
	materials: {
		title: string;
		finalVersion: number | null;
		/** `author` null: a youth of the group who did not agree to be credited by pseudonym. */
		changes: {
			at: Date;
			path: string;
			/** Where the text is ("Passage 2 — Choice 1"), null if it is no longer in the material. */
			place: Place | null;
			after: string;
			/** The values it could take, when it is a choice, to show the one taken by its label. */
			choices?: readonly SlotChoice[];
			author: string | null;
			accepted: boolean;
		}[];
	}[];
	pilots: {
		material: string;
		group: string;
		answers: Cell;
		recommend: { cells: Record<(typeof RECOMMEND)[number], Cell>; total: Cell };
	}[];
	proposals: {
		text: string;
		whoActs: WhoActs;
		byYouth: boolean;
		youthSupport: Cell;
		adultSupport: number;
		commitments: {
			what: string;
			owner: string;
			dueOn: string;
			doneMeans: string;
			status: CommitmentStatus;
			overdue: boolean;
			history: { on: Date; status: CommitmentStatus; note: string; by: string }[];
		}[];
	}[];
};

export async function processReport(
	actor: Actor,
	processId: string,
	now = new Date()
): Promise<ReportView> {
	const context = await contextOf(processId);
	if (!isProcessAdult(actor, context)) throw notFoundOrNotAllowed();
	const { process } = context;
	const people = await groupPeople(process.groupId);
	const youthIds = new Set(people.map((person) => person.id));
	const n = people.length;
	const [reacted, voted, writers, consents, materials, slots, proposals, supports] =
		await Promise.all([
			db()
				.selectDistinct({ id: cocreationReaction.participantId })
				.from(cocreationReaction)
				.innerJoin(cocreationFinding, eq(cocreationFinding.id, cocreationReaction.findingId))
				.where(eq(cocreationFinding.processId, processId)),
			db()
				.selectDistinct({ id: cocreationDot.participantId })
				.from(cocreationDot)
				.where(eq(cocreationDot.processId, processId)),
			youthWritersIn(processId),
			db()
				.select()
				.from(cocreationConsent)
				.where(and(eq(cocreationConsent.processId, processId), eq(cocreationConsent.credit, true))),
			materialsOf(processId),
			slotsOfMaterials(processId, process.organisationId),
			db()
				.select()
				.from(cocreationProposal)
				.where(eq(cocreationProposal.processId, processId))
				.orderBy(asc(cocreationProposal.createdAt)),
			db()
				.select({ support: cocreationSupport })
				.from(cocreationSupport)
				.innerJoin(cocreationProposal, eq(cocreationProposal.postId, cocreationSupport.proposalId))
				.where(eq(cocreationProposal.processId, processId))
		]);
	const credited = new Set(
		consents
			.map((consent) => people.find((person) => person.id === consent.participantId)?.pseudonym)
			.filter(Boolean)
	);
	const changes =
		materials.length === 0
			? []
			: await db()
					.select()
					.from(cocreationChange)
					.where(
						inArray(
							cocreationChange.materialId,
							materials.map((material) => material.id)
						)
					)
					.orderBy(asc(cocreationChange.at));
	// Who wrote in the material: the current co-designers among the change log's authors (by pseudonym).
	const pseudonyms = new Set(people.map((person) => person.pseudonym));
	const youthDrafted = new Set(
		changes
			.filter((change) => change.fromYouth && pseudonyms.has(change.author))
			.map((change) => change.author)
	);
	const youthSupporters = new Set(
		supports.filter((row) => row.support.youth).map((row) => row.support.supporterId)
	);
	const countIn = (ids: Iterable<string>) => [...ids].filter((id) => youthIds.has(id)).length;

	const aspects = await db()
		.select()
		.from(cocreationKeyAspect)
		.where(
			and(eq(cocreationKeyAspect.processId, processId), eq(cocreationKeyAspect.archived, false))
		)
		.orderBy(asc(cocreationKeyAspect.createdAt));
	const pilots = await pilotsOf(processId, true);
	const feedback =
		pilots.length === 0
			? []
			: await db()
					.select({ pilotId: cocreationFeedback.pilotId, recommend: cocreationFeedback.recommend })
					.from(cocreationFeedback)
					.innerJoin(cocreationPilot, eq(cocreationPilot.id, cocreationFeedback.pilotId))
					.where(eq(cocreationPilot.processId, processId));
	const posts = await postsIn(processId, { participantId: null, userId: null, moderator: false });
	const commitments = await db()
		.select()
		.from(cocreationCommitment)
		.where(eq(cocreationCommitment.processId, processId))
		.orderBy(asc(cocreationCommitment.createdAt));
	const updates =
		commitments.length === 0
			? []
			: await db()
					.select()
					.from(cocreationCommitmentUpdate)
					.where(
						inArray(
							cocreationCommitmentUpdate.commitmentId,
							commitments.map((commitment) => commitment.id)
						)
					)
					.orderBy(asc(cocreationCommitmentUpdate.createdAt));
	const today = now.toISOString().slice(0, 10);
	const currentIndex = context.current ? context.phases.indexOf(context.current) : -1;
	const titleOf = (materialId: string) =>
		materials.find((material) => material.id === materialId)?.title ?? '';

	await recordAudit(actor, {
		action: 'cocreation.report_read',
		organisationId: process.organisationId,
		targetType: 'cocreation_process',
		targetId: processId
	});
	return {
		id: process.id,
		title: process.title,
		purpose: process.purpose,
		group: context.group.name,
		generatedAt: now,
		phases: context.phases.map((phase, index) => ({
			kind: phase.kind,
			title: phase.title,
			startsOn: phase.startsOn,
			endsOn: phase.endsOn,
			state: index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'next'
		})),
		participation: {
			coDesigners: total(n),
			rows: [
				{ key: 'reacted', count: share(countIn(reacted.map((row) => row.id)), n) },
				{ key: 'voted', count: share(countIn(voted.map((row) => row.id)), n) },
				{ key: 'wrote', count: share(countIn(writers), n) },
				{ key: 'drafted', count: share(youthDrafted.size, n) },
				{ key: 'supported', count: share(countIn(youthSupporters), n) }
			]
		},
		keyAspects: aspects.map((aspect) => ({
			text: aspect.text,
			why: aspect.why,
			coveredBy: materials
				.filter((material) => material.keyAspectIds.includes(aspect.id))
				.map((material) => material.title)
		})),
		materials: materials.map((material) => ({
			title: material.title,
			finalVersion: material.finalVersion,
			changes: changes
				// Its texts as written; parts added or taken out empty are in the material's own history.
				.filter((change) => change.materialId === material.id && !structuralChange(change.path))
				.map((change) => {
					const slot = slots.get(material.id)?.find((item) => item.path === change.path);
					return {
						at: change.at,
						path: change.path,
						place: slot ? { field: slot.field, number: slot.number, part: slot.part } : null,
						after: change.after,
						...(slot?.choices ? { choices: slot.choices } : {}),
						// A youth is named only with her consent to be credited; adults by name.
						author: change.fromYouth && !credited.has(change.author) ? null : change.author,
						accepted: change.suggestionId !== null
					};
				})
		})),
		pilots: pilots.map((pilot) => {
			const here = feedback.filter((item) => item.pilotId === pilot.id);
			return {
				material: titleOf(pilot.materialId),
				group: pilot.group,
				answers: total(here.length),
				recommend: partition(
					Object.fromEntries(
						RECOMMEND.map((answer) => [
							answer,
							here.filter((item) => item.recommend === answer).length
						])
					) as Record<(typeof RECOMMEND)[number], number>
				)
			};
		}),
		proposals: proposals
			.map((proposal) => ({ proposal, post: posts.find((post) => post.id === proposal.postId) }))
			.filter((item) => item.post !== undefined)
			.map(({ proposal, post }) => {
				const here = supports.filter((row) => row.support.proposalId === proposal.postId);
				return {
					text: post!.text,
					whoActs: proposal.whoActs,
					byYouth: proposal.fromYouth,
					youthSupport: share(
						countIn(here.filter((row) => row.support.youth).map((row) => row.support.supporterId)),
						n
					),
					adultSupport: here.filter((row) => !row.support.youth).length,
					commitments: commitments
						.filter((commitment) => commitment.proposalId === proposal.postId)
						.map((commitment) => ({
							what: commitment.what,
							owner: commitment.owner,
							dueOn: commitment.dueOn,
							doneMeans: commitment.doneMeans,
							status: commitment.status,
							overdue: isOverdue(commitment, today),
							history: updates
								.filter((update) => update.commitmentId === commitment.id)
								.map((update) => ({
									on: update.createdAt,
									status: update.status,
									note: update.note,
									by: update.recordedBy
								}))
						}))
				};
			})
	};
}
