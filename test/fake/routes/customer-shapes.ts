/**
 * Customer and customer-address records as FluentCart 1.3.25 serialises them, and the checks of
 * CustomerRequest / CustomerAddressRequest (see the customer-*.json fixtures).
 *
 * Two shapes exist for a customer:
 * - the stored row as `wpdb` reads it back (GET, list, update answers): every column a string
 *   except `id`, and `null` written by the ORM read back as '' (or "0" for numeric columns), so an
 *   update that omits `user_id` leaves "0", i.e. unlinks the WordPress user;
 * - the freshly created model (create answer): the sanitised input as given, absent keys `null`.
 */
import { createHash } from 'node:crypto';

import type { FakeStore, Row } from '../store';

/** Customer::$fillable, the columns `sort_by` accepts. */
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
];

/** CustomerRequest::sanitize() keys, in order: what create/update read from the body. */
const CUSTOMER_INPUT_KEYS = [
	'user_id',
	'email',
	'full_name',
	'first_name',
	'last_name',
	'status',
	'aov',
	'notes',
	'country',
	'city',
	'state',
	'postcode',
	'username',
	'user_nicename',
	'display_name',
	'user_url',
	'wp_user',
];

/** Columns an update writes (sanitised keys that are also fillable). */
export const CUSTOMER_WRITTEN = ['user_id', 'email', 'first_name', 'last_name', 'status', 'aov', 'notes', 'country', 'city', 'state', 'postcode'];

const COUNTRY_NAMES: Record<string, string> = {
	AU: 'Australia',
	CA: 'Canada',
	DE: 'Germany',
	ES: 'Spain',
	FR: 'France',
	GB: 'United Kingdom (UK)',
	IE: 'Ireland',
	IN: 'India',
	IT: 'Italy',
	JP: 'Japan',
	NL: 'Netherlands',
	US: 'United States (US)',
};

export function countryName(code: unknown): string {
	if (typeof code !== 'string' || code === '') return '';
	return COUNTRY_NAMES[code.toUpperCase()] ?? code;
}

/** Checkout setting that decides which name field CustomerRequest requires (per store). */
const nameModes = new WeakMap<FakeStore, 'full_name' | 'first_name'>();

/**
 * The recorded site had first and last name switched off in the checkout fields, so FluentCart
 * required `full_name` and split it. Switch to `first_name` to model a store with name fields on.
 */
export function setCustomerNameMode(store: FakeStore, mode: 'full_name' | 'first_name') {
	nameModes.set(store, mode);
}

export const customerNameMode = (store: FakeStore) => nameModes.get(store) ?? 'full_name';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const isEmail = (value: unknown) => typeof value === 'string' && EMAIL.test(value.trim());

const isEmpty = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** CustomerRequest::rules(): name field, then email (required, email, unique except the body `id`). */
export function validateCustomer(
	store: FakeStore,
	body: Record<string, unknown>,
): Record<string, Record<string, string>> {
	const errors: Record<string, Record<string, string>> = {};
	if (customerNameMode(store) === 'full_name') {
		if (isEmpty(body.full_name)) errors.full_name = { required: 'Full Name is required.' };
	} else if (isEmpty(body.first_name)) {
		errors.first_name = { required: 'First Name is required.' };
	}
	const excluded = Number.parseInt(String(body.id ?? 0), 10) || 0;
	if (isEmpty(body.email)) {
		errors.email = { required: 'Email is required.' };
	} else if (!isEmail(body.email)) {
		errors.email = { email: 'Email must be a valid email address.' };
	} else {
		const email = String(body.email).trim().toLowerCase();
		const taken = [...store.customers.values()].some(
			(c) => Number(c.id) !== excluded && String(c.email).toLowerCase() === email,
		);
		if (taken) errors.email = { exist: 'Email already exists.' };
	}
	return errors;
}

const text = (value: unknown) => (value === undefined || value === null ? null : String(value).trim());
const intval = (value: unknown) => {
	const n = Number.parseInt(String(value), 10);
	return Number.isFinite(n) ? n : 0;
};

/** getSafe(sanitize()) after beforeValidation and resolveCustomerName: absent keys are null. */
export function sanitizeCustomer(store: FakeStore, body: Record<string, unknown>): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	for (const key of CUSTOMER_INPUT_KEYS) {
		const value = key === 'notes' ? (body.notes ?? '') : body[key];
		if (value === undefined || value === null) data[key] = null;
		else if (key === 'user_id') data[key] = intval(value);
		else if (key === 'email') data[key] = String(value).trim();
		else data[key] = text(value);
	}
	if (customerNameMode(store) === 'full_name') {
		// AddressHelper::guessFirstNameAndLastName: the last word is the last name.
		const parts = String(data.full_name ?? '').trim().split(' ');
		const last = parts.length > 1 ? parts.pop()! : '';
		data.first_name = parts.join(' ').trim();
		data.last_name = last.trim();
	} else {
		data.first_name = String(data.first_name ?? '').trim();
		data.last_name = String(data.last_name ?? '').trim();
	}
	return data;
}

/** How a value written through the ORM reads back from the column (null → '' / "0"). */
export function storedCustomerValue(column: string, value: unknown): unknown {
	if (column === 'user_id' || column === 'contact_id' || column === 'purchase_count' || column === 'ltv') {
		return String(value === null || value === undefined || value === '' ? 0 : intval(value));
	}
	if (column === 'aov') {
		const n = Number(value);
		return value === null || value === '' || !Number.isFinite(n) ? '0.00' : n.toFixed(2);
	}
	return value === null || value === undefined ? '' : String(value);
}

