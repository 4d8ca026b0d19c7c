/**
 * Coupons (CouponsController, CouponRequest and CouponResource in FluentCart 1.3.25).
 *
 * - Stored rows have the shape of coupon-get.json / coupons-list.json: `priority`, `amount`,
 *   `use_count` as strings, `notes` '' and unset dates "0000-00-00 00:00:00" (what the ORM's
 *   nulls read back as).
 * - Create and update answer the model as it is in memory: the sanitised input (absent keys
 *   null, amounts as numbers, dates as serialised PHP DateTime objects).
 * - `amount` is stored in cents unless the type is percentage; `conditions.min_purchase_amount`
 *   and `conditions.max_discount_amount` in cents; `max_purchase_amount` as sent.
 * - `GET coupons/{id}` answers 200 `{coupon: null}` for a missing id; delete answers HTTP 500 with
 *   code 404; update re-validates the whole body and nulls what is left out.
 */
import { ok, resourceError, validationError } from '../responses';
import { missing, notNullColumn } from '../version';
import type { FakeFluentCart, FakeRequest } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore, Row } from '../store';
import { paginate, sortRows } from './paginate';

export const ZERO_DATE = '0000-00-00 00:00:00';

/** Coupon::$fillable: the columns `sort_by` accepts. */
const COUPON_FILLABLE = [
	'parent',
	'title',
	'code',
	'status',
	'type',
	'conditions',
	'amount',
	'stackable',
	'priority',
	'use_count',
	'notes',
	'show_on_checkout',
	'start_date',
	'end_date',
];

const TYPES = ['fixed', 'percentage', 'free_shipping', 'buy_x_get_y'];
const STATUSES = ['active', 'expired', 'disabled', 'scheduled'];

const isEmpty = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
const isNumeric = (value: unknown) =>
	typeof value === 'number' || (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value));
const falsy = (value: unknown) => isEmpty(value) || value === 0 || value === '0' || value === false;
const intval = (value: unknown) => Number.parseInt(String(value), 10) || 0;
const floatval = (value: unknown) => Number.parseFloat(String(value)) || 0;
const toCent = (value: unknown) => (isNumeric(value) ? Math.round(Number(value) * 100) : 0);

/** `Y-m-d H:i:s` in UTC, as the site (timezone UTC) parses coupon dates; undefined if unparsable. */
function gmt(value: string): string | undefined {
	const text = value.trim();
	const stamp = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
	return Number.isNaN(stamp) ? undefined : new Date(stamp).toISOString().replace('T', ' ').slice(0, 19);
}

const phpDateTime = (value: string) => ({ date: `${value}.000000`, timezone_type: 3, timezone: 'UTC' });

export function couponTable(store: FakeStore): Map<number, Row> {
	return store.table('coupons');
}

/** CouponRequest::rules(), in rule order. Closure failures are keyed by their index. */
function validateCoupon(store: FakeStore, body: Record<string, unknown>, id: number) {
	const errors: Record<string, Record<string, string>> = {};
	const add = (field: string, rule: string, message: string) => {
		errors[field] = { ...(errors[field] ?? {}), [rule]: message };
	};
	if (isEmpty(body.title)) add('title', 'required', 'Title is required.');
	if (isEmpty(body.code)) {
		add('code', 'required', 'Code is required.');
	} else {
		const code = String(body.code).toLowerCase();
		const taken = [...couponTable(store).values()].some((c) => String(c.code).toLowerCase() === code && Number(c.id) !== id);
		if (taken) add('code', '3', 'This coupon code is already in use.');
	}
	if (!falsy(body.priority)) {
		if (!isNumeric(body.priority)) add('priority', 'numeric', 'The priority must be a number.');
		else if (Number(body.priority) < 0) add('priority', 'min', 'The priority must be at least 0.');
	}
	if (isEmpty(body.type)) add('type', 'required', 'Type is required.');
	else if (!TYPES.includes(String(body.type))) add('type', 'in', 'The selected type is invalid.');
	const conditions = body.conditions;
	if (!falsy(conditions) && (typeof conditions !== 'object' || conditions === null)) {
		add('conditions', 'array', 'The conditions must be an array.');
	}
	const cond = (conditions && typeof conditions === 'object' ? conditions : {}) as Record<string, unknown>;
	for (const key of ['min_purchase_amount', 'max_discount_amount']) {
		const value = cond[key];
		if (falsy(value)) continue;
		if (!isNumeric(value)) add(`conditions.${key}`, 'numeric', `The conditions.${key} must be a number.`);
		else if (Number(value) < 0) add(`conditions.${key}`, 'min', `The conditions.${key} must be at least 0.`);
	}
	for (const key of ['max_per_customer', 'max_uses']) {
		if (!falsy(cond[key]) && !isNumeric(cond[key])) add(`conditions.${key}`, 'numeric', `The conditions.${key} must be a number.`);
	}
	if (body.amount === undefined || body.amount === null || (typeof body.amount === 'string' && body.amount.trim() === '')) {
		add('amount', 'required', 'Amount is required.');
	} else if (!isNumeric(body.amount)) {
		add('amount', 'numeric', 'The amount must be a number.');
	} else {
		if (Number(body.amount) < 0) add('amount', 'min', 'The amount must be at least 0.');
		if (body.type === 'percentage' && Number(body.amount) > 100) {
			add('amount', '3', 'For percentage type, the amount should not be greater than 100.');
		}
	}
	if (isEmpty(body.status)) add('status', 'required', 'The status field is required.');
	else if (!STATUSES.includes(String(body.status))) add('status', 'in', 'The selected status is invalid.');
	if (isEmpty(body.stackable)) add('stackable', 'required', 'The stackable field is required.');
	if (isEmpty(body.show_on_checkout)) add('show_on_checkout', 'required', 'The show_on_checkout field is required.');
	if (!falsy(body.end_date)) {
		const start = Date.parse(String(body.start_date ?? '').trim().replace(' ', 'T')) || 0;
		const end = Date.parse(String(body.end_date).trim().replace(' ', 'T')) || 0;
		if (end <= start) add('end_date', '2', 'The end date must be after the start date.');
	}
	return errors;
}

