import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';

describe('settings from the environment', () => {
	it('has defaults that run the embedded database on port 3000', () => {
		const config = readConfig({});
		expect(config).toMatchObject({
			port: 3000,
			host: '0.0.0.0',
			origin: 'http://localhost:3000',
			https: false,
			dataDir: path.resolve('data'),
			databaseUrl: undefined,
			seedDemo: true
		});
	});

	it('derives the origin from PORT unless ORIGIN is set, and knows when it is HTTPS', () => {
		expect(readConfig({ PORT: '8080' }).origin).toBe('http://localhost:8080');
		const behindProxy = readConfig({ ORIGIN: 'https://ateliers.example.org/' });
		expect(behindProxy.origin).toBe('https://ateliers.example.org');
		expect(behindProxy.https).toBe(true);
	});

	it('is no demonstration unless DEMO says so, and never a demonstration on a real database', () => {
		expect(readConfig({}).demo).toBe(false);
		expect(readConfig({ DEMO: 'true', SEED_DEMO: 'false' })).toMatchObject({
			demo: true,
			seedDemo: true
		});
		expect(() =>
			readConfig({ DEMO: 'true', DATABASE_URL: 'postgres://u:p@localhost:5432/real' })
		).toThrow(/DEMO/);
	});

	it('treats an empty variable as unset', () => {
		expect(readConfig({ DATABASE_URL: '', PORT: '' }).databaseUrl).toBeUndefined();
	});

	it.each([
		['PORT', 'abc'],
		['PORT', '70000'],
		['ORIGIN', 'ftp://example.org'],
		['DATABASE_URL', 'mysql://localhost/db'],
		['DATABASE_URL', 'not a url'],
		['LOG_LEVEL', 'loud'],
		['SEED_DEMO', 'maybe'],
		['AUTH_SECRET', 'too-short']
	])('refuses %s=%s with a message naming the variable', (name, value) => {
		expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
		expect(() => readConfig({ [name]: value })).toThrow(new RegExp(`^[\\s\\S]*${name}:`));
	});
});
