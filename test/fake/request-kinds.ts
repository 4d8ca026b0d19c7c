/**
 * Every kind of request the package's nodes, credential test and tests send to a site, and how to
 * tell one from a request or a recording. The fake classifies everything it receives (a request
 * of no kind fails the run, see test/setup/global-teardown.ts), and the recorded-kinds contract
 * test requires a real recording of every kind for FluentCart 1.3.25 and 1.5.2.
 *
 * A kind is a route and method plus what changes FluentCart's answer: a search operator, a filter,
 * `with`, the login used, the URL form. Kinds are matched in order; the first match wins.
 */
import type { PhpValue } from './php-query';

export type Query = Record<string, PhpValue>;

/** How the request logged in, as WordPress saw it. */
export type AuthOutcome = 'ok' | 'none' | 'unknown-user' | 'wrong-password';

export interface KindInput {
	method: string;
	/** `<namespace>/<path>` without slashes at either end; undefined when not a REST request. */
	route: string | undefined;
	query: Query;
	body: unknown;
	auth: AuthOutcome;
	urlForm: 'pretty' | 'rest_route';
	/** The HTTP status it was answered with. */
	status: number;
}

export interface RequestKind {
	id: string;
	method?: string;
	route?: RegExp;
	when?: (input: KindInput) => boolean;
	/** What a recording of it on FluentCart 1.3.25/1.5.2 shows, when not the normal answer. */
	note?: string;
}

const FC = 'fluent-cart/v2';
const GT = 'gt-extensions-fluentcart/v1';
const ID = '\\d+';
const fc = (path: string) => new RegExp(`^${FC}${path ? `/${path}` : ''}$`);
const gt = (path: string) => new RegExp(`^${GT}/${path}$`);

const text = (value: PhpValue | undefined) => (typeof value === 'string' ? value : undefined);
const has = (q: Query, key: string) => q[key] !== undefined && q[key] !== '';
const searchIdAbove = ({ query }: KindInput) => /^\s*id\s*>/i.test(text(query.search) ?? '');
const searchIdRange = ({ query }: KindInput) => /^\s*id\s*::/i.test(text(query.search) ?? '');
const searching = ({ query }: KindInput) => has(query, 'search');
const view = ({ query }: KindInput) => has(query, 'active_view');
const withRelations = ({ query }: KindInput) => has(query, 'with');
const bodyHas = (key: string) => ({ body }: KindInput) =>
	!!body && typeof body === 'object' && (body as Record<string, unknown>)[key] !== undefined && (body as Record<string, unknown>)[key] !== '';
const statusAction = (action: string) => ({ body }: KindInput) =>
	!!body && typeof body === 'object' && (body as Record<string, unknown>).action === action;

/** Kinds decided by how the request reached WordPress, whatever its route. */
export const ACCESS_KINDS: RequestKind[] = [
	{ id: 'auth.none', when: ({ auth }) => auth === 'none', note: '401 rest_forbidden on FluentCart routes' },
	{ id: 'auth.unknown-user', when: ({ auth }) => auth === 'unknown-user', note: '401 rest_forbidden on FluentCart routes' },
	{ id: 'auth.wrong-password', when: ({ auth }) => auth === 'wrong-password', note: '401 rest_forbidden on FluentCart routes' },
	{ id: 'url.rest-route', when: ({ urlForm, route }) => urlForm === 'rest_route' && route !== undefined },
	{ id: 'url.not-rest', when: ({ route }) => route === undefined, note: 'a theme page, e.g. /wp-json/ on plain permalinks' },
];

