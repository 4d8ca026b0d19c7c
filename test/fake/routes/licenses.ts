/**
 * FluentCart Pro's Licensing module (`licensing/…`). Pro's source is not public: routes follow
 * the public copy of its routes file, bodies and answers follow the developer docs
 * (docs/restapi/licensing.md) and FluentCart's own licensing admin screens (resources/licensing).
 * Shapes here are documented, not recorded.
 *
 * The routes exist only while `fake.pro` is on; without it WordPress answers rest_no_route,
 * like a free site (before any permission check: the route simply is not registered).
 */
import { asList } from '../php-query';
import { entityNotFound, ok, pluginException, restForbidden, restNoRoute, sendError } from '../responses';
import type { FakeResponse } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore, Row } from '../store';
import { orderRow } from './order-shapes';
import { compare, paginate, parseOperatorSearch, sortRows } from './paginate';
import { SUBSCRIPTIONS } from './subscription-shapes';

export const LICENSES = 'licenses';
export const LICENSE_SITES = 'license_sites';
export const LICENSE_ACTIVATIONS = 'license_activations';

const LICENSE_FILLABLE = [
	'status',
	'limit',
	'activation_count',
	'license_key',
	'product_id',
	'variation_id',
	'order_id',
	'parent_id',
	'customer_id',
	'expiration_date',
	'last_reminder_sent',
	'last_reminder_type',
	'subscription_id',
	'config',
];

const RELATIONS = ['customer', 'product', 'productVariant', 'order', 'activations', 'labels'];

/** Adds a license (Pro) for a customer and variation; returns the stored row. */
export function addLicense(fake: FakeFluentCart, overrides: Partial<Row> = {}): Row {
	const store = fake.store;
	const table = store.table(LICENSES);
	const id = store.nextId(LICENSES, table.keys());
	const variation = store.variations.get(Number(overrides.variation_id ?? 1));
	const now = store.isoNow();
	const row: Row = {
		id,
		status: 'active',
		limit: 1,
		activation_count: 0,
		license_key: store.uuid(),
		product_id: Number(variation?.post_id ?? 4),
		variation_id: Number(variation?.id ?? 1),
		order_id: 1,
		parent_id: null,
		customer_id: 1,
		expiration_date: null,
		last_reminder_sent: null,
		last_reminder_type: null,
		subscription_id: null,
		config: [],
		created_at: now,
		updated_at: now,
		...overrides,
	};
	row.id = id;
	table.set(id, row);
	return row;
}

/** Activates a site on a license the way activate_site does; returns the activation. */
export function addActivation(fake: FakeFluentCart, license: Row, siteUrl: string): Row {
	const store = fake.store;
	const now = store.isoNow();
	const sites = store.table(LICENSE_SITES);
	let site = [...sites.values()].find((s) => s.site_url === siteUrl);
	if (!site) {
		const siteId = store.nextId(LICENSE_SITES, sites.keys());
		site = { id: siteId, site_url: siteUrl, server_version: null, platform_version: null, other: null, created_at: now, updated_at: now };
		sites.set(siteId, site);
	}
	const activations = store.table(LICENSE_ACTIVATIONS);
	const id = store.nextId(LICENSE_ACTIVATIONS, activations.keys());
	const activation: Row = {
		id,
		site_id: site.id,
		license_id: license.id,
		status: 'active',
		is_local: /localhost|\.local\b|\.test\b|staging\./.test(siteUrl) ? 1 : 0,
		product_id: license.product_id,
		last_update_date: null,
		last_update_version: null,
		variation_id: license.variation_id,
		activation_method: 'admin',
		activation_hash: store.uuid(),
		created_at: now,
		updated_at: now,
	};
	activations.set(id, activation);
	license.activation_count = Number(license.activation_count) + 1;
	license.updated_at = now;
	return activation;
}

function activationsOf(store: FakeStore, licenseId: number): Row[] {
	const sites = store.table(LICENSE_SITES);
	return [...store.table(LICENSE_ACTIVATIONS).values()]
		.filter((a) => Number(a.license_id) === licenseId)
		.map((a) => ({ ...a, site: sites.get(Number(a.site_id)) ?? null }));
}

const expired = (store: FakeStore, row: Row) =>
	row.expiration_date !== null && Date.parse(`${String(row.expiration_date).replace(' ', 'T')}Z`) < store.now().getTime();

