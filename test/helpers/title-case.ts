/**
 * The Title Case rule n8n's node lint applies to display names (eslint-plugin-n8n-nodes-base,
 * node-param-display-name-miscased, through the `title-case` package): every word starts with a
 * capital, except short conjunctions, articles and prepositions ("a", "and", "for", "in", "of",
 * "on", "or", "the", "to", "with"…) that are not the first or last word. Words already written
 * with an inner capital (IDs, URLs, "FluentCart") are left as they are. It is restated here so
 * the check also reaches display names the lint cannot see (built by helpers, spread, mapped).
 */
const SMALL_WORDS =
	/\b(?:an?d?|a[st]|because|but|by|en|for|i[fn]|neither|nor|o[fnr]|only|over|per|so|some|tha[tn]|the|to|up|upon|vs?\.?|versus|via|when|with|without|yet)\b/i;
const TOKENS = /[^\s:–—-]+|./g;
const INNER_CAPITAL = /.(?=[A-Z]|\..)/;
const FIRST_LETTER = /[A-Za-z0-9\u00C0-\u00FF]/;

export function titleCase(input: string): string {
	let result = '';
	for (const match of input.matchAll(TOKENS)) {
		const token = match[0];
		const index = match.index ?? 0;
		const atEdge = index === 0 || index + token.length === input.length;
		const isUrlScheme = input.charAt(index + token.length) === ':' && !/\s/.test(input.charAt(index + token.length + 1));
		const keep = INNER_CAPITAL.test(token) || (SMALL_WORDS.test(token) && !atEdge) || isUrlScheme;
		result += keep ? token : token.replace(FIRST_LETTER, (c) => c.toUpperCase());
	}
	return result;
}

/** What the lint lets through untouched: names ending in "or" ("… Name or ID") and kebab-case or URL values. */
export function isExempt(text: string): boolean {
	return text.toLowerCase().endsWith('or') || /^[a-z0-9]+(-[a-z0-9]+)+$/.test(text) || /^https?:\/\//.test(text);
}
