/**
 * Catalogue reads the order operations depend on: customers and variations.
 */
import { entityNotFound, ok } from '../responses';
import type { FakeFluentCart } from '../server';
import { FLUENTCART_NS } from '../server';
import type { Row } from '../store';
import { compare, paginate, parseOperatorSearch, sortRows } from './paginate';

export const CUSTOMER_FILLABLE = [
	'user_id',
	'contact_id',
	'email',
	'first_name',
	'last_name',
	'status',
	'purchase_value',
	'purchase_count',
	'ltv',
	'first_purchase_date',
	'last_purchase_date',
	'aov',
	'notes',
	'uuid',
	'country',
	'city',
	'state',
	'postcode',
	'created_at',
];

export function filterCustomers(rows: Row[], search: string): Row[] {
	if (!search) return rows;
	const operator = parseOperatorSearch(search, { id: 'id' });
	if (operator) return rows.filter((c) => compare(c[operator.column], operator.operator, operator.value));
	const needle = search.toLowerCase();
	return rows.filter(
		(c) =>
			`${String(c.first_name)} ${String(c.last_name)}`.toLowerCase().includes(needle) ||
			String(c.email).toLowerCase().includes(needle) ||
			String(c.id) === search,
	);
}

export function registerCatalogRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;

	fake.route('GET', ns, 'customers', (req) => {
		const search = typeof req.query.search === 'string' ? req.query.search.trim() : '';
		const rows = sortRows(filterCustomers([...store.customers.values()], search), req.query, CUSTOMER_FILLABLE, 'id');
		const page = paginate(rows, req.query, `${store.siteUrl}/wp-json/${ns}/customers`);
		page.data = page.data.map((c) => store.customerWithAppends(c));
		return ok({ customers: page });
	});

	fake.route('GET', ns, 'customers/:customerId(int)', (req) => {
		const customer = store.customers.get(Number(req.params.customerId));
		if (!customer) {
			return entityNotFound('Customer not found', 'Back to Customer List', '/customers', {
				method: 'GET',
				request_url: `${store.siteUrl}/wp-json/${ns}/${req.path}`,
				route_params: { customerId: req.params.customerId },
				query_params: [],
				body_params: [],
			});
		}
		const view = store.customerWithAppends(customer);
		const { full_name, photo, country_name, formatted_address, user_link, ...columns } = view;
		return ok({
			customer: { ...columns, selected_labels: [], full_name, photo, country_name, formatted_address, user_link, labels: [] },
		});
	});

	fake.route('GET', ns, 'products', (req) => {
		const search = typeof req.query.search === 'string' ? req.query.search.trim().toLowerCase() : '';
		let rows = [...store.products.values()];
		if (search) {
			rows = rows.filter(
				(p) =>
					String(p.post_title).toLowerCase().includes(search) ||
					String(p.ID) === search ||
					store.variationsOf(Number(p.ID)).some((v) => String(v.variation_title).toLowerCase().includes(search)),
			);
		}
		const relations = Array.isArray(req.query.with) ? req.query.with.map(String) : [];
		rows = sortRows(rows, req.query, ['post_title', 'post_status', 'post_date'], 'ID');
		// The path FluentCart reports follows the URL form the request used.
		const pathUrl = req.urlForm === 'rest_route' ? store.siteUrl : `${store.siteUrl}/wp-json/${ns}/products`;
		const page = paginate(rows, req.query, pathUrl);
		page.data = page.data.map((p) => {
			const view: Row = {
				...p,
				view_url: `${store.siteUrl}/item/${String(p.post_name)}/`,
				edit_url: `${store.siteUrl}/wp-admin/post.php?post=${String(p.ID)}&action=edit`,
			};
			if (relations.some((r) => r.startsWith('detail'))) view.detail = store.detailView(Number(p.ID));
			if (relations.some((r) => r.startsWith('variants'))) {
				view.variants = store.variationsOf(Number(p.ID)).map((v) => store.variationView(v));
			}
			return view;
		});
		return ok({ products: page });
	});

	// Store settings (SettingsController::getStore); only what the package reads is modelled.
	fake.route('GET', ns, 'settings/store', (req) => {
		const tab = typeof req.query.settings_name === 'string' ? req.query.settings_name : '';
		return ok({
			settings: {
				store_name: 'Fake Shop',
				currency: store.settings.currency,
				currency_position: 'before',
				decimal_separator: 'dot',
				order_mode: store.settings.order_mode,
				show_email_footer: 'yes',
			},
			fields: { [tab]: null },
		});
	});

	// Every variation, as a bare array, no pagination.
	fake.route('GET', ns, 'variants', () =>
		ok([...store.variations.values()].sort((a, b) => Number(a.id) - Number(b.id)).map((v) => store.variationView(v))),
	);
}
