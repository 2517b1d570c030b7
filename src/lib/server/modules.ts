// The composition root: each module registers its reactions to platform events, what it adds to the tools and
// its lanes (platform/lanes.ts) here, so that no module has to import another to be told that something happened (identity creates an
// organisation; the others seed it).
import { voteLane } from './live/vote-lane.ts';
import { registerMediaReactions } from './media/service.ts';
import { registerLane } from './platform/lanes.ts';
import { registerResourcesReactions } from './resources/service.ts';
import { registerStarterReactions } from './starter/service.ts';

/** Registers every module's reactions (harmless when called again). Called once at start-up. */
export function registerModules(): void {
	registerResourcesReactions();
	registerStarterReactions();
	registerMediaReactions();
	registerLane('live-vote', voteLane);
}
