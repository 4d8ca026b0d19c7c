/**
 * Site URL handling for the FluentCart credential.
 *
 * Users paste all sorts of things into "Site URL": trailing slashes, the REST root
 * (`/wp-json`), the full FluentCart namespace, surrounding whitespace. We reduce every
 * one of them to the bare site root (`https://shop.example.com` or a sub-directory
 * install such as `https://example.com/shop`).
 */

export const FLUENTCART_NAMESPACE = 'fluent-cart/v2';

/** What a pasted suffix can look like; everything from `/wp-json` on is dropped. */
const REST_SUFFIX = /\/wp-json(?:\/.*)?$/i;
const REST_ROUTE_QUERY = /\/?\?rest_route=.*$/i;

export class SiteUrlError extends Error {
	/** What is wrong (the message without the hint). */
	readonly problem: string;

	constructor(
		problem: string,
		/** How to fix it. */
		readonly hint: string,
	) {
		super(`${problem}. ${hint}`);
		this.problem = problem;
	}
}

/**
 * Returns the site root without a trailing slash, or throws SiteUrlError with a message
 * that says what is wrong and how to fix it.
 */
export function normaliseSiteUrl(raw: unknown): string {
	if (typeof raw !== 'string' || raw.trim() === '') {
		throw new SiteUrlError(
			'The Site URL in the FluentCart credential is empty',
			'Enter the address of your WordPress site, e.g. https://shop.example.com',
		);
	}
	let value = raw.trim();
	if (!/^https?:\/\//i.test(value)) {
		if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
			throw new SiteUrlError(
				`The Site URL "${value}" must start with http:// or https://`,
				'Enter it like https://shop.example.com',
			);
		}
		// A bare host name such as "shop.example.com": assume HTTPS, as WordPress
		// only offers Application Passwords over HTTPS anyway.
		value = `https://${value}`;
	}
	value = value.replace(/#.*$/, '').replace(REST_ROUTE_QUERY, '');
	value = value.replace(/\/+$/, '').replace(REST_SUFFIX, '').replace(/\/+$/, '');

	const parsed = parseUrl(value);
	if (!parsed || !parsed.hostname || /\s/.test(value) || parsed.search) {
		throw new SiteUrlError(
			`The Site URL "${raw.trim()}" is not a valid web address`,
			'Enter it like https://shop.example.com',
		);
	}
	return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
}

/** Like normaliseSiteUrl, but reports a problem instead of throwing. */
export function checkSiteUrl(
	raw: unknown,
): { url: string; problem?: undefined; hint?: undefined } | { url?: undefined; problem: string; hint: string } {
	try {
		return { url: normaliseSiteUrl(raw) };
	} catch (error) {
		if (error instanceof SiteUrlError) return { problem: error.problem, hint: error.hint };
		return { problem: `The Site URL could not be read (${String(error)})`, hint: 'Enter it like https://shop.example.com' };
	}
}

function parseUrl(value: string): URL | undefined {
	try {
		return new URL(value);
	} catch {
		return undefined;
	}
}

export interface EndpointOptions {
	/** Site without pretty permalinks: use `/?rest_route=/<namespace>/<path>`. */
	plainPermalinks?: boolean;
	/** REST namespace; FluentCart's by default. */
	namespace?: string;
}

/**
 * Builds the URL (and the query parameters it needs) for a path under a REST namespace.
 * `path` is relative to the namespace, e.g. `orders/12/refund`.
 */
export function buildEndpoint(
	siteUrl: string,
	path: string,
	options: EndpointOptions = {},
): { url: string; qs: Record<string, string> } {
	const namespace = (options.namespace ?? FLUENTCART_NAMESPACE).replace(/^\/+|\/+$/g, '');
	const cleanPath = path.replace(/^\/+/, '').replace(/\/+$/, '');
	const route = cleanPath ? `/${namespace}/${cleanPath}` : `/${namespace}`;
	if (options.plainPermalinks) {
		return { url: `${siteUrl}/`, qs: { rest_route: route } };
	}
	return { url: `${siteUrl}/wp-json${route}`, qs: {} };
}