/** getSafe(sanitize()) + date conversion + CouponResource::formatAmount. */
function sanitizeCoupon(body: Record<string, unknown>): Row {
	const text = (value: unknown) => (value === undefined || value === null ? null : String(value).trim());
	const data: Row = {
		title: text(body.title),
		code: text(body.code),
		priority: body.priority === undefined || body.priority === null ? null : intval(body.priority),
		type: text(body.type),
		conditions: null,
		amount: body.amount === undefined || body.amount === null ? null : floatval(body.amount),
		status: text(body.status),
		notes: text(body.notes),
		stackable: text(body.stackable),
		show_on_checkout: text(body.show_on_checkout),
		start_date: text(body.start_date),
		end_date: text(body.end_date),
	};
	const given = body.conditions;
	let conditions: Row;
	if (given && typeof given === 'object') {
		const c = given as Record<string, unknown>;
		const ids = (value: unknown) => (Array.isArray(value) ? [...new Set(value.map((v) => String(v).trim()))] : []);
		conditions = {
			min_purchase_amount: floatval(c.min_purchase_amount ?? 0),
			max_discount_amount: floatval(c.max_discount_amount ?? 0),
			max_purchase_amount: floatval(c.max_purchase_amount ?? 0),
			apply_to_whole_cart: String(c.apply_to_whole_cart ?? 'no'),
			apply_to_quantity: String(c.apply_to_quantity ?? 'no'),
			max_uses: intval(c.max_uses ?? 0),
			max_per_customer: intval(c.max_per_customer ?? 0),
			excluded_categories: ids(c.excluded_categories),
			included_categories: ids(c.included_categories),
			excluded_products: ids(c.excluded_products),
			included_products: ids(c.included_products),
			email_restrictions: String(c.email_restrictions ?? '').trim(),
			is_recurring: c.is_recurring === 'yes' ? 'yes' : 'no',
			// The conditions sanitiser drops them; getSafe then adds them back as null.
			buy_quantity: null,
			get_quantity: null,
		};
	} else {
		conditions = {};
	}
	for (const key of ['start_date', 'end_date']) {
		if (data[key]) {
			const value = gmt(String(data[key]));
			data[key] = value === undefined ? null : phpDateTime(value);
		}
	}
	if (data.type !== 'percentage') data.amount = toCent(data.amount ?? 0);
	if (!falsy(conditions.max_discount_amount)) conditions.max_discount_amount = toCent(conditions.max_discount_amount);
	conditions.min_purchase_amount = toCent(conditions.min_purchase_amount ?? 0);
	data.conditions = conditions;
	return data;
}

