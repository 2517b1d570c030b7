// Small HTTP helpers for server tests: post a form as a browser would, and carry cookies along.

/** Posts `fields` as a urlencoded form from the same origin, without following redirects. */
export async function submitForm(
	url: string,
	fields: Record<string, string>,
	options: { cookie?: string; origin?: string } = {}
): Promise<Response> {
	const target = new URL(url);
	return fetch(target, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: options.origin ?? target.origin,
			...(options.cookie ? { cookie: options.cookie } : {})
		},
		body: new URLSearchParams(fields)
	});
}

/** The `name=value` pairs of a response's Set-Cookie headers, ready to send back. */
export function cookieFrom(response: Response): string {
	return (
		response.headers
			.getSetCookie()
			.map((cookie) => cookie.split(';')[0] ?? '')
			// A cookie set to an empty value is being deleted: do not send it back.
			.filter((pair) => pair.indexOf('=') > 0 && pair.indexOf('=') < pair.length - 1)
			.join('; ')
	);
}

/** Keeps cookies across requests like a browser does (one site, no expiry handling beyond deletion). */
export class CookieJar {
	private cookies = new Map<string, string>();

	take(response: Response): Response {
		for (const line of response.headers.getSetCookie()) {
			const [pair = ''] = line.split(';');
			const at = pair.indexOf('=');
			if (at <= 0) continue;
			const name = pair.slice(0, at);
			const value = pair.slice(at + 1);
			if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
		return response;
	}

	header(): string {
		return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}

	clear(): void {
		this.cookies.clear();
	}

	/** The cookies as name/value pairs, to hand over to a browser. */
	entries(): [string, string][] {
		return [...this.cookies];
	}
}

/** A browser-like client for one app: same-origin form posts and GETs, with its cookies. */
export function client(baseUrl: string) {
	const jar = new CookieJar();
	return {
		jar,
		get: async (path: string) =>
			jar.take(
				await fetch(`${baseUrl}${path}`, {
					redirect: 'manual',
					headers: { accept: 'text/html', cookie: jar.header() }
				})
			),
		post: async (path: string, fields: Record<string, string>) =>
			jar.take(await submitForm(`${baseUrl}${path}`, fields, { cookie: jar.header() })),
		/** A JSON PUT from the app's own page (as the program editor's autosave sends). */
		put: async (path: string, body: unknown) =>
			jar.take(
				await fetch(`${baseUrl}${path}`, {
					method: 'PUT',
					redirect: 'manual',
					headers: {
						'content-type': 'application/json',
						origin: baseUrl,
						cookie: jar.header()
					},
					body: JSON.stringify(body)
				})
			),
		/** Any method with a JSON body (or none), from the app's own page (uploads, removals). */
		send: async (method: string, path: string, body?: unknown) =>
			jar.take(
				await fetch(`${baseUrl}${path}`, {
					method,
					redirect: 'manual',
					headers: {
						...(body === undefined ? {} : { 'content-type': 'application/json' }),
						origin: baseUrl,
						cookie: jar.header()
					},
					body: body === undefined ? undefined : JSON.stringify(body)
				})
			)
	};
}
