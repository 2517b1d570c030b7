// The authorisation matrix: every route of the app (read from src/routes, so a new route without a row
// fails) against every kind of person, with the answer each must get. Run on PGlite and on PostgreSQL.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './app.ts';
import { client } from './http.ts';
import { TOOL_SEGMENTS } from '../../src/lib/domain/tools/registry.ts';
import { populatedPlatform, type Platform } from './people.ts';

export type Role =
	| 'anonymous'
	| 'participant'
	| 'facilitator'
	| 'professional'
	| 'researcher'
	| 'coordinator'
	| 'otherCoordinator'
	| 'admin';
export const ROLES: Role[] = [
	'anonymous',
	'participant',
	'facilitator',
	'professional',
	'researcher',
	'coordinator',
	'otherCoordinator',
	'admin'
];

/** What a person gets: the page, sent to sign in, "not found or not allowed", or another answer. */
type Outcome =
	| 'ok'
	| 'bad'
	| 'conflict'
	| 'sign-in'
	| 'denied'
	| 'gone'
	| 'redirect'
	| 'exit'
	| 'method'
	| 'unauthorised'
	| 'created';

type Row = {
	method: 'GET' | 'POST' | 'PUT' | 'DELETE';
	path: (ids: Ids) => string;
	body?: Record<string, string> | ((role: Role, ids: Ids) => Record<string, string>);
	/**
	 * Runs after every other row: `true` for rows that end sessions; 'before sessions end' for a row the
	 * others need undone first (pausing a live session), which runs after them but before those.
	 */
	last?: true | 'before sessions end';
	/** A JSON body instead of a form (the upload endpoints). */
	json?: (ids: Ids) => unknown;
	expect: Record<Role, Outcome> | Outcome;
};
export type Ids = {
	/** A published tool of each kind of the registry, by address segment. */
	tools: Record<string, string>;
	organisation: string;
	group: string;
	program: string;
	deck: string;
	scenario: string;
	video: string;
	videoFile: string;
	/** A live session of the group, and the "program:version:workshop" it runs. */
	live: string;
	liveWorkshop: string;
	/** A text the teen wrote that was held for the group's designated facilitator. */
	held: string;
	/** A co-creation process of the group, a finding in it, and its second phase. */
	cocreation: string;
	cocreationFinding: string;
	cocreationPhase: string;
	cocreationComment: string;
	dialogue: string;
	dialogueProposal: string;
	dialogueCommitment: string;
	dialogueWaiting: string;
	creation: string;
	material: string;
	materialPath: string;
	materialSuggestion: string;
	materialComment: string;
	piloting: string;
	pilotMaterial: string;
	pilot: string;
	plannedPilot: string;
	pilotFeedback: string;
};

/** An upload id no one began. */
const NO_UPLOAD = '00000000-0000-4000-8000-000000000000';

/** Ciphertext in the exact shapes a browser makes (all zeros): past validation, so the rights decide. */
const CIPHER = {
	kdf: {
		algorithm: 'argon2id',
		memoryKiB: 19456,
		iterations: 2,
		parallelism: 1,
		salt: 'A'.repeat(24)
	},
	key: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) },
	/** AES-GCM of 32 bytes (a key, an escrow half). */
	half: { iv: 'A'.repeat(16), data: 'A'.repeat(64) },
	/** AES-GCM of the smallest size bucket (512 bytes). */
	page: { iv: 'A'.repeat(16), data: 'A'.repeat(704) }
};

const every = (outcome: Outcome) => outcome;
const staffOnly = (
	signedIn: Partial<Record<Role, Outcome>>,
	otherwise: Outcome = 'denied'
): Record<Role, Outcome> => ({
	anonymous: 'sign-in',
	// A teen who opens a staff page is sent to her home (the area guard, src/hooks/areas.ts).
	participant: 'redirect',
	facilitator: otherwise,
	professional: otherwise,
	researcher: otherwise,
	coordinator: otherwise,
	otherCoordinator: otherwise,
	admin: otherwise,
	...signedIn
});

/** A change (form action): refused to everyone unless listed; never "sign in first". */
const mutation: Record<Role, Outcome> = {
	anonymous: 'denied',
	participant: 'denied',
	facilitator: 'denied',
	professional: 'denied',
	researcher: 'denied',
	coordinator: 'denied',
	otherCoordinator: 'denied',
	admin: 'denied'
};

/**
 * Publishing a published item is refused as a conflict; archiving, then restoring it, is the coordinator's
 * (in that order, so that the rows after see it published again).
 */
function publishingRows(itemPath: (ids: Ids) => string): Row[] {
	return [
		{
			method: 'POST',
			path: (ids) => `${itemPath(ids)}?/publish`,
			body: {},
			expect: { ...mutation, coordinator: 'conflict' }
		},
		...(['archive', 'restore'] as const).map((action): Row => ({
			method: 'POST',
			path: (ids) => `${itemPath(ids)}?/${action}`,
			body: {},
			expect: { ...mutation, coordinator: 'ok' }
		}))
	];
}

