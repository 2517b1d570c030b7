import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('program markdown', () => {
	it('renders lists and emphasis', () => {
		expect(renderMarkdown('- **un**\n- deux')).toBe(
			'<ul>\n<li><strong>un</strong></li>\n<li>deux</li>\n</ul>\n'
		);
	});

	it('never lets raw HTML or scripts through', () => {
		const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
		expect(html).not.toContain('<script');
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;script&gt;');
	});

	it('shows no images, so nothing is fetched from elsewhere', () => {
		expect(renderMarkdown('![photo](https://example.org/p.png)')).not.toContain('<img');
	});

	it('gives links no referrer and no opener, and defuses javascript: links', () => {
		expect(renderMarkdown('[aide](https://example.org)')).toContain(
			'<a href="https://example.org" rel="noopener noreferrer">aide</a>'
		);
		expect(renderMarkdown('[x](javascript:alert(1))')).not.toMatch(/<a[^>]*javascript:/);
	});
});
