/**
 * What tells a FluentCart version apart: WordPress core's plugins endpoint and the public route
 * index of the `fluent-cart/v2` namespace. 1.3.25 and 1.5.2 answer as recorded
 * (test/fixtures/fluentcart-<version>/detect-*.json); 1.6.3's index is 1.5.2's with the routes its
 * source adds and removes.
 */
import { fixture } from '../../helpers/fixtures';
import { ok, wpError } from '../responses';
import type { FakeResponse } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeVersion } from '../version';

const P = '(?P<order>[^\\s(?!/)]+)';
const S = '(?P<subscription>[^\\s(?!/)]+)';

/** Routes FluentCart 1.6.3 registers that 1.5.2 does not (its route files), and the ones it dropped. */
const ADDED_IN_163: Record<string, string[]> = {
	'/fluent-cart/v2/renewals': ['GET'],
	'/fluent-cart/v2/renewals/(?P<id>[\\d]+)': ['GET'],
	[`/fluent-cart/v2/renewals/${P}/void`]: ['POST'],
	[`/fluent-cart/v2/renewals/${P}/resend`]: ['POST'],
	[`/fluent-cart/v2/orders/${P}/subscriptions/${S}/skip-renewal`]: ['POST'],
	[`/fluent-cart/v2/orders/${P}/subscriptions/${S}/charge-now`]: ['POST'],
	[`/fluent-cart/v2/orders/${P}/subscriptions/${S}/create-renewal`]: ['POST'],
	[`/fluent-cart/v2/orders/${P}/subscriptions/${S}/update`]: ['PUT'],
	[`/fluent-cart/v2/orders/${P}/subscriptions/${S}/vendor-ids`]: ['PUT'],
	[`/fluent-cart/v2/orders/${P}/subscriptions/${S}/verify-vendor-ids`]: ['POST'],
	[`/fluent-cart/v2/orders/${P}/transactions/(?P<transaction>[^\\s(?!/)]+)/sync`]: ['POST'],
	'/fluent-cart/v2/data-backfills/run': ['POST'],
	'/fluent-cart/v2/customer-profile/sections': ['GET'],
	'/fluent-cart/v2/reviews': ['GET'],
	'/fluent-cart/v2/public/reviews/(?P<postId>[\\d]+)': ['GET'],
};
const REMOVED_IN_163 = ['/fluent-cart/v2/reports/sales-growth'];

type Index = { namespace: string; routes: Record<string, { methods: string[] }> };

const indexes = new Map<FakeVersion, Index>();

/** The namespace index of a version (only route keys and methods are kept in the recordings). */
export function routeIndexOf(version: FakeVersion): Index {
	let index = indexes.get(version);
	if (!index) {
		const recorded = (name: '1.3.25' | '1.5.2') => fixture('detect-namespace-index', name).response as Index;
		if (version === '1.6.3') {
			const routes = { ...recorded('1.5.2').routes };
			for (const key of REMOVED_IN_163) delete routes[key];
			for (const [key, methods] of Object.entries(ADDED_IN_163)) routes[key] = { methods };
			index = { namespace: FLUENTCART_NS, routes };
		} else {
			index = recorded(version);
		}
		indexes.set(version, index);
	}
	return index;
}

const cannotView = (status: 401 | 403) =>
	wpError(status, 'rest_cannot_view_plugin', 'Sorry, you are not allowed to manage plugins for this site.');

/** A security plugin's block page. */
const BLOCKED: FakeResponse = {
	status: 403,
	raw: '<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><p>Blocked by the site firewall.</p></body></html>',
};

function pluginRecord(fake: FakeFluentCart): Record<string, string> {
	return { plugin: 'fluent-cart/fluent-cart', status: fake.pluginStatus, version: fake.version, textdomain: 'fluent-cart' };
}

/** `_fields=a,b` as WordPress applies it to a record. */
export function fields<T>(record: Record<string, T>, req: FakeRequest): Record<string, T> {
	const wanted = typeof req.query._fields === 'string' ? req.query._fields.split(',').map((f) => f.trim()) : undefined;
	if (!wanted) return record;
	return Object.fromEntries(Object.entries(record).filter(([key]) => wanted.includes(key)));
}

function pluginsAccess(fake: FakeFluentCart, req: FakeRequest): FakeResponse | undefined {
	if (fake.pluginsEndpoint === 'blocked') return BLOCKED;
	if (!req.user) return cannotView(401);
	if (!req.user.isAdmin || fake.pluginsEndpoint === 'forbidden') return cannotView(403);
	return undefined;
}

export function registerSiteRoutes(fake: FakeFluentCart) {
	// WordPress checks the user itself on these routes (activate_plugins), answering in its own words.
	const plugins = (pattern: string, answer: (req: FakeRequest) => FakeResponse) =>
		fake.route('GET', 'wp/v2', pattern, (req) => pluginsAccess(fake, req) ?? answer(req), { access: 'public' });
	plugins('plugins/:folder/:file', (req) =>
		`${req.params.folder}/${req.params.file}` === 'fluent-cart/fluent-cart'
			? ok(fields(pluginRecord(fake), req))
			: wpError(404, 'rest_plugin_not_found', 'Plugin not found.'),
	);
	plugins('plugins', (req) => {
		const search = typeof req.query.search === 'string' ? req.query.search.toLowerCase().replace(/\s/g, '') : '';
		return ok(!search || 'fluentcart'.includes(search) ? [fields(pluginRecord(fake), req)] : []);
	});
	// WordPress serves a namespace's index itself: no plugin callback, no login needed.
	fake.route('GET', FLUENTCART_NS, '', () => (fake.routeIndexBlocked ? BLOCKED : ok(routeIndexOf(fake.version))), {
		access: 'public',
	});
}