/** A license as serialised: an expiration date in the past shows as status "expired". */
function licenseView(store: FakeStore, row: Row, relations: string[] = []): Row {
	const out: Row = { ...row, status: expired(store, row) ? 'expired' : row.status };
	for (const relation of relations) {
		if (relation === 'customer') {
			const customer = store.customers.get(Number(row.customer_id));
			out.customer = customer ? store.customerWithAppends(customer) : null;
		} else if (relation === 'product') {
			const product = store.products.get(Number(row.product_id));
			out.product = product ? { ID: product.ID, post_title: product.post_title } : null;
		} else if (relation === 'productVariant') {
			const variation = store.variations.get(Number(row.variation_id));
			out.product_variant = variation ? { id: variation.id, variation_title: variation.variation_title } : null;
		} else if (relation === 'order') {
			const order = store.orders.get(Number(row.order_id));
			out.order = order ? orderRow(order) : null;
		} else if (relation === 'activations') {
			out.activations = activationsOf(store, Number(row.id));
		} else if (relation === 'labels') {
			out.labels = [];
		}
	}
	return out;
}

function filterLicenses(store: FakeStore, rows: Row[], req: FakeRequest): Row[] {
	let out = rows;
	const search = typeof req.query.search === 'string' ? req.query.search.trim() : '';
	const operator = search ? parseOperatorSearch(search, { license_key: 'license_key', id: 'id', order_id: 'order_id' }) : undefined;
	if (operator) {
		out = out.filter((l) => compare(l[operator.column], operator.operator, operator.value));
	} else if (search) {
		const needle = search.toLowerCase();
		out = out.filter((l) => {
			const customer = store.customers.get(Number(l.customer_id));
			const name = customer ? `${String(customer.first_name)} ${String(customer.last_name)} ${String(customer.email)}` : '';
			const sites = activationsOf(store, Number(l.id)).map((a) => String((a.site as Row | null)?.site_url ?? ''));
			return [String(l.license_key), String(l.order_id), name, ...sites].some((text) => text.toLowerCase().includes(needle));
		});
	}
	const view = typeof req.query.active_view === 'string' ? req.query.active_view : '';
	if (view === 'active') out = out.filter((l) => l.status === 'active' && !expired(store, l));
	else if (view === 'expired') out = out.filter((l) => expired(store, l));
	else if (view === 'disabled') out = out.filter((l) => l.status === 'disabled');
	else if (view === 'inactive') out = out.filter((l) => l.status === 'active' && Number(l.activation_count) === 0);
	return out;
}

function relationsOf(req: FakeRequest): string[] | FakeResponse {
	const names = asList(req.query.with).map((w) => w.split(':')[0]);
	const unknown = names.find((n) => !RELATIONS.includes(n));
	if (unknown) {
		return pluginException(`Call to undefined relationship [${unknown}] on model [FluentCartPro\\App\\Modules\\Licensing\\Models\\License].`);
	}
	return names;
}

function notFound(fake: FakeFluentCart, req: FakeRequest): FakeResponse {
	return entityNotFound('License not found', 'Back to License List', '/licenses', {
		method: req.method,
		request_url: `${fake.store.siteUrl}/wp-json/${FLUENTCART_NS}/${req.path}`,
		route_params: { id: req.params.id },
		query_params: [],
		body_params: [],
	});
}

function details(fake: FakeFluentCart, row: Row): Row {
	const store = fake.store;
	const order = store.orders.get(Number(row.order_id));
	const product = store.products.get(Number(row.product_id));
	const subscription = row.subscription_id ? store.table(SUBSCRIPTIONS).get(Number(row.subscription_id)) : undefined;
	return {
		license: licenseView(store, row, ['customer', 'productVariant', 'labels']),
		downloads: [],
		order: order ? { ...orderRow(order), order_items: store.itemsOf(Number(order.id)), billing_address: null, shipping_address: null } : null,
		transactions: [],
		activations: activationsOf(store, Number(row.id)),
		product: product ? { ...product, variants: store.variationsOf(Number(product.ID)) } : null,
		selected_labels: [],
		orders: order ? [orderRow(order)] : [],
		prev_orders: [],
		subscription: subscription ?? null,
		upgrade_path_base: `${store.siteUrl}/?fluent-cart=custom-payment`,
	};
}

type LicenseHandler = (req: FakeRequest, license: Row) => FakeResponse;

