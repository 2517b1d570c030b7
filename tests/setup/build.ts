// Vitest global setup for server and browser tests: builds the app once when its sources changed.
import path from 'node:path';
import { ensureBuild } from '../../scripts/build-stamp.ts';

export default function setup(): void {
	ensureBuild(path.resolve(import.meta.dirname, '../..'));
}
