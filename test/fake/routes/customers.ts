/**
 * Customers (CustomerController and CustomerResource in FluentCart 1.3.25): list, details,
 * create, whole-record update, bulk delete/status, and the customer's addresses.
 */
import { asList } from '../php-query';
import { entityNotFound, ok, pluginException, resourceError, validationError } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore, Row } from '../store';
import { missing, notNullColumn } from '../version';
import {
	ADDRESS_INPUT_KEYS,
	addressesOf,
	addressView,
	CUSTOMER_FILLABLE,
	CUSTOMER_WRITTEN,
	sanitizeCustomer,
	storedCustomerValue,
	validateAddress,
	validateCustomer,
	withAddressAppends,
	withCustomerAppends,
} from './customer-shapes';
import { compare, paginate, parseOperatorSearch, sortRows } from './paginate';

export { addCustomer, CUSTOMER_FILLABLE, setCustomerNameMode } from './customer-shapes';

/**
 * SQL's `LIKE '%needle%'` as MySQL runs it for FluentCart: case-insensitive, and the needle's `%`
 * and `_` are wildcards (FluentCart does not escape them; recorded in live-customers-search-email-*).
 */
function like(haystack: string, needle: string): boolean {
	const pattern = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
	return new RegExp(pattern, 'is').test(haystack);
}

/** CustomerFilter::applySimpleFilter: `id` operator expressions, else name / id / email. */
export function filterCustomers(rows: Row[], search: string): Row[] {
	if (!search) return rows;
	const operator = parseOperatorSearch(search, { id: 'id' });
	if (operator) return rows.filter((c) => compare(c[operator.column], operator.operator, operator.value));
	const needle = search.trim().toLowerCase();
	const numeric = /^-?\d+(\.\d+)?$/.test(needle);
	return rows.filter(
		(c) =>
			like(`${String(c.first_name)} ${String(c.last_name)}`, needle) ||
			(numeric && String(c.id).includes(needle)) ||
			(!needle.includes(' ') && like(String(c.email), needle)),
	);
}

const KNOWN_CUSTOMER_RELATIONS = new Set(['billing_address', 'shipping_address', 'labels', 'subscriptions', 'orders']);

/** Customer::with($with)->find() + selected_labels, as `GET customers/{id}` answers. */
function customerDetails(store: FakeStore, customer: Row, relations: string[]): Row {
	const view = withCustomerAppends(store, customer);
	const { full_name, photo, country_name, formatted_address, user_link, ...columns } = view;
	const out: Row = { ...columns, selected_labels: [], full_name, photo, country_name, formatted_address, user_link };
	const id = Number(customer.id);
	for (const relation of relations) {
		if (relation === 'billing_address' || relation === 'shipping_address') {
			out[relation] = addressesOf(store, id, relation.replace('_address', '')).map(addressView);
		} else if (relation === 'orders') {
			out.orders = [...store.orders.values()].filter((o) => Number(o.customer_id) === id);
		} else if (relation !== 'labels') {
			out[relation] = [];
		}
	}
	out.labels = [];
	return out;
}

function notFound(fake: FakeFluentCart, req: FakeRequest) {
	return entityNotFound('Customer not found', 'Back to Customer List', '/customers', {
		method: req.method,
		request_url: `${fake.store.siteUrl}/wp-json/${FLUENTCART_NS}/${req.path}`,
		route_params: { customerId: req.params.customerId },
		query_params: [],
		body_params: [],
	});
}

