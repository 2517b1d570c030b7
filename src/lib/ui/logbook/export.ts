// Her logbook as one HTML file made in her browser, to read, print or keep: nothing decrypted goes to the server.
// Every text is escaped; the file has its own small style and no script.
import type { Page } from './vault.svelte.ts';

export type ExportWords = {
	title: string;
	made: string;
	writtenOn: (day: string) => string;
	mood: (mood: number) => string;
	feeling: (feeling: string) => string;
	answering: string;
	lang: string;
};

const escape = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(character) =>
			({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!
	);

export function logbookHtml(pages: readonly Page[], words: ExportWords): string {
	const sections = pages
		.filter((page) => !page.unreadable)
		.map((page) => {
			const details = [
				page.mood === null ? null : escape(words.mood(page.mood)),
				...page.feelings.map((feeling) => escape(words.feeling(feeling)))
			].filter(Boolean);
			return [
				'<article>',
				`<h2>${escape(words.writtenOn(page.writtenOn))}</h2>`,
				page.prompt
					? `<p class="prompt">${escape(words.answering)} ${escape(page.prompt)}</p>`
					: '',
				details.length > 0 ? `<p class="details">${details.join(' · ')}</p>` : '',
				`<div class="text">${escape(page.text)}</div>`,
				'</article>'
			].join('\n');
		});
	return `<!doctype html>
<html lang="${escape(words.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(words.title)}</title>
<style>
body { font: 1.05rem/1.6 system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
article { border-top: 1px solid #ccc; padding: 1rem 0; break-inside: avoid; }
h2 { font-size: 1.05rem; margin: 0; }
.prompt { font-style: italic; }
.details { color: #555; }
.text { white-space: pre-wrap; }
</style>
</head>
<body>
<h1>${escape(words.title)}</h1>
<p>${escape(words.made)}</p>
${sections.join('\n')}
</body>
</html>
`;
}
