// `npm start`: checks the Node version, builds the app when the sources changed, then serves it.
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { buildOrExit } from './build-stamp.ts';
import { startServer } from './server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
	process.stderr.write(
		`Partir de nous runs on Node.js 24, which \`npm start\` brings (npm install puts it in node_modules); this is ${process.version}. Start it with \`npm start\`.\n`
	);
	process.exit(1);
}

buildOrExit(root);

await startServer(path.join(root, 'build'));
