import { describe, expect, it } from 'vitest';
import { linkParts } from './links.ts';

describe('web addresses in a text', () => {
	it('become parts of their own, the text around them kept as it was', () => {
		const text = 'Bonjour,\nOuvrez http://localhost:3000/invitation/abc_DEF-123.\nMerci';
		expect(linkParts(text)).toEqual([
			{ text: 'Bonjour,\nOuvrez ' },
			{
				text: 'http://localhost:3000/invitation/abc_DEF-123',
				href: 'http://localhost:3000/invitation/abc_DEF-123'
			},
			{ text: '.\nMerci' }
		]);
		expect(
			linkParts(text)
				.map((part) => part.text)
				.join('')
		).toBe(text);
	});

	it('leave a text without an address whole, and take nothing that is not http or https', () => {
		expect(linkParts('javascript:alert(1) et ftp://x')).toEqual([
			{ text: 'javascript:alert(1) et ftp://x' }
		]);
		expect(linkParts('')).toEqual([]);
	});
});
