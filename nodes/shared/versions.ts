/**
 * FluentCart versions as data: comparing version strings, the ranges the site profile knows a
 * site to be in, the version bands a user can choose in the credential, and the route markers
 * that tell a band from the `fluent-cart/v2` route index. Pure: no requests, no n8n types.
 */

/** Compares dotted version strings numerically (1.6.0.1 > 1.6.0, 1.10 > 1.9). */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map((part) => parseInt(part, 10) || 0);
	const pb = b.split('.').map((part) => parseInt(part, 10) || 0);
	for (let k = 0; k < Math.max(pa.length, pb.length); k++) {
		const diff = (pa[k] ?? 0) - (pb[k] ?? 0);
		if (diff !== 0) return diff;
	}
	return 0;
}

/** A plain version string such as 1.5.2 or 1.6.0.1 (plugin headers may add text; that is cut). */
export function cleanVersion(raw: unknown): string | undefined {
	const match = /^\s*v?(\d+(?:\.\d+){0,3})/.exec(typeof raw === 'string' ? raw : '');
	return match ? match[1] : undefined;
}

/**
 * What is known of a site's version: exactly one version, or a range `min ≤ v < below` where
 * either end may be open. Everything open means nothing is known.
 */
export interface VersionRange {
	exact?: string;
	min?: string;
	below?: string;
}

/** Whether a site in this range runs `version` or later: true, false, or undefined (cannot tell). */
export function atLeast(range: VersionRange, version: string): boolean | undefined {
	if (range.exact) return compareVersions(range.exact, version) >= 0;
	if (range.min && compareVersions(range.min, version) >= 0) return true;
	if (range.below && compareVersions(range.below, version) <= 0) return false;
	return undefined;
}

/** "1.5.2", "1.4.0 – 1.5.x", "1.6.2 or later", "unknown". */
export function describeRange(range: VersionRange): string {
	if (range.exact) return range.exact;
	const band = VERSION_BANDS.find((b) => b.range.min === range.min && b.range.below === range.below);
	if (band) return band.label;
	if (range.min && range.below) return `${range.min} up to (not including) ${range.below}`;
	if (range.min) return `${range.min} or later`;
	if (range.below) return `older than ${range.below}`;
	return 'unknown';
}

/** The credential option that fixes the version, its name as the user sees it, and its "detect" value. */
export const VERSION_OPTION = 'fluentCartVersion';
export const VERSION_OPTION_LABEL = 'FluentCart Version';
export const DETECT_VERSION = 'auto';

/** The bands a user can fix in the credential's FluentCart Version option. */
export const VERSION_BANDS: ReadonlyArray<{ value: string; label: string; range: VersionRange }> = [
	{ value: '1.3.0', label: '1.3.0 – 1.3.26', range: { min: '1.3.0', below: '1.3.27' } },
	{ value: '1.3.27', label: '1.3.27 – 1.3.28', range: { min: '1.3.27', below: '1.4.0' } },
	{ value: '1.4.0', label: '1.4.x – 1.5.x', range: { min: '1.4.0', below: '1.6.0' } },
	{ value: '1.6.0', label: '1.6.0 – 1.6.1', range: { min: '1.6.0', below: '1.6.2' } },
	{ value: '1.6.2', label: '1.6.2 or later', range: { min: '1.6.2' } },
];

/** The newest FluentCart this package was checked against (source read); newer ones are trusted to
 * keep 1.6.2's contract until a marker route disappears. */
export const NEWEST_CHECKED = '1.6.3';

/**
 * Routes of the `fluent-cart/v2` index that first appear in a version (route keys are regexes;
 * they are compared after their `(?P<name>…)` groups become `{}`). The oldest marker first.
 */
export const ROUTE_MARKERS: ReadonlyArray<{ since: string; any: string[]; without?: string[] }> = [
	{ since: '1.4.0', any: ['settings/mcp', 'orders/calculate-tax'] },
	{ since: '1.5.0', any: ['products/variants/bulk-update'] },
	{ since: '1.5.3', any: ['data-backfills/run'] },
	{ since: '1.6.0', any: ['renewals', 'orders/{}/subscriptions/{}/charge-now'] },
	{ since: '1.6.1', any: ['customer-profile/sections'] },
	{ since: '1.6.2', any: ['orders/{}/subscriptions/{}/vendor-ids'], without: ['reports/sales-growth'] },
	{ since: '1.6.3', any: ['reviews', 'public/reviews/{}'] },
];

/** A route key of the index (`/fluent-cart/v2/orders/(?P<order>[^\s(?!/)]+)/refund`) → `orders/{}/refund`. */
export function routeShape(key: string): string {
	let out = '';
	let depth = 0;
	for (let k = 0; k < key.length; k++) {
		const char = key[k];
		if (depth === 0 && key.startsWith('(?P<', k)) {
			out += '{}';
			depth = 1;
			continue;
		}
		if (depth > 0) {
			if (char === '\\') k++;
			else if (char === '(' || char === '[') depth++;
			else if (char === ')' || char === ']') depth--;
			continue;
		}
		out += char;
	}
	return out.replace(/^\/?fluent-cart\/v2\/?/, '').replace(/\/+$/, '');
}

/**
 * The version range the route index proves: every marker present raises the minimum, the first
 * marker missing sets the upper bound. Markers are cumulative, so the first missing one ends it.
 */
export function rangeFromRoutes(routeKeys: Iterable<string>): VersionRange {
	const shapes = new Set<string>();
	for (const key of routeKeys) shapes.add(routeShape(key));
	let min = '1.3.0';
	for (const marker of ROUTE_MARKERS) {
		const present = marker.any.some((shape) => shapes.has(shape)) && !(marker.without ?? []).some((shape) => shapes.has(shape));
		if (!present) return { min, below: marker.since };
		min = marker.since;
	}
	return { min };
}
