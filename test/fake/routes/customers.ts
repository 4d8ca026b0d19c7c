/** Customers (CustomerController in FluentCart 1.3.25). */
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

export function registerCustomerRoutes(fake: FakeFluentCart) {
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
}
