// Tables of the identity module: organisations, members, groups and participants, Better Auth's accounts and sessions.
import { relations, sql } from 'drizzle-orm';
import {
	bigint,
	boolean,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';

const stamp = (name: string) => timestamp(name, { withTimezone: true });

export const organisation = pgTable('organisation', {
	id: uuid('id')
		.primaryKey()
		.default(sql`gen_random_uuid()`),
	name: text('name').notNull(),
	isDemo: boolean('is_demo').notNull().default(false),
	createdAt: stamp('created_at').notNull().defaultNow()
});

/** An adult's role in one organisation. Platform administrators are marked on `user.role` instead. */
export const membership = pgTable(
	'membership',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		role: text('role', {
			enum: ['coordinator', 'facilitator', 'professional', 'researcher']
		}).notNull(),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [
		unique('membership_organisation_user').on(table.organisationId, table.userId),
		index('membership_user_idx').on(table.userId)
	]
);

/** An adult invited by e-mail into an organisation with a role; the link in the mail sets the password. */
export const invitation = pgTable(
	'invitation',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		email: text('email').notNull(),
		role: text('role', {
			enum: ['coordinator', 'facilitator', 'professional', 'researcher']
		}).notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by').references(() => user.id, { onDelete: 'set null' }),
		expiresAt: stamp('expires_at').notNull(),
		acceptedAt: stamp('accepted_at'),
		createdAt: stamp('created_at').notNull().defaultNow()
	},
	(table) => [index('invitation_organisation_idx').on(table.organisationId)]
);

/** A group of youth run by facilitators; teens join it with its code. ("group" is an SQL keyword.) */
export const youthGroup = pgTable('youth_group', {
	id: uuid('id')
		.primaryKey()
		.default(sql`gen_random_uuid()`),
	organisationId: uuid('organisation_id')
		.notNull()
		.references(() => organisation.id, { onDelete: 'cascade' }),
	name: text('name').notNull(),
	/** Canonical, 8 characters with no look-alikes; printed as ABCD-EFGH. Rotating it replaces it. */
	joinCode: text('join_code').notNull().unique(),
	/** Whether new teens may join with the code (signing back in works either way). */
	joinOpen: boolean('join_open').notNull().default(true),
	joinExpiresAt: stamp('join_expires_at'),
	/** Whether what participants write for others waits for a facilitator's approval. */
	approvalRequired: boolean('approval_required').notNull().default(true),
	/** No one joins (or is added) past this many participants; the facilitators see it and can change it. */
	maxParticipants: integer('max_participants').notNull().default(40),
	createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
	createdAt: stamp('created_at').notNull().defaultNow()
});

/** The facilitators of a group; the designated one receives disclosures privately. */
export const groupFacilitator = pgTable(
	'group_facilitator',
	{
		groupId: uuid('group_id')
			.notNull()
			.references(() => youthGroup.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		designated: boolean('designated').notNull().default(false)
	},
	(table) => [primaryKey({ columns: [table.groupId, table.userId] })]
);

/**
 * A teen: one person of one organisation, with one pseudonym and a Better Auth account signed into with a
 * pass-phrase, whatever groups she is in (`group_membership`). Nothing else: no e-mail, phone, real name,
 * birth date, photo or location, ever.
 */
export const participant = pgTable(
	'participant',
	{
		id: uuid('id')
			.primaryKey()
			.default(sql`gen_random_uuid()`),
		organisationId: uuid('organisation_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.unique()
			.references(() => user.id, { onDelete: 'cascade' }),
		pseudonym: text('pseudonym').notNull(),
		/** The pseudonym folded for comparison (case, accents, spaces); unique in each of her groups. */
		pseudonymKey: text('pseudonym_key').notNull(),
		createdBy: text('created_by').references(() => user.id, { onDelete: 'set null' }),
		createdAt: stamp('created_at').notNull().defaultNow(),
		/**
		 * Whether an adult has seen her sign-in pass-phrase (a printed card, a reset): then it cannot protect
		 * anything from that adult (her logbook's escrow half), until she changes it herself.
		 */
		passphraseFromAdult: boolean('passphrase_from_adult').notNull().default(true)
	},
	(table) => [index('participant_organisation_idx').on(table.organisationId)]
);

/**
 * A participant in a group: her usual group, a co-design group, a pilot. She signs in with the code of any of
 * them. The pseudonym key is kept here too, so that the database itself refuses two people with the same
 * pseudonym in one group (renaming updates every row).
 */
export const groupMembership = pgTable(
	'group_membership',
	{
		groupId: uuid('group_id')
			.notNull()
			.references(() => youthGroup.id, { onDelete: 'cascade' }),
		participantId: uuid('participant_id')
			.notNull()
			.references(() => participant.id, { onDelete: 'cascade' }),
		pseudonymKey: text('pseudonym_key').notNull(),
		addedBy: text('added_by').references(() => user.id, { onDelete: 'set null' }),
		joinedAt: stamp('joined_at').notNull().defaultNow()
	},
	(table) => [
		primaryKey({ columns: [table.groupId, table.participantId] }),
		unique('group_membership_pseudonym').on(table.groupId, table.pseudonymKey),
		index('group_membership_participant_idx').on(table.participantId)
	]
);

/**
 * The people of a demonstration (`npm run demo`): who they are on the demo page, in its order. Only read when the
 * instance runs as a demonstration, so a row here can never exempt anyone of a real deployment from anything.
 */
export const demoPerson = pgTable('demo_person', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	kind: text('kind', {
		enum: ['coordinator', 'facilitator', 'professional', 'researcher', 'teen']
	}).notNull(),
	position: integer('position').notNull()
});

/** A one-time link that lets the operator set the first administrator's password. Only the hash is kept. */
export const adminSetupToken = pgTable('admin_setup_token', {
	id: uuid('id')
		.primaryKey()
		.default(sql`gen_random_uuid()`),
	tokenHash: text('token_hash').notNull().unique(),
	expiresAt: stamp('expires_at').notNull(),
	usedAt: stamp('used_at'),
	createdAt: stamp('created_at').notNull().defaultNow()
});

// The four tables below follow the schema generated by the Better Auth CLI (`npx auth generate`) for the
// email-and-password, admin, two-factor and username plugins, with time zones added so expiry checks never drift.

export const user = pgTable('user', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	email: text('email').notNull().unique(),
	emailVerified: boolean('email_verified').default(false).notNull(),
	image: text('image'),
	createdAt: stamp('created_at').defaultNow().notNull(),
	updatedAt: stamp('updated_at')
		.defaultNow()
		.$onUpdate(() => new Date())
		.notNull(),
	role: text('role'),
	banned: boolean('banned').default(false),
	banReason: text('ban_reason'),
	banExpires: stamp('ban_expires'),
	twoFactorEnabled: boolean('two_factor_enabled').default(false),
	username: text('username').unique(),
	displayUsername: text('display_username'),
	/**
	 * When the person said she understood the quick-exit notice: kept with the account (read with the session on
	 * every request, so no query of its own), for every device she signs in on, never in the browser.
	 */
	safetyNoticeSeenAt: stamp('safety_notice_seen_at')
});

