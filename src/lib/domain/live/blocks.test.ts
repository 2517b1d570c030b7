import { describe, expect, it } from 'vitest';
import { textBlocks } from './blocks.ts';

describe('an activity’s text on the screens', () => {
	it('shows the lines that begin with "- " as a list, and the rest as paragraphs', () => {
		expect(
			textBlocks(
				'Bienvenue !\n\n- Tu peux passer ton tour.\n- Personne n’a à parler de sa vie.\n\nÀ tout à l’heure.'
			)
		).toEqual([
			{ kind: 'paragraph', text: 'Bienvenue !' },
			{
				kind: 'list',
				items: ['Tu peux passer ton tour.', 'Personne n’a à parler de sa vie.']
			},
			{ kind: 'paragraph', text: 'À tout à l’heure.' }
		]);
	});

	it('keeps a paragraph whole when only some of its lines begin with a dash', () => {
		expect(textBlocks('Note - importante\n- une ligne')).toEqual([
			{ kind: 'paragraph', text: 'Note - importante\n- une ligne' }
		]);
	});

	it('shows nothing for an empty text', () => {
		expect(textBlocks('  \n\n ')).toEqual([]);
	});
});
