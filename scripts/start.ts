// `npm start`: checks the Node version, builds the app when the sources changed, then serves it.
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent, ensureBuild } from './build-stamp.ts';
import { startServer } from './server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
	process.stderr.write(
		`Partir de nous runs on Node.js 24, which \`npm start\` brings (npm install puts it in node_modules); this is ${process.version}. Start it with \`npm start\`.\n`
	);
	process.exit(1);
}

if (!buildIsCurrent(root))
	process.stdout.write('Building the app (first start or sources changed)…\n');
try {
	ensureBuild(root);
} catch (error) {
	process.stderr.write(`${(error as Error).message}\n`);
	process.exit(1);
}

await startServer(path.join(root, 'build'));
