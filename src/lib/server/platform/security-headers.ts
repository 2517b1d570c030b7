// The security headers every response carries; pages add SvelteKit's nonce-based Content-Security-Policy on top.
export function securityHeaders(options: { https: boolean }): Record<string, string> {
	const headers: Record<string, string> = {
		// For non-page responses (JSON, files); pages get the fuller policy from the SvelteKit config.
		'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
		'referrer-policy': 'no-referrer',
		'permissions-policy':
			'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'cross-origin-opener-policy': 'same-origin',
		'cross-origin-resource-policy': 'same-origin'
	};
	if (options.https) headers['strict-transport-security'] = 'max-age=63072000; includeSubDomains';
	return headers;
}