/** One row per route id and method. Keep it in the order of `find src/routes`. */
export const MATRIX: Record<string, Row[]> = {
	// Signed-in adults are sent where their work is (landingFor).
	'/': [
		{
			method: 'GET',
			path: () => '/',
			expect: staffOnly({ anonymous: 'ok', participant: 'ok' }, 'redirect')
		}
	],
	// A demonstration's page (`npm run demo`, tests/server/demo.test.ts) is not there on a real instance.
	'/demo': [
		{ method: 'GET', path: () => '/demo', expect: every('denied') },
		{ method: 'POST', path: () => '/demo', body: { person: 'someone' }, expect: every('denied') }
	],
	'/help': [{ method: 'GET', path: () => '/help', expect: every('ok') }],
	'/invitation/[token]': [
		{ method: 'GET', path: () => `/invitation/${'x'.repeat(43)}`, expect: every('gone') },
		{
			method: 'POST',
			path: () => `/invitation/${'x'.repeat(43)}`,
			body: { name: 'Personne', password: 'une phrase assez longue' },
			expect: every('gone')
		}
	],
	'/join': [
		{ method: 'GET', path: () => '/join', expect: every('ok') },
		{
			method: 'POST',
			path: () => '/join',
			body: { code: 'HJKM-NPRT', pseudonym: 'Personne' },
			expect: every('bad')
		}
	],
	'/password/forgot': [
		{ method: 'GET', path: () => '/password/forgot', expect: every('ok') },
		{
			// Every address gets the same answer, known or not.
			method: 'POST',
			path: () => '/password/forgot',
			body: (role) => ({ email: `${role.toLowerCase()}.inconnu@example.org` }),
			expect: every('ok')
		}
	],
	'/password/reset/[token]': [
		{ method: 'GET', path: () => `/password/reset/${'x'.repeat(24)}`, expect: every('ok') },
		{ method: 'GET', path: () => '/password/reset/not-a-token', expect: every('gone') },
		{
			method: 'POST',
			path: () => `/password/reset/${'x'.repeat(24)}`,
			body: { password: 'une phrase assez longue' },
			expect: every('gone')
		}
	],
	'/pause': [
		{ method: 'GET', path: () => '/pause?back=/play/decks/x', expect: every('ok') },
		{ method: 'GET', path: () => '/pause?back=//elsewhere.example', expect: every('ok') }
	],
	'/quick-exit': [
		{ method: 'GET', path: () => '/quick-exit', expect: every('ok') },
		{ method: 'POST', path: () => '/quick-exit?/dismiss', body: {}, expect: every('redirect') }
	],
	'/setup/[token]': [
		{ method: 'GET', path: () => `/setup/${'x'.repeat(43)}`, expect: every('gone') },
		{
			method: 'POST',
			path: () => `/setup/${'x'.repeat(43)}`,
			body: { name: 'Personne', email: 'x@example.org', password: 'une phrase assez longue' },
			expect: every('gone')
		}
	],
	'/sign-in': [
		{
			method: 'GET',
			path: () => '/sign-in',
			expect: staffOnly({ anonymous: 'ok', participant: 'ok' }, 'redirect')
		},
		{
			// A wrong password, from anyone: the same answer, and nobody's session changes.
			method: 'POST',
			path: () => '/sign-in',
			body: (role) => ({
				email: `${role.toLowerCase()}@example.org`,
				password: 'pas le bon mot de passe'
			}),
			// Adults already signed in are sent on to their page, as the sign-in page does.
			expect: staffOnly({ anonymous: 'bad', participant: 'bad' }, 'redirect')
		}
	],
	'/sign-in/group': [
		{
			method: 'GET',
			path: () => '/sign-in/group',
			expect: { ...staffOnly({}, 'ok'), anonymous: 'ok', participant: 'redirect' }
		},
		{
			method: 'POST',
			path: () => '/sign-in/group',
			body: (role) => ({
				code: 'HJKM-NPRT',
				pseudonym: `Inconnu ${role}`,
				passphrase: 'pas la bonne phrase'
			}),
			// A teen already signed in is sent to her home, as the page does.
			expect: {
				...staffOnly({ anonymous: 'bad', participant: 'bad' }, 'bad'),
				participant: 'redirect'
			}
		}
	],
	'/sign-in/two-factor': [
		{ method: 'GET', path: () => '/sign-in/two-factor', expect: every('ok') },
		{
			method: 'POST',
			path: () => '/sign-in/two-factor',
			body: { code: '123456' },
			expect: every('bad')
		}
	],
	'/signed-out': [{ method: 'GET', path: () => '/signed-out', expect: every('ok') }],
	'/account': [
		{ method: 'GET', path: () => '/account', expect: staffOnly({}, 'ok') },
		{
			// Signing out everywhere ends every session: this row runs last of all.
			method: 'POST',
			path: () => '/account?/everywhere',
			body: {},
			last: true,
			expect: { ...staffOnly({}, 'redirect'), anonymous: 'denied', participant: 'denied' }
		}
	],
	'/account/two-factor': [
		{ method: 'GET', path: () => '/account/two-factor', expect: staffOnly({}, 'ok') },
		{
			method: 'POST',
			path: () => '/account/two-factor?/start',
			body: { password: 'pas le bon mot de passe' },
			expect: staffOnly({}, 'bad')
		},
		{
			method: 'POST',
			path: () => '/account/two-factor?/confirm',
			body: { code: '000000' },
			expect: staffOnly({}, 'bad')
		}
	],
	// Co-creation: the group's facilitator and the coordinators steer a process; the group's teen takes part.
	'/organisations/[organisationId]/cocreation': [
		{
			method: 'GET',
			path: (ids) => `/organisations/${ids.organisation}/cocreation`,
			// A professional sees the processes she is an ally of (and no form to start one).
			expect: staffOnly({ facilitator: 'ok', professional: 'ok', coordinator: 'ok' })
		},
		{
			method: 'POST',
			path: (ids) => `/organisations/${ids.organisation}/cocreation?/create`,
			body: (_role, ids) => ({
				title: 'Un autre processus',
				purpose: '',
				groupId: ids.group,
				dotsPerPerson: '3'
			}),
			expect: { ...mutation, facilitator: 'redirect', coordinator: 'redirect' }
		}
	],
	'/cocreation/[processId]': [
		{
			method: 'GET',
			path: (ids) => `/cocreation/${ids.cocreation}`,
			expect: {
				anonymous: 'redirect',
				participant: 'ok',
				facilitator: 'ok',
				professional: 'denied',
				researcher: 'denied',
				coordinator: 'ok',
				otherCoordinator: 'denied',
				admin: 'denied'
			}
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}?/react`,
			body: (_role, ids) => ({ findingId: ids.cocreationFinding, reaction: 'resonates' }),
			expect: { ...mutation, participant: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}?/dots`,
			body: (_role, ids) => ({ [`dots.${ids.cocreationFinding}`]: '2' }),
			expect: { ...mutation, participant: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}?/finding`,
			body: { statement: 'Un constat', source: 'Une source' },
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}?/decide`,
			body: { text: 'Un aspect clé', why: '' },
			expect: { ...mutation, participant: 'ok', facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}?/comment`,
			body: (_role, ids) => ({ findingId: ids.cocreationFinding, comment: 'Un commentaire' }),
			expect: { ...mutation, participant: 'ok', facilitator: 'ok', coordinator: 'ok' }
		},
		// The facilitator hides the teen's comment; the coordinator, after, finds it already decided.
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}?/moderate`,
			body: (_role, ids) => ({
				postId: ids.cocreationComment,
				decision: 'hide',
				reason: 'Hors sujet'
			}),
			expect: { ...mutation, facilitator: 'ok', coordinator: 'conflict' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}?/approval`,
			body: { postsNeedApproval: 'on' },
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}?/penRule`,
			body: {},
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		// Material and credit: in the third process, in its creation phase.
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.creation}?/material`,
			body: { title: 'Un autre jeu' },
			expect: {
				...mutation,
				participant: 'redirect',
				facilitator: 'redirect',
				coordinator: 'redirect'
			}
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.creation}?/credit`,
			body: { credit: 'yes' },
			expect: { ...mutation, participant: 'ok' }
		},
		// Pilots: in the fourth process, in its pilot phase, with the teen's group as the peers.
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.piloting}?/pilot`,
			body: (_role, ids) => ({ materialId: ids.pilotMaterial, groupId: ids.group, plannedOn: '' }),
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		// Starting it would open a second live session for the teen's group, which has one open.
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.piloting}?/startPilot`,
			body: (_role, ids) => ({ pilotId: ids.plannedPilot }),
			expect: { ...mutation, facilitator: 'conflict', coordinator: 'conflict' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.piloting}?/feedbackOpen`,
			body: (_role, ids) => ({ pilotId: ids.pilot, open: 'yes' }),
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.piloting}?/feedback`,
			body: (_role, ids) => ({ feedbackId: ids.pilotFeedback, decision: 'approve' }),
			expect: { ...mutation, facilitator: 'ok', coordinator: 'conflict' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.piloting}?/finalise`,
			body: (_role, ids) => ({ materialId: ids.pilotMaterial }),
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		// Closing the vote and moving on change what the rows above may do: they run after them.
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}?/closeVote`,
			body: {},
			last: 'before sessions end',
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}?/phase`,
			body: (_role, ids) => ({ phaseId: ids.cocreationPhase }),
			last: 'before sessions end',
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		}
	],
	'/cocreation/[processId]/phases': [
		{
			method: 'GET',
			path: (ids) => `/cocreation/${ids.cocreation}/phases`,
			expect: staffOnly({ facilitator: 'ok', coordinator: 'ok' })
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}/phases?/edit`,
			body: (_role, ids) => ({
				phaseId: ids.cocreationPhase,
				title: 'Créer',
				description: '',
				startsOn: '',
				endsOn: ''
			}),
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}/phases?/reorder`,
			body: (_role, ids) => ({ phaseId: ids.cocreationPhase, direction: 'down' }),
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}/phases?/add`,
			body: { kind: 'pilot' },
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.cocreation}/phases?/allies`,
			body: {},
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		}
	],
	// A material of the creation phase: the group's teen and the adults who steer the process.
	'/cocreation/[processId]/materials/[materialId]': [
		{
			method: 'GET',
			path: (ids) => `/cocreation/${ids.creation}/materials/${ids.material}`,
			expect: {
				anonymous: 'redirect',
				participant: 'ok',
				facilitator: 'ok',
				professional: 'denied',
				researcher: 'denied',
				coordinator: 'ok',
				otherCoordinator: 'denied',
				admin: 'denied'
			}
		},
		// The teen writes; the adults' edits of her text become suggestions: each is sent back to the list.
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.creation}/materials/${ids.material}?/write`,
			body: (_role, ids) => ({ path: ids.materialPath, text: 'Un texte' }),
			expect: {
				...mutation,
				participant: 'redirect',
				facilitator: 'redirect',
				coordinator: 'redirect'
			}
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.creation}/materials/${ids.material}?/add`,
			body: { op: 'card' },
			expect: { ...mutation, participant: 'ok', facilitator: 'ok', coordinator: 'ok' }
		},
		// Taking out an empty part: the material's card is written in, so it stays (refused as a form).
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.creation}/materials/${ids.material}?/remove`,
			body: (_role, ids) => ({ at: ids.materialPath.split('.')[1]! }),
			expect: {
				...mutation,
				participant: 'conflict',
				facilitator: 'conflict',
				coordinator: 'conflict'
			}
		},
		// Only a co-designer decides a suggestion.
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.creation}/materials/${ids.material}?/suggestion`,
			body: (_role, ids) => ({ suggestionId: ids.materialSuggestion, decision: 'decline' }),
			expect: { ...mutation, participant: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.creation}/materials/${ids.material}?/comment`,
			body: { comment: 'Un commentaire' },
			expect: { ...mutation, participant: 'ok', facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.creation}/materials/${ids.material}?/moderate`,
			body: (_role, ids) => ({ postId: ids.materialComment, decision: 'approve' }),
			expect: { ...mutation, facilitator: 'ok', coordinator: 'conflict' }
		}
	],
	// The process report and its data: the adults of the process (the professional is not one of this one's).
	'/cocreation/[processId]/report': [
		{
			method: 'GET',
			path: (ids) => `/cocreation/${ids.cocreation}/report`,
			expect: staffOnly({ facilitator: 'ok', coordinator: 'ok' })
		}
	],
	'/cocreation/[processId]/report/csv': [
		{
			method: 'GET',
			path: (ids) => `/cocreation/${ids.cocreation}/report/csv`,
			expect: staffOnly({ facilitator: 'ok', coordinator: 'ok' })
		}
	],
	// A pilot's feedback form: for the youth of the peers' group (the teen, who already answered).
	'/pilots/[pilotId]': [
		{
			method: 'GET',
			path: (ids) => `/pilots/${ids.pilot}`,
			expect: {
				anonymous: 'redirect',
				participant: 'ok',
				facilitator: 'denied',
				professional: 'denied',
				researcher: 'denied',
				coordinator: 'denied',
				otherCoordinator: 'denied',
				admin: 'denied'
			}
		},
		{
			method: 'POST',
			path: (ids) => `/pilots/${ids.pilot}`,
			body: { worked: '', didNot: '', recommend: 'pass', suggestions: '' },
			expect: { ...mutation, participant: 'conflict' }
		}
	],
	// The dialogue's board: the process's teen, its adults (the professional is its ally) and nobody else.
	'/cocreation/[processId]/board': [
		{
			method: 'GET',
			path: (ids) => `/cocreation/${ids.dialogue}/board`,
			expect: {
				anonymous: 'redirect',
				participant: 'ok',
				facilitator: 'ok',
				professional: 'ok',
				researcher: 'denied',
				coordinator: 'ok',
				otherCoordinator: 'denied',
				admin: 'denied'
			}
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.dialogue}/board?/propose`,
			body: { proposal: 'Une autre proposition', whoActs: 'team' },
			expect: {
				...mutation,
				participant: 'ok',
				facilitator: 'ok',
				professional: 'ok',
				coordinator: 'ok'
			}
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.dialogue}/board?/support`,
			body: (_role, ids) => ({ proposalId: ids.dialogueProposal, support: 'yes' }),
			expect: {
				...mutation,
				participant: 'ok',
				facilitator: 'ok',
				professional: 'ok',
				coordinator: 'ok'
			}
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.dialogue}/board?/commit`,
			body: (_role, ids) => ({
				proposalId: ids.dialogueProposal,
				what: 'Un engagement',
				owner: 'La direction',
				dueOn: '2027-06-30',
				doneMeans: 'Les jeunes le verront.'
			}),
			expect: { ...mutation, facilitator: 'ok', professional: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.dialogue}/board?/followUp`,
			body: (_role, ids) => ({
				commitmentId: ids.dialogueCommitment,
				status: 'in_progress',
				note: ''
			}),
			// The facilitator recorded it: the ally follows up only the commitments she recorded.
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.dialogue}/board?/react`,
			body: (_role, ids) => ({ commitmentId: ids.dialogueCommitment, reaction: 'glad' }),
			expect: { ...mutation, participant: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.dialogue}/board?/comment`,
			body: (_role, ids) => ({ commitmentId: ids.dialogueCommitment, comment: 'Merci' }),
			expect: {
				...mutation,
				participant: 'ok',
				facilitator: 'ok',
				professional: 'ok',
				coordinator: 'ok'
			}
		},
		// The facilitator approves the teen's waiting proposal; the coordinator, after, finds it already decided.
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.dialogue}/board?/moderate`,
			body: (_role, ids) => ({ postId: ids.dialogueWaiting, decision: 'approve' }),
			expect: { ...mutation, facilitator: 'ok', coordinator: 'conflict' }
		},
		// A dialogue session with the teen's group: it has a live session open already.
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.dialogue}/board?/dialogue`,
			body: (_role, ids) => ({ groupId: ids.group, agenda: 'Nos droits\nLes sorties' }),
			expect: { ...mutation, facilitator: 'conflict', coordinator: 'conflict' }
		},
		// A proposal of a session's round that does not exist: refused to everyone, as any unknown record.
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.dialogue}/board?/onBoard`,
			body: (_role, ids) => ({
				dialogueId: ids.dialogueProposal,
				postId: ids.dialogueProposal,
				whoActs: 'team'
			}),
			expect: mutation
		},
		{
			method: 'POST',
			path: (ids) => `/cocreation/${ids.dialogue}/board?/open`,
			body: { open: 'on' },
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		}
	],
	// What youth wrote that suggests danger: every adult may open the page, which lists only what was held for
	// them as a group's designated facilitator (the matrix's facilitator is the group's designated one).
	'/care': [
		{
			method: 'GET',
			path: () => '/care',
			expect: staffOnly({
				facilitator: 'ok',
				professional: 'ok',
				researcher: 'ok',
				coordinator: 'ok',
				otherCoordinator: 'ok',
				admin: 'ok'
			})
		},
		{
			method: 'POST',
			path: () => '/care?/checkIn',
			body: (_role, ids) => ({ id: ids.held }),
			expect: { ...mutation, facilitator: 'ok' }
		}
	],
	'/audit': [
		{
			method: 'GET',
			path: () => '/audit',
			expect: staffOnly({ coordinator: 'ok', otherCoordinator: 'ok', admin: 'ok' })
		}
	],
	'/groups/[groupId]': [
		{
			method: 'GET',
			path: (ids) => `/groups/${ids.group}`,
			expect: staffOnly({ facilitator: 'ok', coordinator: 'ok' })
		},
		{
			method: 'POST',
			path: (ids) => `/groups/${ids.group}?/close`,
			body: {},
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/groups/${ids.group}?/rotate`,
			body: {},
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/groups/${ids.group}?/open`,
			body: { days: '14' },
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		// The rows below name people who are not in the group or not its adults: nobody may touch them.
		...(['reset', 'rename'] as const).map((action): Row => ({
			method: 'POST',
			path: (ids) => `/groups/${ids.group}?/${action}`,
			body: { participantId: NO_UPLOAD, pseudonym: 'Nouveau nom' },
			expect: mutation
		})),
		...(['addFacilitator', 'designate', 'removeFacilitator'] as const).map((action): Row => ({
			method: 'POST',
			path: (ids) => `/groups/${ids.group}?/${action}`,
			body: { userId: 'personne' },
			expect: mutation
		})),
		{
			method: 'POST',
			path: (ids) => `/groups/${ids.group}?/limit`,
			body: { maxParticipants: '40' },
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			// Nobody can add a participant who is in none of their groups.
			method: 'POST',
			path: (ids) => `/groups/${ids.group}?/addExisting`,
			body: { participantId: NO_UPLOAD },
			expect: mutation
		},
		{
			method: 'POST',
			path: (ids) => `/groups/${ids.group}?/add`,
			body: (role) => ({ pseudonyms: `Carte ${role}` }),
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		}
	],
	'/organisations': [
		{ method: 'GET', path: () => '/organisations', expect: staffOnly({}, 'ok') },
		{
			// Choosing to work in the demo organisation: only its members may.
			method: 'POST',
			path: () => '/organisations',
			body: (role) => ({ organisationId: role === 'anonymous' ? 'x' : '' }),
			expect: every('denied')
		},
		{
			method: 'POST',
			path: () => '/organisations',
			body: (_role, ids) => ({ organisationId: ids.organisation }),
			expect: {
				...mutation,
				facilitator: 'redirect',
				professional: 'redirect',
				researcher: 'redirect',
				coordinator: 'redirect'
			}
		}
	],
	'/organisations/[organisationId]': [
		{
			method: 'GET',
			path: (ids) => `/organisations/${ids.organisation}`,
			expect: staffOnly({ coordinator: 'ok', admin: 'ok' })
		},
		{
			method: 'POST',
			path: (ids) => `/organisations/${ids.organisation}?/invite`,
			body: { email: 'invitee@example.org', role: 'professional' },
			expect: { ...mutation, coordinator: 'ok', admin: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/organisations/${ids.organisation}?/publishingPolicy`,
			body: {},
			expect: { ...mutation, coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/organisations/${ids.organisation}?/dismissNotice`,
			body: { noticeId: NO_UPLOAD },
			expect: mutation
		}
	],
	'/organisations/[organisationId]/help': [
		{
			method: 'GET',
			path: (ids) => `/organisations/${ids.organisation}/help`,
			expect: staffOnly({ coordinator: 'ok' })
		},
		{
			method: 'POST',
			path: (ids) => `/organisations/${ids.organisation}/help?/add`,
			body: { nameFr: 'Ligne', nameEn: 'Line', phone: '811' },
			expect: { ...mutation, coordinator: 'ok' }
		},
		// A help line that does not exist: nobody may change or remove it.
		...(['update', 'remove'] as const).map((action): Row => ({
			method: 'POST',
			path: (ids) => `/organisations/${ids.organisation}/help?/${action}`,
			body: { resourceId: NO_UPLOAD, nameFr: 'Ligne', nameEn: 'Line', phone: '811' },
			expect: mutation
		}))
	],
	'/organisations/[organisationId]/groups': [
		{
			method: 'GET',
			path: (ids) => `/organisations/${ids.organisation}/groups`,
			expect: staffOnly({ facilitator: 'ok', coordinator: 'ok' })
		},
		{
			method: 'POST',
			path: (ids) => `/organisations/${ids.organisation}/groups?/create`,
			body: { name: 'Groupe test', expiresInDays: '' },
			expect: { ...mutation, facilitator: 'redirect', coordinator: 'redirect' }
		}
	],
	'/admin': [
		{
			method: 'GET',
			path: () => '/admin',
			expect: { ...staffOnly({ admin: 'ok' }), participant: 'denied' }
		},
		{
			method: 'POST',
			path: () => '/admin?/create',
			body: { name: 'Organisme test' },
			expect: { ...mutation, admin: 'redirect' }
		},
		{
			// Only the administrator joins, and only the demo organisation (she joins it in
			// tests/server/first-start.test.ts; here, one that does not exist).
			method: 'POST',
			path: () => '/admin?/joinDemo',
			body: { organisationId: NO_UPLOAD },
			expect: mutation
		}
	],
	'/admin/outbox': [
		{
			method: 'GET',
			path: () => '/admin/outbox',
			expect: { ...staffOnly({ admin: 'ok' }), participant: 'denied' }
		}
	],
	'/healthz': [{ method: 'GET', path: () => '/healthz', expect: every('ok') }],
	'/language': [
		{ method: 'GET', path: () => '/language', expect: every('method') },
		{
			method: 'POST',
			path: () => '/language',
			body: { lang: 'fr', next: '/' },
			expect: every('redirect')
		}
	],
	'/readyz': [{ method: 'GET', path: () => '/readyz', expect: every('ok') }],
	'/session/keep-alive': [
		{ method: 'GET', path: () => '/session/keep-alive', expect: every('method') },
		{
			method: 'POST',
			path: () => '/session/keep-alive',
			body: {},
			expect: { ...staffOnly({}, 'ok'), anonymous: 'unauthorised', participant: 'ok' }
		}
	],
	'/programs': [
		{
			method: 'GET',
			path: () => '/programs',
			expect: staffOnly(
				{
					facilitator: 'ok',
					professional: 'ok',
					coordinator: 'ok',
					otherCoordinator: 'ok',
					researcher: 'denied'
				},
				'redirect'
			)
		},
		{
			method: 'POST',
			path: () => '/programs?/create',
			body: { titleFr: 'Programme', titleEn: 'Program' },
			expect: { ...mutation, coordinator: 'redirect', otherCoordinator: 'redirect' }
		}
	],
	'/programs/import': [
		{
			method: 'GET',
			path: () => '/programs/import',
			expect: staffOnly({ admin: 'redirect' }, 'ok')
		},
		{
			method: 'POST',
			path: () => '/programs/import',
			body: {},
			expect: { ...mutation, coordinator: 'bad', otherCoordinator: 'bad' }
		}
	],
	'/programs/[programId]': [
		{
			method: 'GET',
			path: (ids) => `/programs/${ids.program}`,
			expect: staffOnly({ facilitator: 'ok', professional: 'ok', coordinator: 'ok' })
		},
		{
			method: 'POST',
			path: (ids) => `/programs/${ids.program}?/submit`,
			body: {},
			expect: { ...mutation, coordinator: 'conflict' }
		},
		...publishingRows((ids) => `/programs/${ids.program}`)
	],
	'/programs/[programId]/edit': [
		{
			method: 'GET',
			path: (ids) => `/programs/${ids.program}/edit`,
			expect: staffOnly({ coordinator: 'ok' })
		}
	],
	'/programs/[programId]/draft': [
		{ method: 'GET', path: (ids) => `/programs/${ids.program}/draft`, expect: every('method') },
		{
			method: 'PUT',
			path: (ids) => `/programs/${ids.program}/draft`,
			body: { revision: '0' },
			expect: every('bad')
		}
	],
	'/programs/[programId]/versions/[number]/guide': [
		{
			method: 'GET',
			path: (ids) => `/programs/${ids.program}/versions/1/guide`,
			expect: staffOnly({ facilitator: 'ok', professional: 'ok', coordinator: 'ok' })
		}
	],
	'/programs/[programId]/versions/[number]/package': [
		{
			method: 'GET',
			path: (ids) => `/programs/${ids.program}/versions/1/package`,
			expect: { ...mutation, coordinator: 'ok' }
		}
	],
	'/programs/[programId]/compare': [
		{
			method: 'GET',
			path: (ids) => `/programs/${ids.program}/compare`,
			expect: staffOnly({ facilitator: 'ok', professional: 'ok', coordinator: 'ok' })
		}
	],
	'/tools': [
		{
			method: 'GET',
			path: () => '/tools',
			expect: staffOnly(
				{
					participant: 'redirect',
					facilitator: 'ok',
					professional: 'ok',
					coordinator: 'ok',
					otherCoordinator: 'ok',
					researcher: 'denied'
				},
				'redirect'
			)
		},
		{
			method: 'POST',
			path: () => '/tools?/create',
			body: { kind: 'decks' },
			expect: { ...mutation, coordinator: 'bad', otherCoordinator: 'bad' }
		}
	],
	'/tools/[kind=tool]/[id]': [
		// Every kind of the registry: its overview opens for the staff who use it, never for a teen.
		...TOOL_SEGMENTS.map((segment): Row => ({
			method: 'GET',
			path: (ids) => `/tools/${segment}/${ids.tools[segment]}`,
			expect: staffOnly({
				participant: 'redirect',
				facilitator: 'ok',
				professional: 'ok',
				coordinator: 'ok'
			})
		})),
		{
			method: 'GET',
			path: (ids) => `/tools/scenarios/${ids.deck}`,
			expect: staffOnly({ participant: 'redirect' })
		},
		{
			method: 'POST',
			path: (ids) => `/tools/decks/${ids.deck}?/submit`,
			body: {},
			expect: { ...mutation, coordinator: 'conflict' }
		},
		...TOOL_SEGMENTS.flatMap((segment) =>
			publishingRows((ids) => `/tools/${segment}/${ids.tools[segment]}`)
		)
	],
	'/tools/[kind=tool]/[id]/edit': TOOL_SEGMENTS.map((segment): Row => ({
		method: 'GET',
		path: (ids) => `/tools/${segment}/${ids.tools[segment]}/edit`,
		expect: staffOnly({ participant: 'redirect', coordinator: 'ok' })
	})),
	'/tools/[kind=tool]/[id]/draft': [
		{ method: 'GET', path: (ids) => `/tools/decks/${ids.deck}/draft`, expect: every('method') },
		{
			method: 'PUT',
			path: (ids) => `/tools/decks/${ids.deck}/draft`,
			body: { revision: '0' },
			expect: every('bad')
		}
	],
	'/tools/decks/[id]/print': [
		{
			method: 'GET',
			path: (ids) => `/tools/decks/${ids.deck}/print?lang=en&paper=a4`,
			expect: staffOnly({
				participant: 'redirect',
				facilitator: 'ok',
				professional: 'ok',
				coordinator: 'ok'
			})
		}
	],
	'/play/[kind=tool]/[id]': [
		// Every kind of the registry plays for the organisation's youth and staff, alone and for a group.
		...TOOL_SEGMENTS.flatMap((segment) =>
			['solo', 'group'].map((mode): Row => ({
				method: 'GET',
				path: (ids) => `/play/${segment}/${ids.tools[segment]}?mode=${mode}`,
				expect: {
					...mutation,
					anonymous: 'redirect',
					participant: 'ok',
					facilitator: 'ok',
					professional: 'ok',
					coordinator: 'ok'
				}
			}))
		),
		{
			method: 'GET',
			path: (ids) => `/play/decks/${ids.deck}?version=99`,
			expect: { ...mutation, anonymous: 'redirect' }
		}
	],
	// A live session the facilitator started for her group; the teen joined it (tests/support/people.ts).
	'/live/new': [
		{
			method: 'GET',
			path: (ids) => `/live/new?group=${ids.group}`,
			// Another organisation's coordinator sees her own groups there.
			expect: staffOnly({ facilitator: 'ok', coordinator: 'ok', otherCoordinator: 'ok' })
		},
		{
			// The group has an open session already: its adults are told so; nobody else may start one.
			method: 'POST',
			path: () => '/live/new',
			body: (_role, ids) => ({ groupId: ids.group, workshop: ids.liveWorkshop }),
			expect: { ...mutation, facilitator: 'conflict', coordinator: 'conflict' }
		}
	],
	'/live/records': [
		{
			// Without a version: the versions that have records, in their own active organisation.
			method: 'GET',
			path: () => '/live/records',
			expect: staffOnly({ coordinator: 'ok', otherCoordinator: 'ok' })
		},
		{
			method: 'GET',
			path: (ids) => `/live/records?program=${ids.program}&version=1`,
			expect: staffOnly({ coordinator: 'ok' })
		},
		{
			method: 'GET',
			path: (ids) => `/live/records?program=${ids.program}&version=none`,
			expect: staffOnly({})
		}
	],
	'/live/[sessionId]/control': [
		{
			method: 'GET',
			path: (ids) => `/live/${ids.live}/control`,
			expect: staffOnly({ facilitator: 'ok', coordinator: 'ok' })
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}/control?/move`,
			body: { action: 'next' },
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}/control?/poll`,
			body: { question: 'On continue ?', options: 'Oui\nNon' },
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			// A count for a question the room is not asking: refused as closed to those who run it.
			method: 'POST',
			path: (ids) => `/live/${ids.live}/control?/hands`,
			body: { target: 'a9.9.', 'count.pass': '3' },
			expect: { ...mutation, facilitator: 'conflict', coordinator: 'conflict' }
		},
		// The rows below name posts, signals and people that are not the session's: nobody may touch them.
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}/control?/moderate`,
			body: { postId: NO_UPLOAD, status: 'approved' },
			expect: mutation
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}/control?/seen`,
			body: { signalId: NO_UPLOAD },
			expect: mutation
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}/control?/tick`,
			body: { participantId: NO_UPLOAD, present: 'yes' },
			expect: mutation
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}/control?/pair`,
			body: {},
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			// Opens the screen in this browser: it remembers the pairing for the screen's rows below.
			method: 'POST',
			path: (ids) => `/live/${ids.live}/control?/present`,
			body: {},
			expect: { ...mutation, facilitator: 'redirect', coordinator: 'redirect' }
		},
		{
			// Pausing comes after every other row of the session (they need it running).
			method: 'POST',
			path: (ids) => `/live/${ids.live}/control?/status`,
			body: { status: 'paused' },
			last: 'before sessions end',
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		}
	],
	'/live/[sessionId]/screen': [
		{
			method: 'GET',
			path: (ids) => `/live/${ids.live}/screen`,
			// Only a browser paired from the control view (its ?/present row above).
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		}
	],
	'/live/[sessionId]/events': [
		{
			method: 'GET',
			path: (ids) => `/live/${ids.live}/events?view=participant`,
			expect: { ...mutation, participant: 'ok' }
		},
		{
			method: 'GET',
			path: (ids) => `/live/${ids.live}/events?view=control`,
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			method: 'GET',
			path: (ids) => `/live/${ids.live}/events?view=presenter`,
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{ method: 'GET', path: (ids) => `/live/${ids.live}/events?view=all`, expect: every('bad') }
	],
	'/live/[sessionId]/media/[fileId]': [
		{
			// The group's session runs a workshop without a video: no file of the organisation plays on its screen.
			method: 'GET',
			path: (ids) => `/live/${ids.live}/media/${ids.videoFile}`,
			expect: every('denied')
		},
		{ method: 'GET', path: (ids) => `/live/${ids.live}/media/not-an-id`, expect: every('denied') }
	],
	'/live/[sessionId]/vote': [
		{
			// A question the room is not asking: the group's teen hears it is closed; nobody else may vote.
			method: 'POST',
			path: (ids) => `/live/${ids.live}/vote`,
			json: () => ({ target: 'a9.9.', choice: 'pass' }),
			expect: { ...mutation, participant: 'conflict' }
		},
		{ method: 'POST', path: (ids) => `/live/${ids.live}/vote`, body: {}, expect: every('bad') }
	],
	'/live/[sessionId]': [
		{
			method: 'GET',
			path: (ids) => `/live/${ids.live}`,
			expect: { ...mutation, anonymous: 'redirect', participant: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}?/join`,
			body: {},
			expect: { ...mutation, participant: 'redirect' }
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}?/vote`,
			body: { target: 'a9.9.', choice: 'pass' },
			expect: { ...mutation, participant: 'conflict' }
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}?/post`,
			body: { kind: 'question', text: 'Est-ce que je peux poser une question ?' },
			expect: { ...mutation, participant: 'ok' }
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}?/break`,
			body: {},
			expect: { ...mutation, participant: 'ok' }
		}
	],
	'/live/[sessionId]/record': [
		{
			method: 'GET',
			path: (ids) => `/live/${ids.live}/record`,
			expect: staffOnly({ facilitator: 'ok', coordinator: 'ok' })
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}/record?/save`,
			body: { adaptations: '', notes: 'Bonne séance' },
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok' }
		},
		{
			// Open records are not locked: a coordinator is told so; nobody else may unlock.
			method: 'POST',
			path: (ids) => `/live/${ids.live}/record?/unlock`,
			body: { reason: 'Oubli' },
			expect: { ...mutation, coordinator: 'conflict' }
		}
	],
	'/live/[sessionId]/tablet': [
		{
			method: 'GET',
			path: (ids) => `/live/${ids.live}/tablet`,
			expect: staffOnly({ facilitator: 'ok', coordinator: 'ok' })
		},
		{
			method: 'POST',
			path: (ids) => `/live/${ids.live}/tablet`,
			body: { target: 'a9.9.', choice: 'pass', answerId: NO_UPLOAD },
			expect: { ...mutation, facilitator: 'conflict', coordinator: 'conflict' }
		}
	],
	'/screen': [
		{ method: 'GET', path: () => '/screen', expect: every('ok') },
		{ method: 'POST', path: () => '/screen', body: { code: '0000 0000' }, expect: every('bad') }
	],
	'/media/[id]': [
		{
			method: 'GET',
			path: (ids) => `/media/${ids.videoFile}`,
			expect: {
				...mutation,
				participant: 'ok',
				facilitator: 'ok',
				professional: 'ok',
				coordinator: 'ok'
			}
		},
		{ method: 'GET', path: () => `/media/${NO_UPLOAD}`, expect: every('denied') },
		{ method: 'GET', path: () => '/media/not-an-id', expect: every('denied') }
	],
	'/media/uploads': [
		{ method: 'GET', path: () => '/media/uploads', expect: every('method') },
		{
			method: 'POST',
			path: () => '/media/uploads',
			json: (ids) => ({ videoId: ids.video, kind: 'captions', bytes: 10 }),
			expect: { ...mutation, coordinator: 'created' }
		},
		{ method: 'POST', path: () => '/media/uploads', body: {}, expect: every('bad') }
	],
	'/media/uploads/[uploadId]': [
		{ method: 'GET', path: () => `/media/uploads/${NO_UPLOAD}`, expect: every('denied') },
		{
			method: 'PUT',
			path: () => `/media/uploads/${NO_UPLOAD}?offset=0`,
			body: {},
			expect: every('denied')
		},
		{
			method: 'POST',
			path: () => `/media/uploads/${NO_UPLOAD}`,
			json: () => ({}),
			expect: every('denied')
		},
		{ method: 'DELETE', path: () => `/media/uploads/${NO_UPLOAD}`, expect: every('denied') },
		// Shaped like an id, but not one: refused like any unknown upload, never a database error.
		{ method: 'GET', path: () => `/media/uploads/${'-'.repeat(36)}`, expect: every('denied') }
	],
	// Her own sign-in pass-phrase, changed for one no adult has seen (a wrong current one refused).
	'/passphrase': [
		{
			method: 'GET',
			path: () => '/passphrase',
			expect: { ...mutation, anonymous: 'redirect', participant: 'ok' }
		},
		{
			method: 'POST',
			path: () => '/passphrase',
			body: { current: 'pas la bonne phrase' },
			expect: { ...mutation, participant: 'bad' }
		}
	],
	// "Mon carnet": her page; an adult's account has no logbook (not found).
	'/logbook': [
		{
			method: 'GET',
			path: () => '/logbook',
			expect: { ...mutation, anonymous: 'redirect', participant: 'ok' }
		}
	],
	// What youth share with an adult: the adults who run groups (coordinators and facilitators).
	'/logbook/shared': [
		{
			method: 'GET',
			path: () => '/logbook/shared',
			expect: staffOnly({ facilitator: 'ok', coordinator: 'ok', otherCoordinator: 'ok' })
		}
	],
	// Her logbook: ciphertext for her alone. Malformed bodies are refused before anything else (nothing changes).
	'/logbook/keys': [
		{
			method: 'GET',
			path: () => '/logbook/keys',
			expect: { ...mutation, participant: 'ok' }
		},
		{ method: 'POST', path: () => '/logbook/keys', json: () => ({}), expect: every('bad') },
		{ method: 'PUT', path: () => '/logbook/keys', json: () => ({}), expect: every('bad') }
	],
	// An adult's key pair for what youth share: the adults who run groups.
	'/logbook/adult-key': [
		{
			method: 'GET',
			path: () => '/logbook/adult-key',
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok', otherCoordinator: 'ok' }
		},
		{ method: 'PUT', path: () => '/logbook/adult-key', json: () => ({}), expect: every('bad') },
		// Starting again after a lost password: their own key only (the matrix's adults have none).
		{
			method: 'DELETE',
			path: () => '/logbook/adult-key',
			expect: { ...mutation, facilitator: 'ok', coordinator: 'ok', otherCoordinator: 'ok' }
		}
	],
	'/logbook/entries/[entryId]': [
		{ method: 'GET', path: () => `/logbook/entries/${NO_UPLOAD}`, expect: every('method') },
		{
			method: 'PUT',
			path: () => `/logbook/entries/${NO_UPLOAD}`,
			json: () => ({ version: 1 }),
			expect: every('bad')
		},
		// Nobody's entry: not found, whoever asks.
		{ method: 'DELETE', path: () => `/logbook/entries/${NO_UPLOAD}`, expect: every('denied') },
		{ method: 'DELETE', path: () => '/logbook/entries/not-an-id', expect: every('denied') }
	],
	// Sharing one entry with one adult: only hers, only to a facilitator of her groups. Nobody's share: not found.
	'/logbook/shares': [
		{
			method: 'GET',
			path: () => '/logbook/shares',
			expect: { ...mutation, participant: 'ok' }
		},
		{ method: 'POST', path: () => '/logbook/shares', json: () => ({}), expect: every('bad') },
		// Well formed, but of an entry that is nobody's: not found, whoever asks.
		{
			method: 'POST',
			path: () => '/logbook/shares',
			json: () => ({
				id: NO_UPLOAD,
				entryId: NO_UPLOAD,
				recipientId: 'SomeAdult123',
				sealed: { ...CIPHER.page, ephemeral: CIPHER.key }
			}),
			expect: every('denied')
		}
	],
	'/logbook/shares/[shareId]': [
		{ method: 'DELETE', path: () => `/logbook/shares/${NO_UPLOAD}`, expect: every('denied') },
		{ method: 'DELETE', path: () => '/logbook/shares/not-an-id', expect: every('denied') }
	],
	// Her escrow and her request to recover: malformed bodies refused first; ending a request is hers alone.
	'/logbook/escrow': [
		// Her escrow before she set up her logbook: nothing to say yet.
		{
			method: 'GET',
			path: () => '/logbook/escrow',
			expect: { ...mutation, participant: 'conflict' }
		},
		{ method: 'PUT', path: () => '/logbook/escrow', json: () => ({}), expect: every('bad') },
		// Well formed: hers to set once her logbook is (not yet: a conflict); nobody else's.
		{
			method: 'PUT',
			path: () => '/logbook/escrow',
			json: () => ({
				signInPassphrase: 'pas la bonne',
				holderId: 'SomeAdult123',
				mine: { ...CIPHER.half, kdf: CIPHER.kdf },
				theirs: { ...CIPHER.half, ephemeral: CIPHER.key }
			}),
			expect: { ...mutation, participant: 'conflict' }
		}
	],
	'/logbook/recovery': [
		{ method: 'POST', path: () => '/logbook/recovery', json: () => ({}), expect: every('bad') },
		{
			method: 'POST',
			path: () => '/logbook/recovery',
			json: () => ({
				signInPassphrase: 'pas la bonne',
				publicKey: CIPHER.key,
				wrappedPrivate: { iv: CIPHER.half.iv, data: 'A'.repeat(208), kdf: CIPHER.kdf }
			}),
			expect: { ...mutation, participant: 'conflict' }
		},
		{
			method: 'DELETE',
			path: () => '/logbook/recovery',
			expect: { ...mutation, participant: 'ok' }
		}
	],
	// Approving a request: only the adult holding her half B; nobody's request is not found.
	'/logbook/recovery/[participantId]': [
		{
			method: 'POST',
			path: () => `/logbook/recovery/${NO_UPLOAD}`,
			json: () => ({}),
			expect: every('bad')
		},
		{
			method: 'POST',
			path: () => '/logbook/recovery/not-an-id',
			json: () => ({}),
			expect: every('denied')
		},
		{
			method: 'POST',
			path: () => `/logbook/recovery/${NO_UPLOAD}`,
			json: () => ({ released: { ...CIPHER.half, ephemeral: CIPHER.key } }),
			expect: every('denied')
		}
	],
	// Leaving and signing out end the sessions, so they come last.
	'/exit': [{ method: 'GET', path: () => '/exit', last: true, expect: every('exit') }],
	'/sign-out': [
		{ method: 'GET', path: () => '/sign-out', last: true, expect: every('method') },
		{ method: 'POST', path: () => '/sign-out', body: {}, last: true, expect: every('redirect') }
	]
};

/** Sends one row's request as `person` (a role), as a browser or the app's own scripts would. */
export function sendRow(
	person: ReturnType<typeof client>,
	row: Row,
	role: Role,
	ids: Ids
): Promise<Response> {
	const url = row.path(ids);
	if (row.json || row.method === 'DELETE') return person.send(row.method, url, row.json?.(ids));
	if (row.method === 'GET') return person.get(url).then(closeStream);
	if (row.method === 'PUT') return person.put(url, row.body);
	return person.post(url, typeof row.body === 'function' ? row.body(role, ids) : (row.body ?? {}));
}

function rank(row: Row): number {
	return row.last === true ? 2 : row.last ? 1 : 0;
}

/** A live stream (server-sent events) is answered and left: its status is the answer. */
async function closeStream(response: Response): Promise<Response> {
	if (response.headers.get('content-type')?.startsWith('text/event-stream'))
		await response.body?.cancel();
	return response;
}

/** The ids a platform made by `populatedPlatform` gives the rows. */
export function idsOf(platform: Platform): Ids {
	return {
		organisation: platform.organisation,
		group: platform.group,
		program: platform.program,
		deck: platform.deck,
		scenario: platform.scenario,
		video: platform.video,
		videoFile: platform.videoFile,
		tools: platform.tools,
		live: platform.live,
		liveWorkshop: platform.liveWorkshop,
		held: platform.held,
		cocreation: platform.cocreation,
		cocreationFinding: platform.cocreationFinding,
		cocreationPhase: platform.cocreationPhase,
		cocreationComment: platform.cocreationComment,
		dialogue: platform.dialogue,
		dialogueProposal: platform.dialogueProposal,
		dialogueCommitment: platform.dialogueCommitment,
		dialogueWaiting: platform.dialogueWaiting,
		creation: platform.creation,
		material: platform.material,
		materialPath: platform.materialPath,
		materialSuggestion: platform.materialSuggestion,
		materialComment: platform.materialComment,
		piloting: platform.piloting,
		pilotMaterial: platform.pilotMaterial,
		pilot: platform.pilot,
		plannedPilot: platform.plannedPilot,
		pilotFeedback: platform.pilotFeedback
	};
}

/** The route ids of the app, from its files: groups like (public) removed, as SvelteKit does. */
function routeIds(): string[] {
	const root = path.resolve(import.meta.dirname, '../../src/routes');
	const ids = new Set<string>();
	const visit = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (/^\+(page|server)\b/.test(entry.name)) {
				const relative = path.relative(root, dir).split(path.sep);
				const segments = relative.filter((segment) => segment && !/^\(.*\)$/.test(segment));
				ids.add(`/${segments.join('/')}`);
			}
		}
	};
	visit(root);
	return [...ids].sort();
}

/** The form actions of each page, from its +page.server.ts (`default` for a form with no named action). */
function formActions(): { route: string; action: string }[] {
	const root = path.resolve(import.meta.dirname, '../../src/routes');
	const found: { route: string; action: string }[] = [];
	const visit = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) visit(full);
			else if (entry.name === '+page.server.ts') {
				const source = fs.readFileSync(full, 'utf8');
				const block = source.match(/export const actions: Actions = \{\n([\s\S]*?)\n\};/)?.[1];
				if (!block) continue;
				const segments = path
					.relative(root, dir)
					.split(path.sep)
					.filter((segment) => segment && !/^\(.*\)$/.test(segment));
				for (const [, action] of block.matchAll(/^\t([A-Za-z]+)(?::| =|\()/gm))
					found.push({ route: `/${segments.join('/')}`, action: action! });
			}
		}
	};
	visit(root);
	return found;
}

/** The action a POST row sends to: the name after `?/`, or `default`. */
function actionOf(row: Row): string {
	const url = row.path(PLACEHOLDER_IDS);
	return url.match(/\?\/([A-Za-z]+)/)?.[1] ?? 'default';
}

const PLACEHOLDER_IDS: Ids = new Proxy({} as Ids, {
	get: (_target, key) => (key === 'tools' ? new Proxy({}, { get: () => 'id' }) : 'id')
});

function outcomeOf(response: Response): Outcome {
	const location = response.headers.get('location') ?? '';
	if (response.status === 200) return 'ok';
	if (response.status === 201) return 'created';
	if (response.status === 401) return 'unauthorised';
	if (response.status === 404) return 'denied';
	if (response.status === 400) return 'bad';
	if (response.status === 409) return 'conflict';
	if (response.status === 405) return 'method';
	if (response.status === 410) return 'gone';
	if (response.status >= 300 && response.status < 400) {
		if (/^https?:/.test(location)) return 'exit';
		if (location.startsWith('/sign-in')) return 'sign-in';
		return 'redirect';
	}
	return `status ${response.status}` as Outcome;
}

/** Declares the matrix tests against an app started with `env` (e.g. a DATABASE_URL). */
export function describeAuthorisationMatrix(
	label: string,
	env: () => Record<string, string> = () => ({})
) {
	describe(`the authorisation matrix (${label})`, () => {
		it('has a row for every route of the app, and no row for a route that does not exist', () => {
			expect(Object.keys(MATRIX).sort()).toEqual(routeIds());
		});

		it('has a row for every form action of every page, read from the route files', () => {
			const missing = formActions().filter(
				({ route, action }) =>
					!(MATRIX[route] ?? []).some((row) => row.method === 'POST' && actionOf(row) === action)
			);
			expect(missing).toEqual([]);
		});

		describe('each route answers each kind of person as expected', () => {
			let app: RunningApp;
			const people = new Map<Role, ReturnType<typeof client>>();
			let ids: Ids;

			beforeAll(async () => {
				app = await startApp({ env: env() });
				const platform = await populatedPlatform(app);
				ids = idsOf(platform);
				people.set('anonymous', client(app.url));
				people.set('participant', platform.participant);
				people.set('facilitator', platform.facilitator);
				people.set('professional', platform.professional);
				people.set('researcher', platform.researcher);
				people.set('coordinator', platform.coordinator);
				people.set('otherCoordinator', platform.otherCoordinator);
				people.set('admin', platform.admin);
			});
			afterAll(async () => {
				await app?.stop();
			});

			// Before the matrix, which ends every session. The matrix's row names an organisation that does not
			// exist; here each member of the demo organisation tries to join it as its coordinator, and only the
			// administrator may (she does in tests/server/first-start.test.ts, on an instance of her own).
			it('lets nobody but the administrator join the demo organisation as its coordinator', async () => {
				for (const role of ROLES.filter((role) => role !== 'admin')) {
					const response = await people
						.get(role)!
						.post('/admin?/joinDemo', { organisationId: ids.organisation });
					expect(outcomeOf(response), role).toBe('denied');
				}
				// The facilitator is still no coordinator: the organisation's page stays closed to her.
				expect(
					outcomeOf(await people.get('facilitator')!.get(`/organisations/${ids.organisation}`))
				).toBe('denied');
			});

			it('gives every person the expected answer on every route', async () => {
				const mismatches: string[] = [];
				// Rows that end sessions run after all the others.
				const ordered = Object.entries(MATRIX)
					.flatMap(([id, rows]) => rows.map((row) => [id, row] as const))
					.sort(([, a], [, b]) => rank(a) - rank(b));
				for (const [id, row] of ordered) {
					for (const role of ROLES) {
						const person = people.get(role)!;
						const response = await sendRow(person, row, role, ids);
						const expected = typeof row.expect === 'string' ? row.expect : row.expect[role];
						const got = outcomeOf(response);
						if (got !== expected)
							mismatches.push(
								`${row.method} ${id} (${actionOf(row)}) as ${role}: ${got}, expected ${expected}`
							);
						expect(response.status, `${row.method} ${id} as ${role}`).toBeLessThan(500);
					}
				}
				expect(mismatches).toEqual([]);
			});
		});
	});
}