/** How the model's values read back from the table. */
function storedValues(data: Row): Row {
	const date = (value: unknown) => (value && typeof value === 'object' ? String((value as Row).date).slice(0, 19) : ZERO_DATE);
	return {
		title: data.title ?? '',
		code: data.code ?? '',
		priority: String(data.priority ?? 0),
		type: data.type ?? '',
		conditions: data.conditions,
		amount: String(data.amount ?? 0),
		status: data.status ?? '',
		notes: data.notes ?? '',
		stackable: data.stackable ?? '',
		show_on_checkout: data.show_on_checkout ?? '',
		start_date: date(data.start_date),
		end_date: date(data.end_date),
	};
}

function logActivity(fake: FakeFluentCart, req: FakeRequest, couponId: number, title: string, content: string, status: string) {
	const store = fake.store;
	const table = store.table('coupon_activities');
	const id = store.nextId('coupon_activities', table.keys());
	const user = req.user ?? { id: 0, username: 'FCT-BOT', email: '' };
	const now = store.isoNow();
	table.set(id, {
		id,
		status,
		log_type: 'activity',
		module_type: 'FluentCart\\App\\Models\\Coupon',
		module_id: couponId,
		module_name: 'coupon',
		user_id: String(user.id),
		title,
		content,
		read_status: 'unread',
		created_by: user.username,
		created_at: now,
		updated_at: now,
		user: { ID: user.id, display_name: user.username, user_email: user.email },
	});
}

/** A coupon row in the stored shape (for tests). */
export function addCoupon(store: FakeStore, fields: Partial<Row> & { code: string }): Row {
	const table = couponTable(store);
	const id = store.nextId('coupons', table.keys());
	const now = store.isoNow();
	const row: Row = {
		id,
		title: fields.code,
		code: fields.code,
		priority: '0',
		type: 'fixed',
		conditions: { min_purchase_amount: 0 },
		amount: '0',
		use_count: '0',
		status: 'active',
		notes: '',
		stackable: 'no',
		show_on_checkout: 'no',
		start_date: ZERO_DATE,
		end_date: ZERO_DATE,
		created_at: now,
		updated_at: now,
	};
	for (const [key, value] of Object.entries(fields)) if (key in row && key !== 'id') row[key] = value;
	table.set(id, row);
	return row;
}

const realDate = (value: unknown) => typeof value === 'string' && value !== '' && value !== ZERO_DATE;
const dateMs = (value: unknown) => Date.parse(`${String(value).replace(' ', 'T')}Z`);

/** CouponHelper::updateCouponStatus, run by the list for every coupon on the page. */
function refreshStatus(store: FakeStore, coupon: Row) {
	const now = store.now().getTime();
	const status = String(coupon.status);
	const start = realDate(coupon.start_date) ? dateMs(coupon.start_date) : undefined;
	const end = realDate(coupon.end_date) ? dateMs(coupon.end_date) : undefined;
	let next = status;
	if (end !== undefined && end < now) next = 'expired';
	else if (start !== undefined && start > now && !['disabled', 'scheduled'].includes(status)) next = 'scheduled';
	else if (start !== undefined && start <= now && !['disabled', 'active'].includes(status)) next = 'active';
	if (next !== status) {
		coupon.status = next;
		coupon.updated_at = store.isoNow();
	}
}

/** CouponFilter: search on title / code / id (or amount), the active / expired tabs. */
function filterCoupons(store: FakeStore, rows: Row[], search: string, view: string): Row[] {
	const needle = search.toLowerCase();
	const matches = (c: Row) => {
		if (!needle) return true;
		if (needle.includes('%')) return c.type === 'percentage' && String(c.amount).includes(needle.replace(/%/g, ''));
		return (
			String(c.title).toLowerCase().includes(needle) ||
			String(c.code).toLowerCase().includes(needle) ||
			String(c.id).includes(needle) ||
			(isNumeric(needle) && Number(c.amount) === Number(needle) * 100)
		);
	};
	if (view === 'active') return rows.filter((c) => matches(c) && c.status === 'active');
	if (view === 'expired') {
		// `(search AND end_date passed) OR status != active`: the OR escapes the search.
		const now = store.now().getTime();
		return rows.filter((c) => (matches(c) && realDate(c.end_date) && dateMs(c.end_date) < now) || c.status !== 'active');
	}
	return rows.filter(matches);
}

function couponDetails(fake: FakeFluentCart, coupon: Row): Row {
	const activities = [...fake.store.table('coupon_activities').values()]
		.filter((a) => a.module_id === coupon.id)
		.sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)) || Number(b.id) - Number(a.id));
	return { ...coupon, activities };
}