/** CustomerResource::create: firstOrCreate by email, link or create the WordPress user. */
export function createCustomer(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const errors = validateCustomer(store, req.body);
	if (Object.keys(errors).length) return validationError(errors);
	const data = sanitizeCustomer(store, req.body);
	const id = store.nextId('customers', store.customers.keys());
	const now = store.isoNow();
	// The model as created: email first (firstOrCreate's attributes), then the filled input.
	const model: Row = { email: data.email };
	for (const key of ['user_id', 'first_name', 'last_name', 'status', 'aov', 'notes', 'country', 'city', 'state', 'postcode']) {
		model[key] = data[key];
	}
	Object.assign(model, { purchase_value: [], uuid: store.uuid(), updated_at: now, created_at: now, id });

	const row: Row = { id };
	for (const column of ['user_id', 'contact_id', 'email', 'first_name', 'last_name', 'status']) {
		row[column] = storedCustomerValue(column, model[column]);
	}
	Object.assign(row, {
		purchase_value: [],
		purchase_count: '0',
		ltv: '0',
		first_purchase_date: null,
		last_purchase_date: null,
		aov: storedCustomerValue('aov', model.aov),
		notes: storedCustomerValue('notes', model.notes),
		uuid: model.uuid,
		country: storedCustomerValue('country', model.country),
		city: storedCustomerValue('city', model.city),
		state: storedCustomerValue('state', model.state),
		postcode: storedCustomerValue('postcode', model.postcode),
		created_at: now,
		updated_at: now,
	});
	store.customers.set(id, row);

	const email = String(data.email).toLowerCase();
	const existingUser = store.users.find((u) => u.email.toLowerCase() === email);
	if (existingUser) {
		// $customer->update(['user_id' => …]) changes the model the answer shows.
		model.user_id = existingUser.id;
		row.user_id = String(existingUser.id);
	} else if (data.wp_user === 'yes') {
		// AuthService::createUserFromCustomer; the user_register hook links it in the database only.
		const userId = Math.max(0, ...store.users.map((u) => u.id)) + 1;
		store.users.push({ id: userId, username: email.split('@')[0] + userId, email: String(data.email), appPassword: store.uuid(), isAdmin: false });
		row.user_id = String(userId);
	}
	return ok({ message: 'Customer created successfully!', data: withCustomerAppends(store, model) });
}

/** CustomerResource::update: every sanitised column is written, absent ones as null. */
function updateCustomer(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const errors = validateCustomer(store, req.body);
	if (Object.keys(errors).length) return validationError(errors);
	const customer = /^\d+$/.test(req.params.customerId) ? store.customers.get(Number(req.params.customerId)) : undefined;
	if (!customer) return resourceError(400, 'Customer not found, please reload the page and try again!');
	const data = sanitizeCustomer(store, req.body);
	// A linked WordPress user keeps the customer's email.
	if (Number(customer.user_id) !== 0) data.email = customer.email;
	let dirty = false;
	for (const column of CUSTOMER_WRITTEN) {
		const value = storedCustomerValue(column, data[column]);
		if (customer[column] !== value) dirty = true;
		customer[column] = value;
	}
	if (dirty) customer.updated_at = store.isoNow();
	return ok({ message: 'Customer updated successfully!', data: withCustomerAppends(store, customer) });
}

/** CustomerResource::manageCustomer: delete_customers (orders too) or change_customer_status. */
function bulkAction(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const raw = req.body.customer_ids;
	const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.values(raw) : [];
	const ids = list.map((v) => Number.parseInt(String(v), 10) || 0).filter((v) => v !== 0);
	if (!ids.length) return resourceError(403, 'Customers selection is required');
	const action = String(req.body.action ?? '');
	const found = ids.map((id) => store.customers.get(id)).filter((c): c is Row => !!c);
	if (action === 'delete_customers') {
		// `$customer` is only set inside the loop: with no match FluentCart reports a failure.
		if (!found.length) return resourceError(400, 'Customer update failed.');
		for (const customer of found) {
			for (const [orderId, order] of store.orders) {
				if (Number(order.customer_id) === Number(customer.id)) store.orders.delete(orderId);
			}
			store.customers.delete(Number(customer.id));
		}
		return ok({ message: 'Selected Customers has been deleted permanently', data: '' });
	}
	if (action === 'change_customer_status') {
		const status = String(req.body.new_status ?? '');
		if (!status) return resourceError(403, 'Please select status');
		if (status !== 'active' && status !== 'inactive') return resourceError(403, 'Provided customer status is not valid');
		for (const customer of found) {
			customer.status = status;
			customer.updated_at = store.isoNow();
		}
		return ok({ message: 'Customer Status has been changed', data: '' });
	}
	return resourceError(400, 'Selected action is invalid');
}