export function registerLicenseRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;
	/** Pro's routes: absent without Pro; admins only (LicensePolicy) with it. */
	const pro = (handler: (req: FakeRequest) => FakeResponse) => (req: FakeRequest) => {
		if (!fake.pro) return restNoRoute();
		if (!req.user) return restForbidden(401);
		if (!req.user.isAdmin) return restForbidden(403);
		return handler(req);
	};
	const withLicense = (handler: LicenseHandler) =>
		pro((req) => {
			const license = store.table(LICENSES).get(Number(req.params.id));
			return license ? handler(req, license) : notFound(fake, req);
		});
	const route = (method: string, pattern: string, handler: (req: FakeRequest) => FakeResponse) =>
		fake.route(method, ns, pattern, pro(handler), { access: 'public' });
	const licenseRoute = (method: string, action: string, handler: LicenseHandler) =>
		fake.route(method, ns, `licensing/licenses/:id(int)${action ? `/${action}` : ''}`, withLicense(handler), { access: 'public' });

	const listOf = (req: FakeRequest, rows: Row[], pathUrl: string, forced: string[] = []) => {
		const relations = relationsOf(req);
		if (!Array.isArray(relations)) return relations;
		const sorted = sortRows(filterLicenses(store, rows, req), req.query, LICENSE_FILLABLE, 'id');
		const page = paginate(sorted, req.query, pathUrl);
		page.data = page.data.map((row) => licenseView(store, row, [...new Set([...forced, ...relations])]));
		return ok({ licenses: page });
	};

	route('GET', 'licensing/licenses', (req) =>
		listOf(req, [...store.table(LICENSES).values()], `${store.siteUrl}/wp-json/${ns}/licensing/licenses`),
	);
	route('GET', 'licensing/licenses/customer/:id(int)', (req) => {
		const customerId = Number(req.params.id);
		const rows = [...store.table(LICENSES).values()].filter((l) => Number(l.customer_id) === customerId);
		return listOf(req, rows, `${store.siteUrl}/wp-json/${ns}/licensing/licenses/customer/${customerId}`, [
			'customer',
			'productVariant',
			'order',
			'product',
		]);
	});
	licenseRoute('GET', '', (_req, license) => ok(details(fake, license)));

	licenseRoute('POST', 'regenerate-key', (_req, license) => {
		license.license_key = store.uuid();
		license.updated_at = store.isoNow();
		return ok({ license: licenseView(store, license), message: 'License key regenerated successfully!' });
	});

	licenseRoute('POST', 'extend-validity', (req, license) => {
		const value = typeof req.body.expiration_date === 'string' ? req.body.expiration_date.trim() : '';
		let message: string;
		if (value === 'lifetime') {
			license.expiration_date = null;
			message = 'Marked license as lifetime!';
		} else {
			const match = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/.exec(value);
			const time = match ? Date.parse(`${match[1]}T${match[2] ?? '00:00:00'}Z`) : NaN;
			if (Number.isNaN(time)) return sendError('Invalid expiration date!', 423);
			const next = new Date(time).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
			const old = license.expiration_date === null ? Infinity : Date.parse(`${String(license.expiration_date).replace(' ', 'T')}Z`);
			message = time >= old ? 'License validity extended!' : 'License validity reduced!';
			license.expiration_date = next;
		}
		if (!['active', 'inactive'].includes(String(license.status))) license.status = 'active';
		license.updated_at = store.isoNow();
		return ok({ license: licenseView(store, license), message });
	});

	licenseRoute('POST', 'update_status', (req, license) => {
		const status = req.body.status;
		if (typeof status !== 'string' || !['active', 'disabled', 'expired'].includes(status)) {
			return sendError('Invalid status!', 423);
		}
		license.status = status;
		license.updated_at = store.isoNow();
		return ok({ license: licenseView(store, license), message: 'License status has been updated successfully!' });
	});

	licenseRoute('POST', 'update_limit', (req, license) => {
		const raw = req.body.limit;
		license.limit = raw === 'unlimited' ? 0 : Math.max(0, Math.trunc(Number(raw) || 0));
		license.updated_at = store.isoNow();
		return ok({ license: licenseView(store, license), message: 'License limit has been updated successfully!' });
	});

	licenseRoute('POST', 'activate_site', (req, license) => {
		const url = typeof req.body.url === 'string' ? req.body.url.trim() : '';
		if (!url) return sendError('Please provide a valid site URL.', 423);
		const active = activationsOf(store, Number(license.id)).find((a) => (a.site as Row | null)?.site_url === url);
		if (active) return sendError('This site is already activated for this license.', 423);
		if (Number(license.limit) > 0 && Number(license.activation_count) >= Number(license.limit)) {
			return sendError('This license has reached its activation limit.', 423);
		}
		addActivation(fake, license, url);
		return ok({ message: 'Site has been activated successfully!' });
	});

	licenseRoute('POST', 'deactivate_site', (req, license) => {
		const activations = store.table(LICENSE_ACTIVATIONS);
		const activation = activations.get(Number(req.body.activation_id));
		if (!activation || Number(activation.license_id) !== Number(license.id)) {
			return sendError('Activation not found for this license.');
		}
		activations.delete(Number(activation.id));
		license.activation_count = Math.max(0, Number(license.activation_count) - 1);
		license.updated_at = store.isoNow();
		return ok({ message: 'Site has been deactivated successfully!' });
	});

	licenseRoute('DELETE', 'delete', (_req, license) => {
		store.table(LICENSES).delete(Number(license.id));
		return ok({ message: 'License deleted successfully!' });
	});
}