function createCoupon(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const errors = validateCoupon(store, req.body, intval(req.body.id ?? 0));
	if (Object.keys(errors).length) return validationError(errors);
	// 1.4+: an omitted notes reaches the NOT NULL column as SQL NULL (recorded on 1.5.2).
	if (fake.atLeast('1.4.0') && missing(req.body.notes)) return notNullColumn(fake, 'coupons', 'notes');
	const data = sanitizeCoupon(req.body);
	const table = couponTable(store);
	const id = store.nextId('coupons', table.keys());
	const now = store.isoNow();
	const stored = storedValues(data);
	table.set(id, {
		id,
		title: stored.title,
		code: stored.code,
		priority: stored.priority,
		type: stored.type,
		conditions: stored.conditions,
		amount: stored.amount,
		use_count: '0',
		status: stored.status,
		notes: stored.notes,
		stackable: stored.stackable,
		show_on_checkout: stored.show_on_checkout,
		start_date: stored.start_date,
		end_date: stored.end_date,
		created_at: now,
		updated_at: now,
	});
	logActivity(fake, req, id, 'Coupon Created', `Coupon "${String(data.title)}" created by ${req.user?.username ?? 'FCT-BOT'}`, 'success');
	return ok({ message: 'Coupon created successfully!', data: { ...data, updated_at: now, created_at: now, id } });
}

function updateCoupon(fake: FakeFluentCart, req: FakeRequest) {
	const store = fake.store;
	const id = Number.parseInt(req.params.id, 10) || 0;
	// The code may repeat the coupon's own: the request's `id` (body, else URL) is excluded.
	const errors = validateCoupon(store, req.body, intval(req.body.id ?? req.params.id));
	if (Object.keys(errors).length) return validationError(errors);
	if (!id) return resourceError(403, 'Please edit a valid coupon!');
	const coupon = couponTable(store).get(id);
	if (!coupon || !/^\d+$/.test(req.params.id)) {
		return resourceError(404, 'Coupon not found, please reload the page and try again!');
	}
	const data = sanitizeCoupon(req.body);
	const stored = storedValues(data);
	for (const [key, value] of Object.entries(stored)) coupon[key] = value;
	const now = store.isoNow();
	coupon.updated_at = now;
	logActivity(fake, req, id, 'Coupon Updated', `Coupon "${String(data.title)}" updated by ${req.user?.username ?? 'FCT-BOT'}`, 'info');
	// The answer is the model: stored columns, overwritten by the filled input.
	const model: Row = { ...coupon };
	for (const [key, value] of Object.entries(data)) model[key] = value;
	return ok({ message: 'Coupon updated successfully!', data: model });
}

export function registerCouponRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;

	fake.route('GET', ns, 'coupons/listCoupons', () =>
		ok({ coupons: [...couponTable(store).values()].filter((c) => c.status === 'active').map((c) => c.code) }),
	);

	fake.route('GET', ns, 'coupons', (req) => {
		const search = typeof req.query.search === 'string' ? req.query.search.trim() : '';
		const view = typeof req.query.active_view === 'string' ? req.query.active_view : '';
		const rows = sortRows(filterCoupons(store, [...couponTable(store).values()], search, view), req.query, COUPON_FILLABLE, 'id');
		const page = paginate(rows, req.query, `${store.siteUrl}/wp-json/${ns}/coupons`);
		for (const coupon of page.data) refreshStatus(store, coupon);
		page.data = page.data.map((c) => ({ ...c }));
		return ok({ coupons: page });
	});

	fake.route('GET', ns, 'coupons/:id', (req) => {
		const coupon = /^\d+$/.test(req.params.id) ? couponTable(store).get(Number(req.params.id)) : undefined;
		if (!coupon) return ok({ coupon: null });
		if (realDate(coupon.end_date) && dateMs(coupon.end_date) < store.now().getTime() && coupon.status !== 'expired') {
			coupon.status = 'expired';
			coupon.updated_at = store.isoNow();
		}
		return ok({ coupon: couponDetails(fake, coupon) });
	});

	fake.route('POST', ns, 'coupons', (req) => createCoupon(fake, req));
	fake.route('PUT', ns, 'coupons/:id', (req) => updateCoupon(fake, req));

	fake.route('DELETE', ns, 'coupons/:id', (req) => {
		const id = Number.parseInt(req.params.id, 10) || 0;
		if (!id) return resourceError(403, 'Please use a valid coupon ID!');
		const table = couponTable(store);
		if (!table.has(id) || !/^\d+$/.test(req.params.id)) {
			return resourceError(404, 'Coupon not found in database, failed to remove.');
		}
		table.delete(id);
		return ok({ message: 'Coupon successfully deleted.', data: '' });
	});
}