/** CustomerAddressResource::create: the first address of a type becomes primary. */
function createAddress(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const body: Record<string, unknown> = { ...req.body, status: req.body.status ?? 'active', is_primary: req.body.is_primary ?? 0 };
	const errors = validateAddress(body);
	if (Object.keys(errors).length) return validationError(errors);
	const customerId = req.params.customerId;
	// 1.4+ inserts a missing label as NULL into a NOT NULL column (recorded on 1.5.2:
	// live-customer-address-save-shipping), and keeps a company name only on billing addresses
	// while the checkout's Company Name field is on (off by default; live-…-billing-second).
	if (fake.atLeast('1.4.0')) {
		if (missing(body.label)) return notNullColumn(fake, 'customer_addresses', 'label');
		if (body.type !== 'billing' || !fake.checkoutCompanyName) delete body.company_name;
	}
	const table = store.table('customer_addresses');
	const data: Row = {};
	for (const key of ADDRESS_INPUT_KEYS) {
		const value = body[key];
		data[key] = value === undefined || value === null ? null : key === 'is_primary' ? Number.parseInt(String(value), 10) || 0 : String(value).trim();
	}
	const type = data.type as string | null;
	const hasPrimary = [...table.values()].some(
		(a) => a.customer_id === String(customerId) && a.type === (type ?? '') && a.is_primary === '1',
	);
	if (!hasPrimary) data.is_primary = '1';
	// The model as filled: company_name only exists inside meta.
	const model: Row = {};
	for (const key of ADDRESS_INPUT_KEYS) {
		if (key === 'company_name') {
			if (data.company_name) model.meta = { other_data: { company_name: data.company_name } };
		} else {
			model[key] = data[key];
		}
	}
	const id = store.nextId('customer_addresses', table.keys());
	const now = store.isoNow();
	Object.assign(model, { customer_id: customerId, updated_at: now, created_at: now, id });
	const stored: Row = { id, customer_id: String(customerId), is_primary: String(data.is_primary ?? 0) };
	for (const key of ['type', 'status', 'label', 'name', 'address_1', 'address_2', 'city', 'state', 'phone', 'email', 'postcode', 'country']) {
		stored[key] = data[key] === null ? '' : data[key];
	}
	Object.assign(stored, { meta: model.meta ?? [], created_at: now, updated_at: now });
	table.set(id, stored);
	const message = type === 'billing' ? 'Billing address created successfully!' : 'Shipping address created successfully!';
	return ok({ message, data: withAddressAppends(model) });
}

function makePrimary(fake: FakeFluentCart, req: FakeRequest) {
	const table = fake.store.table('customer_addresses');
	const customerId = String(req.params.customerId);
	const addressId = Number.parseInt(String(req.body.addressId ?? ''), 10) || 0;
	const type = String(req.body.type ?? '');
	const target = table.get(addressId);
	for (const address of table.values()) {
		if (address.customer_id === customerId && address.type === type) address.is_primary = '0';
	}
	if (!target || target.customer_id !== customerId || target.type !== type) {
		return resourceError(400, 'Address set as primary failed.');
	}
	target.is_primary = '1';
	return ok({ message: 'Address successfully set as the primary', data: '' });
}

export function registerCustomerRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;

	fake.route('GET', ns, 'customers', (req) => {
		const search = typeof req.query.search === 'string' ? req.query.search.trim() : '';
		const rows = sortRows(filterCustomers([...store.customers.values()], search), req.query, CUSTOMER_FILLABLE, 'id');
		const page = paginate(rows, req.query, `${store.siteUrl}/wp-json/${ns}/customers`);
		page.data = page.data.map((c) => withCustomerAppends(store, c));
		return ok({ customers: page });
	});

	fake.route('POST', ns, 'customers', (req) => createCustomer(fake, req));
	fake.route('POST', ns, 'customers/do-bulk-action', (req) => bulkAction(fake, req));

	fake.route('GET', ns, 'customers/:customerId(int)', (req) => {
		const relations = asList(req.query.with);
		const unknown = relations.find((r) => !KNOWN_CUSTOMER_RELATIONS.has(r));
		if (unknown) {
			return pluginException(`Call to undefined relationship [${unknown}] on model [FluentCart\\App\\Models\\Customer].`);
		}
		const customer = store.customers.get(Number(req.params.customerId));
		if (!customer) return notFound(fake, req);
		return ok({ customer: customerDetails(store, customer, relations) });
	});

	fake.route('PUT', ns, 'customers/:customerId', (req) => updateCustomer(fake, req));

	// `type` absent (null) lists both types; FluentCart does not check that the customer exists.
	fake.route('GET', ns, 'customers/:customerId/address', (req) => {
		const type = typeof req.query.type === 'string' && req.query.type ? req.query.type : undefined;
		const id = Number.parseInt(req.params.customerId, 10) || 0;
		return ok({ addresses: addressesOf(store, id, type).map(addressView) });
	});
	fake.route('POST', ns, 'customers/:customerId/address', (req) => createAddress(fake, req));
	fake.route('POST', ns, 'customers/:customerId/address/make-primary', (req) => makePrimary(fake, req));
}