/** A customer row in the stored shape (for tests that need more customers). */
export function addCustomer(store: FakeStore, fields: Partial<Row> & { email: string }): Row {
	const id = store.nextId('customers', store.customers.keys());
	const now = store.isoNow();
	const row: Row = {
		id,
		user_id: '0',
		contact_id: '0',
		email: fields.email,
		first_name: '',
		last_name: '',
		status: '',
		purchase_value: [],
		purchase_count: '0',
		ltv: '0',
		first_purchase_date: null,
		last_purchase_date: null,
		aov: '0.00',
		notes: '',
		uuid: store.uuid(),
		country: '',
		city: '',
		state: '',
		postcode: '',
		created_at: now,
		updated_at: now,
	};
	for (const [key, value] of Object.entries(fields)) if (key in row && key !== 'id') row[key] = value;
	store.customers.set(id, row);
	return row;
}

/** Customer::$appends, computed from the attributes as they are (nulls stay null). */
export function withCustomerAppends(store: FakeStore, customer: Row): Row {
	const fullName = `${String(customer.first_name ?? '')} ${String(customer.last_name ?? '')}`.trim();
	const country = countryName(customer.country);
	const emailHash = createHash('sha256').update(String(customer.email).trim().toLowerCase()).digest('hex');
	const userId = Number(customer.user_id);
	return {
		...customer,
		full_name: fullName,
		photo: `https://secure.gravatar.com/avatar/${emailHash}?s=100&#038;d=mm&#038;r=g`,
		country_name: country,
		formatted_address: {
			country,
			state: customer.state,
			city: customer.city,
			postcode: customer.postcode,
			first_name: customer.first_name,
			last_name: customer.last_name,
			full_name: fullName,
		},
		user_link: userId > 0 ? `${store.siteUrl}/wp-admin/user-edit.php?user_id=${userId}` : '',
	};
}

// ----- addresses ---------------------------------------------------------------------------

/** fct_customer_addresses columns, in table order. */
const ADDRESS_COLUMNS = [
	'id',
	'customer_id',
	'is_primary',
	'type',
	'status',
	'label',
	'name',
	'address_1',
	'address_2',
	'city',
	'state',
	'phone',
	'email',
	'postcode',
	'country',
	'meta',
	'created_at',
	'updated_at',
];

/** CustomerAddressRequest::sanitize() keys, in order. */
export const ADDRESS_INPUT_KEYS = [
	'label',
	'type',
	'status',
	'name',
	'address_1',
	'address_2',
	'city',
	'state',
	'phone',
	'postcode',
	'country',
	'email',
	'is_primary',
	'company_name',
];

/** CustomerAddressRequest::rules(): country (localisation rules) first, then the address fields. */
export function validateAddress(body: Record<string, unknown>): Record<string, Record<string, string>> {
	const errors: Record<string, Record<string, string>> = {};
	if (isEmpty(body.country)) errors.country = { required: 'Country field is required.' };
	else if (!/^[A-Z]{2}$/.test(String(body.country))) errors.country = { 1: 'Invalid country code.' };
	if (isEmpty(body.name)) errors.name = { required: 'Name field is required.' };
	if (isEmpty(body.email)) errors.email = { required: 'Email field is required.' };
	else if (!isEmail(body.email)) errors.email = { email: 'Email must be a valid email address.' };
	if (isEmpty(body.address_1)) errors.address_1 = { required: 'Street Address field is required.' };
	if (isEmpty(body.city)) errors.city = { required: 'City field is required.' };
	return errors;
}

/** The stored address as `GET customers/{id}/address` lists it (appends included). */
export function addressView(address: Row): Row {
	const row: Row = {};
	for (const column of ADDRESS_COLUMNS) row[column] = address[column];
	return withAddressAppends(row);
}

/** CustomerAddresses::$appends: formatted_address and company_name (kept in meta). */
export function withAddressAppends(address: Row): Row {
	const meta = (address.meta && typeof address.meta === 'object' ? address.meta : {}) as Row;
	const companyName = String(((meta.other_data as Row | undefined) ?? {}).company_name ?? '');
	const formatted: Row = {
		country: countryName(address.country),
		state: address.state,
		city: address.city,
		postcode: address.postcode,
		address_1: address.address_1,
		address_2: address.address_2,
		type: address.type,
		name: address.name,
		first_name: null,
		last_name: null,
		full_name: null,
		company_name: companyName,
		label: address.label,
		phone: address.phone,
	};
	formatted.full_address = [companyName, address.address_1, address.address_2, address.city, address.state, formatted.country]
		.map((part) => String(part ?? '').trim())
		.filter((part) => part !== '')
		.join(', ');
	return { ...address, formatted_address: formatted, company_name: companyName };
}

export function addressesOf(store: FakeStore, customerId: number, type?: string): Row[] {
	return [...store.table('customer_addresses').values()]
		.filter((a) => Number(a.customer_id) === customerId && (!type || a.type === type))
		.sort((a, b) => Number(b.is_primary) - Number(a.is_primary) || Number(a.id) - Number(b.id));
}
