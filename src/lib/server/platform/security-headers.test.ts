import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers.ts';

describe('security headers', () => {
	it('deny framing, referrers, sniffing and camera, microphone and location', () => {
		const headers = securityHeaders({ https: false });
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['permissions-policy']).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
	});

	it('add HSTS only when the site is served over HTTPS', () => {
		expect(securityHeaders({ https: false })['strict-transport-security']).toBeUndefined();
		expect(securityHeaders({ https: true })['strict-transport-security']).toMatch(/max-age=\d{7,}/);
	});
});
