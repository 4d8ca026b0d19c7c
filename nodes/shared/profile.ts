/**
 * The site profile: which FluentCart a site runs, what it can do, and the unit each money field
 * takes there. Node code asks it questions ("can this site pause subscriptions?", "what unit does
 * the refund amount take?") and never compares version strings itself.
 *
 * How the version is found, first answer wins:
 * 1. the credential's FluentCart Version, when the user fixed a band (no request);
 * 2. WordPress core's plugins endpoint (`wp/v2/plugins/fluent-cart/fluent-cart`): the exact version;
 *    it needs `activate_plugins`, which FluentCart administrators have;
 * 3. the route fingerprint of the public `fluent-cart/v2` index: a version band.
 * Detection runs only when a question needs it, once per execution and credential.
 */
import type { ICredentialDataDecryptedObject, IDataObject, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { CREDENTIAL_NAME, FluentCartApiError, fluentCartRequest } from './transport';
import type { FluentCartContext } from './transport';
import { inputError } from './validation';
import {
	atLeast,
	cleanVersion,
	compareVersions,
	describeRange,
	NEWEST_CHECKED,
	rangeFromRoutes,
	VERSION_BANDS,
	VERSION_OPTION,
	VERSION_OPTION_LABEL,
} from './versions';
import type { VersionRange } from './versions';
import type { MoneyUnit } from './money';

export interface SiteProfile {
	range: VersionRange;
	/** How the range was found. */
	source: 'credential' | 'plugins' | 'routes' | 'unknown';
	/** FluentCart is installed but switched off (plugins endpoint). */
	inactive?: boolean;
	/** Why detection could not tell, or what is uncertain about the answer. */
	note?: string;
}

/** What the user is told to do when the version cannot be known. */
export const SET_VERSION_HINT = `Open the FluentCart credential and set "${VERSION_OPTION_LABEL}" to the version your shop runs (WordPress → Plugins shows it).`;

/** Features that exist only from some version on. */
export const FEATURES = {
	subscriptionPause: { since: '1.6.0', label: 'Pausing a subscription' },
	subscriptionResume: { since: '1.6.0', label: 'Resuming a subscription' },
	subscriptionReactivate: { since: '1.6.0', label: 'Reactivating a subscription' },
	subscriptionSkipRenewal: { since: '1.6.0', label: 'Skipping a renewal' },
	subscriptionChargeNow: { since: '1.6.0', label: 'Charging a renewal now' },
	renewals: { since: '1.6.0', label: 'Working with renewal invoices' },
	reactivatedEvent: { since: '1.3.27', label: 'The Subscription Reactivated event' },
	variationOptions: { since: '1.5.0', label: 'Setting variation options' },
} as const;
export type Feature = keyof typeof FEATURES;

/**
 * Money fields whose unit depends on the version: `cents` from `centsSince`, decimal before.
 * Fields not listed here keep one unit on every version (see money.ts) and need no detection.
 */
export const VERSIONED_MONEY = {
	refundAmount: { centsSince: '1.6.2', label: 'the refund amount' },
	variationPrice: { centsSince: '1.6.2', label: 'variation prices' },
	productPricing: { centsSince: '1.6.2', label: 'product prices' },
} as const;
export type VersionedMoneyField = keyof typeof VERSIONED_MONEY;

/** Profiles per execution and credential. Bounded: an n8n process runs many executions. */
const cache = new Map<string, Promise<SiteProfile>>();
const CACHE_LIMIT = 200;

/** The site's profile, detected at most once per execution (and credential). */
export async function getSiteProfile(ctx: FluentCartContext, itemIndex?: number): Promise<SiteProfile> {
	const credentials = await ctx.getCredentials(CREDENTIAL_NAME, itemIndex ?? 0);
	const executionId = typeof ctx.getExecutionId === 'function' ? ctx.getExecutionId() : '';
	if (!executionId) return await detectProfile(ctx, credentials, itemIndex);
	const key = [executionId, credentials.url, credentials.plainPermalinks, credentials.username, credentials[VERSION_OPTION]].join('|');
	let profile = cache.get(key);
	if (!profile) {
		profile = detectProfile(ctx, credentials, itemIndex);
		cache.set(key, profile);
		// A failed detection (a network error, a bad login) is not remembered.
		profile.catch(() => cache.delete(key));
		if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
	}
	return await profile;
}

/** An error detection cannot work around (a bad login, no answer at all), passed on as n8n's. */
function passOn(ctx: FluentCartContext, error: unknown, itemIndex?: number): NodeApiError {
	return error instanceof NodeApiError ? error : new NodeApiError(ctx.getNode(), error as JsonObject, { itemIndex });
}

function failureOf(error: unknown) {
	return error instanceof FluentCartApiError ? error.failureInfo : undefined;
}

/** The plugins endpoint's answer for FluentCart, or why there is none. */
async function fromPluginsEndpoint(ctx: FluentCartContext, itemIndex?: number): Promise<SiteProfile | string> {
	const read = async (path: string, qs: IDataObject) =>
		await fluentCartRequest<IDataObject | IDataObject[]>(ctx, { method: 'GET', namespace: 'wp/v2', path, qs, itemIndex, noCache: true, raw: true });
	let plugin: IDataObject | undefined;
	try {
		plugin = (await read('plugins/fluent-cart/fluent-cart', { _fields: 'plugin,status,version' })) as IDataObject;
	} catch (error) {
		const failure = failureOf(error);
		if (!failure || failure.kind === 'unauthorized') throw passOn(ctx, error, itemIndex);
		if (failure.code !== 'rest_plugin_not_found') {
			return `WordPress did not list the plugins (HTTP ${failure.httpCode}${failure.code ? ` ${failure.code}` : ''}): the user lacks "activate_plugins" (multisite sub-site admins do), or a security plugin hides the endpoint`;
		}
		// Installed under another folder name (a renamed or zip-suffixed folder).
		try {
			const list = (await read('plugins', { search: 'FluentCart', _fields: 'plugin,status,version,textdomain' })) as IDataObject[];
			plugin = (Array.isArray(list) ? list : []).find((p) => p.textdomain === 'fluent-cart');
		} catch (searchError) {
			if (!failureOf(searchError)) throw passOn(ctx, searchError, itemIndex);
		}
		if (!plugin) return 'WordPress lists no FluentCart plugin on this site';
	}
	const version = cleanVersion(plugin?.version);
	if (!version) return 'WordPress listed FluentCart without a version';
	const profile: SiteProfile = { range: { exact: version }, source: 'plugins' };
	if (plugin?.status === 'inactive') profile.inactive = true;
	if (compareVersions(version, NEWEST_CHECKED) > 0) {
		profile.note = `FluentCart ${version} is newer than ${NEWEST_CHECKED}, the newest this package was checked against; it is treated like ${NEWEST_CHECKED}.`;
	}
	return profile;
}

/** The band the public route index proves, or why there is none. */
async function fromRouteIndex(ctx: FluentCartContext, itemIndex?: number): Promise<SiteProfile | string> {
	try {
		const index = await fluentCartRequest<IDataObject>(ctx, { method: 'GET', path: '', itemIndex, noCache: true, raw: true });
		const routes = index?.routes;
		if (!routes || typeof routes !== 'object' || Object.keys(routes).length === 0) {
			return 'the FluentCart route index lists no routes';
		}
		return { range: rangeFromRoutes(Object.keys(routes)), source: 'routes' };
	} catch (error) {
		const failure = failureOf(error);
		if (!failure || failure.kind === 'unauthorized') throw passOn(ctx, error, itemIndex);
		return `the FluentCart route index could not be read (HTTP ${failure.httpCode})`;
	}
}

async function detectProfile(ctx: FluentCartContext, credentials: ICredentialDataDecryptedObject, itemIndex?: number): Promise<SiteProfile> {
	const fixed = VERSION_BANDS.find((band) => band.value === credentials[VERSION_OPTION]);
	if (fixed) return { range: fixed.range, source: 'credential' };
	const plugins = await fromPluginsEndpoint(ctx, itemIndex);
	if (typeof plugins !== 'string') return plugins;
	const routes = await fromRouteIndex(ctx, itemIndex);
	if (typeof routes !== 'string') return { ...routes, note: `${plugins}; the version band comes from the route index.` };
	return { range: {}, source: 'unknown', note: `${plugins}, and ${routes}.` };
}

/** "FluentCart 1.5.2 (WordPress plugins list)" and the like, for messages and outputs. */
export function describeProfile(profile: SiteProfile): string {
	const how = {
		credential: 'set in the credential',
		plugins: "from WordPress's plugins list",
		routes: "from FluentCart's route index",
		unknown: 'not detected',
	}[profile.source];
	return `FluentCart ${describeRange(profile.range)} (${how})`;
}

function refuseInactive(ctx: FluentCartContext, profile: SiteProfile, itemIndex?: number) {
	if (profile.inactive) {
		throw inputError(ctx, itemIndex, 'FluentCart is installed but not active on this site', 'Activate FluentCart under WordPress → Plugins, then run the workflow again.');
	}
}

/**
 * Whether the site has a feature: true, or undefined when the version is unknown (the request is
 * then sent, and an older site's refusal is explained by the caller). A site known to be too old
 * is refused here, before anything is sent.
 */
export async function requireFeature(ctx: FluentCartContext, feature: Feature, itemIndex?: number): Promise<true | undefined> {
	const profile = await getSiteProfile(ctx, itemIndex);
	refuseInactive(ctx, profile, itemIndex);
	const { since, label } = FEATURES[feature];
	const has = atLeast(profile.range, since);
	if (has === false) {
		throw inputError(
			ctx,
			itemIndex,
			`${label} needs FluentCart ${since} or later; this site runs ${describeRange(profile.range)}`,
			`Nothing was sent. Update FluentCart to ${since} or later to use this. (${describeProfile(profile)}.)`,
		);
	}
	return has;
}

/** The unit a money field takes on this site's version, for a band whose unit is known. */
export function moneyUnitFor(range: VersionRange, field: VersionedMoneyField): MoneyUnit | undefined {
	const cents = atLeast(range, VERSIONED_MONEY[field].centsSince);
	return cents === undefined ? undefined : cents ? 'cents' : 'decimal';
}

/**
 * The unit this site takes for a version-dependent money field. Money never guesses: when the
 * version cannot be known, this refuses before anything is sent and names the credential option.
 */
export async function moneyUnit(ctx: FluentCartContext, field: VersionedMoneyField, itemIndex?: number): Promise<MoneyUnit> {
	const profile = await getSiteProfile(ctx, itemIndex);
	refuseInactive(ctx, profile, itemIndex);
	const unit = moneyUnitFor(profile.range, field);
	if (unit) return unit;
	const { centsSince, label } = VERSIONED_MONEY[field];
	throw inputError(
		ctx,
		itemIndex,
		`The FluentCart version of this site is unknown, so the unit of ${label} cannot be known: nothing was sent`,
		`FluentCart takes ${label} as decimals before ${centsSince} and as cents from ${centsSince}; sending the wrong one changes the amount 100-fold. ${profile.note ? `Detection: ${profile.note} ` : ''}${SET_VERSION_HINT}`,
	);
}
