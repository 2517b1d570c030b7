// Renders the markdown of program texts safely: no raw HTML, no images (nothing remote), links that open no
// window relationship and send no referrer. Used on the server and in the editor's preview.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(['image']);

const defaultLink =
	md.renderer.rules.link_open ??
	((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
md.renderer.rules.link_open = (tokens, index, options, env, self) => {
	const token = tokens[index]!;
	const href = token.attrGet('href') ?? '';
	// Only web and mail links; anything else (javascript:, data:) becomes plain text.
	if (!/^(https?:|mailto:|\/)/i.test(href)) token.attrSet('href', '#');
	token.attrSet('rel', 'noopener noreferrer');
	return defaultLink(tokens, index, options, env, self);
};

/** The HTML of `text` written in markdown. Safe to insert: markdown-it escapes everything else. */
export function renderMarkdown(text: string): string {
	return md.render(text);
}
