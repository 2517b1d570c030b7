// Logbook cryptography benchmark, in Chromium (where it runs): the time to unlock a logbook with the chosen Argon2id
// parameters (KDF_MINIMUM of src/lib/domain/logbook/crypto.ts: Argon2id in WebAssembly by hash-wasm, then the
// AES-GCM unwrap of the data key), and AES-GCM encrypt/decrypt throughput on entries of the largest size bucket.
// Median of several unlocks after a warm-up. Last line: {"unlock_ms": …, "encrypt_mb_s": …, "decrypt_mb_s": …}.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import process from 'node:process';
import type * as hashWasm from 'hash-wasm';
import { chromium } from 'playwright-core';
import { KDF_MINIMUM, SIZE_BUCKETS } from '../src/lib/domain/logbook/crypto.ts';
import { CHROMIUM } from './support/demo.ts';

type HashWasm = typeof hashWasm;

const UNLOCKS = 7;
/** How much to encrypt and decrypt: entries of the largest bucket, 16 MiB in all. */
const ENTRY_BYTES = SIZE_BUCKETS.at(-1)!;
const TOTAL_BYTES = 16 * 1024 * 1024;

const argon2Script = fs.readFileSync(
	path.resolve(import.meta.dirname, '../node_modules/hash-wasm/dist/argon2.umd.min.js'),
	'utf8'
);

// WebCrypto needs a secure context: a blank page served from 127.0.0.1 is one (about:blank is not).
const server = http.createServer((_request, response) => {
	response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	response.end('<!doctype html><title>bench</title>');
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

const browser = await chromium.launch(CHROMIUM);
try {
	const page = await browser.newPage();
	await page.goto(`http://127.0.0.1:${port}/`);
	await page.addScriptTag({ content: argon2Script });
	const result = await page.evaluate(
		async ({ kdf, unlocks, entryBytes, totalBytes }) => {
			const { argon2id } = (globalThis as unknown as { hashwasm: HashWasm }).hashwasm;
			const subtle = crypto.subtle;
			const salt = crypto.getRandomValues(new Uint8Array(16));
			const derive = async (passphrase: string) => {
				const raw = await argon2id({
					password: passphrase,
					salt,
					iterations: kdf.iterations,
					parallelism: kdf.parallelism,
					memorySize: kdf.memoryKiB,
					hashLength: 32,
					outputType: 'binary'
				});
				return subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'AES-GCM' }, false, [
					'encrypt',
					'decrypt'
				]);
			};
			// A wrapped data key, as stored.
			const iv = crypto.getRandomValues(new Uint8Array(12));
			const additionalData = new TextEncoder().encode('logbook-key:v1:bench');
			const wrapped = await subtle.encrypt(
				{ name: 'AES-GCM', iv, additionalData },
				await derive('lune violette sur le toit'),
				crypto.getRandomValues(new Uint8Array(32))
			);
			const unlock = async () => {
				const started = performance.now();
				const key = await derive('lune violette sur le toit');
				await subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, wrapped);
				return performance.now() - started;
			};
			await unlock();
			const times: number[] = [];
			for (let i = 0; i < unlocks; i++) times.push(await unlock());
			times.sort((a, b) => a - b);

			const dataKey = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
				'encrypt',
				'decrypt'
			]);
			// What is encrypted does not change the speed: a repeated pattern, at full bucket size.
			const entry = new Uint8Array(entryBytes).map((_, i) => (i * 31) & 255);
			const count = Math.ceil(totalBytes / entryBytes);
			const sealed: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }[] = [];
			let started = performance.now();
			for (let i = 0; i < count; i++) {
				const entryIv = crypto.getRandomValues(new Uint8Array(12));
				sealed.push({
					iv: entryIv,
					data: await subtle.encrypt(
						{ name: 'AES-GCM', iv: entryIv, additionalData },
						dataKey,
						entry
					)
				});
			}
			const encryptMs = performance.now() - started;
			started = performance.now();
			for (const item of sealed)
				await subtle.decrypt({ name: 'AES-GCM', iv: item.iv, additionalData }, dataKey, item.data);
			const decryptMs = performance.now() - started;
			const megabytes = (count * entryBytes) / (1024 * 1024);
			return {
				unlock_ms: Math.round(times[Math.floor(times.length / 2)]!),
				encrypt_mb_s: Math.round((megabytes / (encryptMs / 1000)) * 10) / 10,
				decrypt_mb_s: Math.round((megabytes / (decryptMs / 1000)) * 10) / 10
			};
		},
		{ kdf: KDF_MINIMUM, unlocks: UNLOCKS, entryBytes: ENTRY_BYTES, totalBytes: TOTAL_BYTES }
	);
	process.stderr.write(
		`Argon2id ${KDF_MINIMUM.memoryKiB} KiB, ${KDF_MINIMUM.iterations} passes, ${KDF_MINIMUM.parallelism} lane; ` +
			`median of ${UNLOCKS} unlocks; ${TOTAL_BYTES / 1024 / 1024} MiB in ${ENTRY_BYTES}-byte entries\n`
	);
	process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
	await browser.close();
	server.close();
}