export const ROUTE_KINDS: RequestKind[] = [
	// WordPress and the site
	{ id: 'site.route-index', method: 'GET', route: fc('') },
	{ id: 'wp.plugins.get', method: 'GET', route: /^wp\/v2\/plugins\/[^/]+\/fluent-cart$/ },
	{ id: 'wp.plugins.search', method: 'GET', route: /^wp\/v2\/plugins$/ },
	{ id: 'wp.users.me', method: 'GET', route: /^wp\/v2\/users\/me$/ },
	// An image of the media library, looked up before it is set on a product or variation.
	{ id: 'wp.media.get', method: 'GET', route: /^wp\/v2\/media\/\d+$/, note: 'unknown id: 404 rest_post_invalid_id' },

	// Orders
	// The documented status parameters (HTTP 500 on real sites; sent only by tests that prove it).
	{ id: 'orders.list.payment-statuses', method: 'GET', route: fc('orders'), when: ({ query }) => has(query, 'payment_statuses') },
	// The status filters the node sends: the applyCustomFilters query scope.
	{ id: 'orders.list.status-scope', method: 'GET', route: /^fluent-cart\/v2\/(customers\/\d+\/)?orders$/, when: ({ query }) => has(query, 'scopes') },
	{ id: 'orders.list.view', method: 'GET', route: fc('orders'), when: view },
	{ id: 'orders.list.search-id-above', method: 'GET', route: fc('orders'), when: searchIdAbove },
	// Return All's ID windows, on the orders list and a customer's orders.
	{ id: 'orders.list.search-id-range', method: 'GET', route: /^fluent-cart\/v2\/(customers\/\d+\/)?orders$/, when: searchIdRange },
	{ id: 'orders.list.search', method: 'GET', route: fc('orders'), when: searching },
	{ id: 'orders.list.with', method: 'GET', route: fc('orders'), when: withRelations },
	{ id: 'orders.list', method: 'GET', route: fc('orders') },
	{ id: 'orders.create', method: 'POST', route: fc('orders') },
	{ id: 'orders.get', method: 'GET', route: fc(`orders/${ID}`) },
	{ id: 'orders.note.attach', method: 'POST', route: fc('notes/attach') },
	{ id: 'orders.bulk-action', method: 'POST', route: fc('orders/do-bulk-action') },
	{ id: 'orders.update', method: 'POST', route: fc(`orders/${ID}`) },
	{ id: 'orders.delete', method: 'DELETE', route: fc(`orders/${ID}`) },
	{ id: 'orders.change-customer', method: 'POST', route: fc(`orders/${ID}/change-customer`) },
	{ id: 'orders.create-and-change-customer', method: 'POST', route: fc(`orders/${ID}/create-and-change-customer`) },
	{ id: 'orders.mark-paid', method: 'POST', route: fc(`orders/${ID}/mark-as-paid`) },
	{ id: 'orders.refund', method: 'POST', route: fc(`orders/${ID}/refund`) },
	{ id: 'orders.status.shipping', method: 'PUT', route: fc(`orders/${ID}/statuses`), when: statusAction('change_shipping_status') },
	{ id: 'orders.status.order', method: 'PUT', route: fc(`orders/${ID}/statuses`) },
	...['cancel', 'fetch', 'pause', 'resume', 'reactivate'].map((action) => ({
		id: `subscriptions.${action}`,
		method: 'PUT',
		route: fc(`orders/${ID}/subscriptions/${ID}/${action}`),
	})),
	...['skip-renewal', 'charge-now'].map((action) => ({
		id: `subscriptions.${action}`,
		method: 'POST',
		route: fc(`orders/${ID}/subscriptions/${ID}/${action}`),
	})),

	// Shipping look-ups of the order editor
	{ id: 'shipping.methods', method: 'GET', route: fc('orders/shipping_methods') },
	{ id: 'shipping.calculate', method: 'POST', route: fc('orders/calculate-shipping') },

	// Storefront address look-ups (checkout/*: PublicPolicy, answer with or without a login)
	{ id: 'store.country-info', method: 'GET', route: fc('checkout/get-country-info') },
	{ id: 'store.countries', method: 'GET', route: fc('address-info/countries') },

	// Customers
	{ id: 'customers.list.search-id-above', method: 'GET', route: fc('customers'), when: searchIdAbove },
	{ id: 'customers.list.search-id-range', method: 'GET', route: fc('customers'), when: searchIdRange },
	{
		id: 'customers.list.search-email',
		method: 'GET',
		route: fc('customers'),
		when: ({ query }) => typeof query.search === 'string' && query.search.includes('@'),
		note: 'LIKE over names and email, case-insensitive; % and _ in the text are wildcards',
	},
	{ id: 'customers.list.search', method: 'GET', route: fc('customers'), when: searching },
	{ id: 'customers.list', method: 'GET', route: fc('customers') },
	{ id: 'customers.create', method: 'POST', route: fc('customers') },
	{ id: 'customers.bulk-action', method: 'POST', route: fc('customers/do-bulk-action') },
	{ id: 'customers.get.with', method: 'GET', route: fc(`customers/${ID}`), when: withRelations },
	{ id: 'customers.get', method: 'GET', route: fc(`customers/${ID}`) },
	{ id: 'customers.update', method: 'PUT', route: fc(`customers/${ID}`) },
	{ id: 'customers.addresses', method: 'GET', route: fc(`customers/${ID}/address`) },
	{ id: 'customers.address.save', method: 'POST', route: fc(`customers/${ID}/address`) },
	{ id: 'customers.address.make-primary', method: 'POST', route: fc(`customers/${ID}/address/make-primary`) },
	{ id: 'customers.orders', method: 'GET', route: fc(`customers/${ID}/orders`) },

	// Coupons
	{ id: 'coupons.list.view', method: 'GET', route: fc('coupons'), when: view },
	{ id: 'coupons.list.search', method: 'GET', route: fc('coupons'), when: searching },
	{ id: 'coupons.list', method: 'GET', route: fc('coupons') },
	{ id: 'coupons.create.conditions', method: 'POST', route: fc('coupons'), when: bodyHas('conditions') },
	{ id: 'coupons.create', method: 'POST', route: fc('coupons') },
	{ id: 'coupons.get', method: 'GET', route: fc(`coupons/${ID}`) },
	{ id: 'coupons.update', method: 'PUT', route: fc(`coupons/${ID}`) },
	{ id: 'coupons.delete', method: 'DELETE', route: fc(`coupons/${ID}`) },

	// Integration feeds (the webhook trigger; the feeds themselves need Pro)
	{ id: 'integrations.addons', method: 'GET', route: fc('integration/addons') },
	{ id: 'integrations.feeds', method: 'GET', route: fc('integration/global-feeds') },
	{ id: 'integrations.feed.save', method: 'POST', route: fc('integration/global-feeds/settings') },
	{ id: 'integrations.feed.status', method: 'POST', route: fc(`integration/global-feeds/change-status/${ID}`) },
	{ id: 'integrations.feed.delete', method: 'DELETE', route: fc(`integration/global-feeds/${ID}`) },

	// Licences (Pro)
	{ id: 'licenses.list.view', method: 'GET', route: fc('licensing/licenses'), when: view, note: 'Pro: 404 rest_no_route without it' },
	{ id: 'licenses.list.search', method: 'GET', route: fc('licensing/licenses'), when: searching, note: 'Pro' },
	{ id: 'licenses.list', method: 'GET', route: fc('licensing/licenses'), note: 'Pro' },
	{ id: 'licenses.customer', method: 'GET', route: fc(`licensing/licenses/customer/${ID}`), note: 'Pro' },
	{ id: 'licenses.get', method: 'GET', route: fc(`licensing/licenses/${ID}`), note: 'Pro' },
	...['activate_site', 'deactivate_site', 'extend-validity', 'regenerate-key', 'update_status'].map((action) => ({
		id: `licenses.${action.replace(/_/g, '-')}`,
		method: 'POST',
		route: fc(`licensing/licenses/${ID}/${action}`),
		note: 'Pro',
	})),

	// Products and variations
	{ id: 'products.list.view', method: 'GET', route: fc('products'), when: view },
	{ id: 'products.list.search-id-range', method: 'GET', route: fc('products'), when: searchIdRange },
	{ id: 'products.list.search', method: 'GET', route: fc('products'), when: searching },
	{ id: 'products.list.with', method: 'GET', route: fc('products'), when: withRelations },
	{ id: 'products.list', method: 'GET', route: fc('products') },
	{ id: 'products.create', method: 'POST', route: fc('products') },
	{ id: 'products.get', method: 'GET', route: fc(`products/${ID}`) },
	{ id: 'products.delete', method: 'DELETE', route: fc(`products/${ID}`) },
	{ id: 'products.duplicate', method: 'POST', route: fc(`products/${ID}/duplicate`) },
	{ id: 'products.bulk-action', method: 'POST', route: fc('products/do-bulk-action'), note: 'errors are HTTP 500 with the intended status (400, 403) as `code`' },
	{ id: 'products.pricing', method: 'GET', route: fc(`products/${ID}/pricing`) },
	// The full update with the product's image list (Product → Set Images).
	{ id: 'products.pricing.save.gallery', method: 'POST', route: fc(`products/${ID}/pricing`), when: bodyHas('gallery') },
	{ id: 'products.pricing.save', method: 'POST', route: fc(`products/${ID}/pricing`) },
	{ id: 'products.inventory', method: 'PUT', route: fc(`products/${ID}/update-inventory/${ID}`) },
	// Product categories and brands (terms); FluentCart has no route to delete a term: WordPress core's
	{ id: 'terms.list', method: 'GET', route: fc('products/fetch-term') },
	{ id: 'terms.create', method: 'POST', route: fc('products/add-product-terms') },
	{ id: 'terms.sync', method: 'POST', route: fc(`products/sync-taxonomy-term/${ID}`) },
	{ id: 'terms.detach', method: 'POST', route: fc(`products/delete-taxonomy-term/${ID}`) },
	{ id: 'wp.terms.delete', method: 'DELETE', route: /^wp\/v2\/product-(categories|brands)\/\d+$/ },
	// Attributes and variation options (Product → Set Variation Options, 1.5.0+)
	{ id: 'attributes.library', method: 'GET', route: fc('options/attr/groups/library'), note: '1.5.0+: 404 rest_no_route before' },
	{ id: 'attributes.terms', method: 'GET', route: fc(`options/attr/group/${ID}/terms`) },
	{ id: 'attributes.terms.create', method: 'POST', route: fc(`options/attr/group/${ID}/terms`), note: '1.5.0+: 404 rest_no_route before; no check of titles (duplicates are created)' },
	{ id: 'attributes.group.create', method: 'POST', route: fc('options/attr/group') },
	{
		id: 'products.variant-options',
		method: 'POST',
		route: fc(`products/${ID}/update-variant-option`),
		note: 'full state: what is left out is deleted; its failures are HTTP 200 with only `message`; 1.3.25 takes another payload (given 1.5.2\'s, it deleted every variation)',
	},
	{ id: 'variations.list', method: 'GET', route: fc('variants') },
	{ id: 'variations.create', method: 'POST', route: fc('products/variants') },
	{ id: 'variations.update', method: 'POST', route: fc(`products/variants/${ID}`) },
	{ id: 'variations.delete', method: 'DELETE', route: fc(`products/variants/${ID}`) },
	{ id: 'variations.media', method: 'POST', route: fc(`products/variants/${ID}/setMedia`), note: 'no check of the variation or attachment ids' },

	// Renewal invoices (1.6.0+)
	{ id: 'renewals.list', method: 'GET', route: fc('renewals'), note: '1.6.0+: 404 rest_no_route before' },
	{ id: 'renewals.get', method: 'GET', route: fc(`renewals/${ID}`), note: '1.6.0+' },
	{ id: 'renewals.void', method: 'POST', route: fc(`renewals/${ID}/void`), note: '1.6.0+' },

	// Reports and settings
	{ id: 'reports.dashboard-stats', method: 'GET', route: fc('reports/dashboard-stats') },
	{ id: 'reports.overview', method: 'GET', route: fc('reports/overview') },
	{ id: 'reports.sales', method: 'GET', route: fc('reports/sales-report') },
	{ id: 'settings.store', method: 'GET', route: fc('settings/store') },

	// Subscriptions
	{ id: 'subscriptions.list.view', method: 'GET', route: fc('subscriptions'), when: view },
	{ id: 'subscriptions.list.search-id-above', method: 'GET', route: fc('subscriptions'), when: searchIdAbove },
	{ id: 'subscriptions.list.search-id-range', method: 'GET', route: fc('subscriptions'), when: searchIdRange },
	{ id: 'subscriptions.list.search', method: 'GET', route: fc('subscriptions'), when: searching },
	{ id: 'subscriptions.list', method: 'GET', route: fc('subscriptions') },
	{ id: 'subscriptions.get', method: 'GET', route: fc(`subscriptions/${ID}`) },

	// GT Extensions for FluentCart (its own plugin)
	{ id: 'gt.currencies', method: 'GET', route: gt('currencies'), note: 'GT Extensions: 404 rest_no_route without it' },
	{ id: 'gt.sold-count', method: 'GET', route: gt(`sold-count/${ID}`), note: 'GT Extensions' },
	{ id: 'gt.button-text', method: 'POST', route: gt(`variation/${ID}/button-text`), note: 'GT Extensions' },
	{ id: 'gt.currency', method: 'POST', route: gt(`variation/${ID}/currency`), note: 'GT Extensions' },
	{ id: 'gt.quantity-limits', method: 'POST', route: gt(`variation/${ID}/quantity-limits`), note: 'GT Extensions' },

	// A FluentCart route that does not exist (Custom API Call with a typo)
	{ id: 'fluentcart.unknown-route', route: new RegExp(`^${FC}/`), when: ({ status }) => status === 404, note: '404 rest_no_route' },
];

function matches(kind: RequestKind, input: KindInput): boolean {
	if (kind.method && kind.method !== input.method) return false;
	if (kind.route && (input.route === undefined || !kind.route.test(input.route))) return false;
	return !kind.when || kind.when(input);
}

/** The kinds one request is: its route kind, and any access kinds (login, URL form). */
export function classify(input: KindInput): string[] {
	const out = ACCESS_KINDS.filter((kind) => matches(kind, input)).map((kind) => kind.id);
	if (input.route !== undefined) {
		const kind = ROUTE_KINDS.find((k) => matches(k, input));
		out.push(kind ? kind.id : `unclassified: ${input.method} ${input.route}`);
	}
	return out;
}

export const ALL_KINDS = [...ACCESS_KINDS, ...ROUTE_KINDS];
