// Server start-up: read settings, register the catalogues, open the database, migrate, seed once (and a
// demonstration's people), and print the first-admin link if needed.
import type { ServerInit } from '@sveltejs/kit/hooks';
import { building } from '$app/env';
import { registerAllCatalogues } from '#lib/i18n/all.ts';
import {
	installDatabase,
	openPglite,
	openPostgres,
	type DatabaseHandle
} from '#lib/server/db/client.ts';
import { lockDataDir, type DataDirLock } from '#lib/server/db/lock.ts';
import { migrate } from '#lib/server/db/migrate.ts';
import { auth } from '#lib/server/identity/auth.ts';
import { seedDemoPeople } from '#lib/server/identity/demo.ts';
import { issueSetupLink, seedDemoOrganisation } from '#lib/server/identity/service.ts';
import { cleanStaleUploads } from '#lib/server/media/service.ts';
import { registerModules } from '#lib/server/modules.ts';
import { systemActor } from '#lib/server/platform/actor.ts';
import { config } from '#lib/server/platform/config.ts';
import { databaseTransport, EventBus, installEvents } from '#lib/server/platform/events.ts';
import { log } from '#lib/server/platform/log.ts';

export const init: ServerInit = async () => {
	if (building) return;
	logUncaughtErrorsSafely();
	registerAllCatalogues();
	const settings = config();
	let lock: DataDirLock | undefined;
	let handle: DatabaseHandle | undefined;
	try {
		if (settings.databaseUrl) {
			handle = await openPostgres(settings.databaseUrl, settings.databasePoolSize);
		} else {
			lock = lockDataDir(settings.dataDir);
			handle = await openPglite({ dataDir: settings.dataDir });
		}
		registerModules();
		const bus = new EventBus(databaseTransport(handle));
		installEvents(bus);
		const setupToken = await handle.runExclusive(async (database) => {
			await migrate(database);
			if (settings.seedDemo) await seedDemoOrganisation(systemActor('seed'), database);
			// A demonstration has its demo people and no administrator to set up.
			return settings.demo ? null : issueSetupLink(systemActor('setup-link'), database);
		});
		installDatabase(handle);
		await bus.start();
		// Created now, while the database is known to answer, rather than on the first request.
		await auth();
		if (settings.demo) await seedDemoPeople(systemActor('demo'));
		if (setupToken) announceSetupLink(`${settings.origin}/setup/${setupToken}`);
		log.info({ database: handle.kind }, 'database ready');
		scheduleUploadCleaning();
	} catch (error) {
		await handle?.close().catch(() => {});
		lock?.release();
		throw error;
	}
	const opened = handle;
	process.once('sveltekit:shutdown' as 'exit', () => {
		void opened.close().finally(() => lock?.release());
	});
};

/**
 * An error nobody caught would be printed by Node with its message, which can quote a query's values: it goes
 * through the log's serialiser instead, and the process still stops, as Node would have stopped it.
 */
function logUncaughtErrorsSafely(): void {
	process.on('uncaughtException', (error) => {
		log.fatal({ err: error }, 'uncaught error: stopping');
		process.exit(1);
	});
}

/** Drops unfinished uploads older than a day, now and every hour. */
function scheduleUploadCleaning(): void {
	const clean = () =>
		cleanStaleUploads().then(
			(removed) => {
				if (removed > 0) log.info({ removed }, 'stale uploads removed');
			},
			(error: unknown) => log.error({ err: error }, 'stale uploads could not be removed')
		);
	void clean();
	setInterval(() => void clean(), 60 * 60 * 1000).unref();
}

function announceSetupLink(link: string): void {
	log.info({ event: 'setup_link_issued' }, 'one-time administrator setup link issued');
	// Printed plainly (not in the JSON log) so the operator sees it once on the console.
	process.stdout.write(
		[
			'',
			'  ┌──────────────────────────────────────────────────────────────────────',
			'  │ Partir de nous — first start / premier démarrage',
			'  │ Set the first administrator’s password (valid 24 h, single use):',
			'  │ Choisissez le mot de passe de la première personne administratrice',
			'  │ (valide 24 h, usage unique) :',
			`  │   ${link}`,
			'  └──────────────────────────────────────────────────────────────────────',
			'',
			''
		].join('\n')
	);
}