export const session = pgTable(
	'session',
	{
		id: text('id').primaryKey(),
		expiresAt: stamp('expires_at').notNull(),
		token: text('token').notNull().unique(),
		createdAt: stamp('created_at').defaultNow().notNull(),
		updatedAt: stamp('updated_at')
			.$onUpdate(() => new Date())
			.notNull(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		impersonatedBy: text('impersonated_by'),
		/** Chosen at sign-in on a shared device: the cookie ends with the browser, idle limit 10 minutes. */
		sharedDevice: boolean('shared_device').notNull().default(false)
	},
	(table) => [index('session_userId_idx').on(table.userId)]
);

export const account = pgTable(
	'account',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: stamp('access_token_expires_at'),
		refreshTokenExpiresAt: stamp('refresh_token_expires_at'),
		scope: text('scope'),
		password: text('password'),
		createdAt: stamp('created_at').defaultNow().notNull(),
		updatedAt: stamp('updated_at')
			.$onUpdate(() => new Date())
			.notNull()
	},
	(table) => [index('account_userId_idx').on(table.userId)]
);

export const verification = pgTable(
	'verification',
	{
		id: text('id').primaryKey(),
		identifier: text('identifier').notNull(),
		value: text('value').notNull(),
		expiresAt: stamp('expires_at').notNull(),
		createdAt: stamp('created_at').defaultNow().notNull(),
		updatedAt: stamp('updated_at')
			.defaultNow()
			.$onUpdate(() => new Date())
			.notNull()
	},
	(table) => [index('verification_identifier_idx').on(table.identifier)]
);

/** TOTP secrets and recovery codes (Better Auth's two-factor plugin; both stored encrypted). */
export const twoFactor = pgTable(
	'two_factor',
	{
		id: text('id').primaryKey(),
		secret: text('secret').notNull(),
		backupCodes: text('backup_codes').notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id, { onDelete: 'cascade' }),
		verified: boolean('verified').default(true),
		failedVerificationCount: integer('failed_verification_count').default(0),
		lockedUntil: stamp('locked_until')
	},
	(table) => [
		index('twoFactor_secret_idx').on(table.secret),
		index('twoFactor_userId_idx').on(table.userId)
	]
);

/**
 * The last TOTP time step (30-second counter) accepted for an account: a code from the same or an earlier
 * step is refused, so a code seen over someone's shoulder or in a proxy cannot be used a second time.
 */
export const totpStep = pgTable('totp_step', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id, { onDelete: 'cascade' }),
	lastStep: bigint('last_step', { mode: 'number' }).notNull()
});

export const userRelations = relations(user, ({ many }) => ({
	sessions: many(session),
	accounts: many(account),
	twoFactors: many(twoFactor)
}));

export const twoFactorRelations = relations(twoFactor, ({ one }) => ({
	user: one(user, { fields: [twoFactor.userId], references: [user.id] })
}));

export const sessionRelations = relations(session, ({ one }) => ({
	user: one(user, { fields: [session.userId], references: [user.id] })
}));

export const accountRelations = relations(account, ({ one }) => ({
	user: one(user, { fields: [account.userId], references: [user.id] })
}));
