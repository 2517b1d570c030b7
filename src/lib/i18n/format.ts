// A small ICU message formatter for our catalogues: `{name}`, `{n, plural, =0 {…} one {…} other {…}}` with `#`,
// and `{v, select, a {…} other {…}}`, nested. It replaces intl-messageformat (≈ 10 kB gzipped on every page);
// src/lib/i18n/format.test.ts checks it gives intl-messageformat's text for every message of both catalogues.

export type FormatValues = Record<string, string | number | Date>;

type Part =
	| string
	| { kind: 'argument'; name: string }
	| { kind: 'pound' }
	| { kind: 'plural'; name: string; options: Record<string, Part[]> }
	| { kind: 'select'; name: string; options: Record<string, Part[]> };

/** Parses `text` from `at` until a closing brace at this level (or the end); returns the parts and where it stopped. */
function parseParts(text: string, at: number, inPlural: boolean): [Part[], number] {
	const parts: Part[] = [];
	let literal = '';
	let index = at;
	while (index < text.length) {
		const char = text[index]!;
		if (char === '}') break;
		if (char === '#' && inPlural) {
			if (literal) parts.push(literal);
			literal = '';
			parts.push({ kind: 'pound' });
			index++;
			continue;
		}
		if (char !== '{') {
			literal += char;
			index++;
			continue;
		}
		if (literal) parts.push(literal);
		literal = '';
		const [part, next] = parseArgument(text, index + 1);
		parts.push(part);
		index = next;
	}
	if (literal) parts.push(literal);
	return [parts, index];
}

/** Parses an argument after its opening brace; returns it and the index after its closing brace. */
function parseArgument(text: string, at: number): [Part, number] {
	const close = text.indexOf('}', at);
	const comma = text.indexOf(',', at);
	if (comma === -1 || comma > close) {
		return [{ kind: 'argument', name: text.slice(at, close).trim() }, close + 1];
	}
	const name = text.slice(at, comma).trim();
	const secondComma = text.indexOf(',', comma + 1);
	const type = text.slice(comma + 1, secondComma).trim();
	if (type !== 'plural' && type !== 'select') throw new Error(`Unsupported argument type: ${type}`);
	const options: Record<string, Part[]> = {};
	let index = secondComma + 1;
	for (;;) {
		while (/\s/.test(text[index] ?? '')) index++;
		if (text[index] === '}') return [{ kind: type, name, options }, index + 1];
		const open = text.indexOf('{', index);
		const selector = text.slice(index, open).trim();
		const [parts, end] = parseParts(text, open + 1, type === 'plural');
		options[selector] = parts;
		index = end + 1;
	}
}

const parsed = new Map<string, Part[]>();
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
	let format = numberFormats.get(locale);
	if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
	return format;
}

function show(value: string | number | Date | undefined, locale: string): string {
	if (typeof value === 'number') return numberFormat(locale).format(value);
	if (value instanceof Date) return new Intl.DateTimeFormat(locale).format(value);
	return value === undefined ? '' : String(value);
}

function render(parts: Part[], values: FormatValues, locale: string, pound: number | null): string {
	let out = '';
	for (const part of parts) {
		if (typeof part === 'string') out += part;
		else if (part.kind === 'argument') out += show(values[part.name], locale);
		else if (part.kind === 'pound')
			out += pound === null ? '#' : numberFormat(locale).format(pound);
		else if (part.kind === 'plural') {
			const count = Number(values[part.name]);
			let rules = pluralRules.get(locale);
			if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
			const chosen =
				part.options[`=${count}`] ?? part.options[rules.select(count)] ?? part.options.other ?? [];
			out += render(chosen, values, locale, count);
		} else {
			const chosen = part.options[String(values[part.name])] ?? part.options.other ?? [];
			out += render(chosen, values, locale, pound);
		}
	}
	return out;
}

/** `message` with `values` filled in, numbers and plurals in `locale` ("fr-CA", "en-CA"). */
export function formatMessage(message: string, locale: string, values: FormatValues = {}): string {
	let parts = parsed.get(message);
	if (!parts) parsed.set(message, (parts = parseParts(message, 0, false)[0]));
	return render(parts, values, locale, null);
}
