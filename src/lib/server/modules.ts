// The composition root: each module registers its reactions to platform events here, so that no module has to
// import another to be told that something happened (identity creates an organisation; the others seed it).
import { registerMediaReactions } from './media/service.ts';
import { registerProgramsReactions } from './programs/service.ts';
import { registerResourcesReactions } from './resources/service.ts';
import { registerToolsReactions } from './tools/service.ts';

/** Registers every module's reactions (harmless when called again). Called once at start-up. */
export function registerModules(): void {
	registerResourcesReactions();
	registerProgramsReactions();
	registerToolsReactions();
	registerMediaReactions();
}
