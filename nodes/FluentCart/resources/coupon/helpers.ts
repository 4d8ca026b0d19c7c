/**
 * Reads, checks and shapes coupons. Units: FluentCart takes a fixed coupon's `amount` and the
 * `min_purchase_amount` / `max_discount_amount` conditions as DECIMALS and stores (and returns)
 * them in cents; a percentage coupon's `amount` is a plain percent.
 */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { inputError, requireDecimal, requireInteger, requireOneOf } from '../../../shared/validation';
import { userDecimal } from '../../../shared/amounts';

export const COUPON_TYPES = ['fixed', 'percentage', 'free_shipping', 'buy_x_get_y'] as const;
export const COUPON_STATUSES = ['active', 'disabled', 'expired', 'scheduled'] as const;
export const ZERO_DATE = '0000-00-00 00:00:00';

const isBlank = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * `GET coupons/{id}`. FluentCart answers a missing coupon with HTTP 200 and `{coupon: null}`;
 * that becomes a 404 here.
 */
export async function fetchCoupon(
	ctx: IExecuteFunctions,
	couponId: number,
	itemIndex: number,
	raw = false,
): Promise<IDataObject> {
	const response = await fluentCartRequest(ctx, { method: 'GET', path: `coupons/${couponId}`, itemIndex, raw });
	const coupon = response.coupon;
	if (!coupon || typeof coupon !== 'object') {
		const message = `The coupon ${couponId} was not found`;
		throw new NodeApiError(ctx.getNode(), { message, httpCode: '404', kind: 'not_found' } as JsonObject, {
			message,
			description:
				'FluentCart has no coupon with this ID (it answered {"coupon": null}). Check the ID, or pick the coupon from the list.',
			httpCode: '404',
			itemIndex,
		});
	}
	return coupon as IDataObject;
}

/** Unset dates come back as "0000-00-00 00:00:00": output them as null. */
export function couponOutput(coupon: IDataObject, includeActivities = false): IDataObject {
	const out: IDataObject = { ...coupon };
	if (!includeActivities) delete out.activities;
	for (const key of ['start_date', 'end_date']) {
		if (out[key] === ZERO_DATE || out[key] === '') out[key] = null;
	}
	// FluentCart 1.4+ answers null where 1.3 answered 0.
	if (out.priority === null || out.priority === undefined) out.priority = 0;
	return out;
}

/**
 * A date typed by the user → `Y-m-d H:i:s` in UTC, the form FluentCart stores. A value without
 * a timezone is taken as UTC (FluentCart reads it so); one with an offset or Z is converted.
 */
export function couponDate(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string {
	const text = String(value).trim();
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
	const iso = match ? `${match[1]}T${match[2] ?? '00:00'}${match[3] ?? ':00'}${match[4] ?? 'Z'}` : '';
	const stamp = match ? Date.parse(iso) : NaN;
	if (Number.isNaN(stamp) || (match && !match[4] && new Date(stamp).toISOString().slice(0, 10) !== match[1])) {
		throw inputError(ctx, itemIndex, `${field} "${text}" is not a date`, 'Use a date such as 2026-12-31 or 2026-12-31T23:59:00.');
	}
	return new Date(stamp).toISOString().replace('T', ' ').slice(0, 19);
}

/**
 * The coupon amount in the unit FluentCart takes: a percent (0–100) for percentage coupons,
 * else a decimal in the store currency (FluentCart stores it in cents). Free shipping and
 * buy-X-get-Y coupons default to 0.
 */
export async function couponAmount(
	ctx: IExecuteFunctions,
	itemIndex: number,
	type: string,
	value: unknown,
): Promise<number> {
	if (isBlank(value)) {
		if (type === 'free_shipping' || type === 'buy_x_get_y') return 0;
		throw inputError(ctx, itemIndex, 'Amount is empty', 'Enter the discount: a decimal amount for Fixed Amount coupons, a percent for Percentage coupons.');
	}
	if (type === 'percentage') {
		const percent = requireDecimal(ctx, itemIndex, value, { field: 'Amount', currency: 'USD' });
		if (percent > 100) throw inputError(ctx, itemIndex, `Amount must be a percent of 100 or less for a percentage coupon, got ${percent}`);
		return percent;
	}
	return await userDecimal(ctx, itemIndex, value, 'Amount');
}

/** Syntax check of an amount before any request (the currency is checked when converting). */
export function checkAmountSyntax(ctx: IExecuteFunctions, itemIndex: number, type: string | undefined, value: unknown) {
	if (isBlank(value)) return;
	const amount = requireDecimal(ctx, itemIndex, value, { field: 'Amount', currency: 'USD' });
	if (type === 'percentage' && amount > 100) {
		throw inputError(ctx, itemIndex, `Amount must be a percent of 100 or less for a percentage coupon, got ${amount}`);
	}
}

function idList(ctx: IExecuteFunctions, itemIndex: number, field: string, value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map(String) : String(value ?? '').split(',');
	const ids = parts.map((part) => part.trim()).filter((part) => part !== '');
	for (const id of ids) {
		if (!/^\d+$/.test(id) || Number(id) < 1) {
			throw inputError(ctx, itemIndex, `${field} must be a comma-separated list of IDs, got "${id}"`, 'e.g. 12, 15');
		}
	}
	return [...new Set(ids)];
}

/** The user's Conditions collection → FluentCart condition keys (money as decimals). */
export async function conditionsFromInput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	input: IDataObject,
): Promise<IDataObject> {
	const out: IDataObject = {};
	// Syntax first, so nothing is looked up for bad input.
	for (const [key, label] of [
		['minPurchaseAmount', 'Min Purchase Amount'],
		['maxDiscountAmount', 'Max Discount Amount'],
	]) {
		if (!isBlank(input[key])) requireDecimal(ctx, itemIndex, input[key], { field: label, currency: 'USD' });
	}
	if (input.maxUses !== undefined) out.max_uses = requireInteger(ctx, itemIndex, 'Max Uses', input.maxUses, { min: 0 });
	if (input.maxPerCustomer !== undefined) {
		out.max_per_customer = requireInteger(ctx, itemIndex, 'Max Uses Per Customer', input.maxPerCustomer, { min: 0 });
	}
	const lists: Array<[string, string, string]> = [
		['includedVariations', 'included_products', 'Included Variation IDs'],
		['excludedVariations', 'excluded_products', 'Excluded Variation IDs'],
		['includedCategories', 'included_categories', 'Included Category IDs'],
		['excludedCategories', 'excluded_categories', 'Excluded Category IDs'],
	];
	for (const [option, key, label] of lists) {
		if (input[option] !== undefined) out[key] = idList(ctx, itemIndex, label, input[option]);
	}
	if (input.emailRestrictions !== undefined) out.email_restrictions = String(input.emailRestrictions).trim();
	if (input.isRecurring !== undefined) out.is_recurring = input.isRecurring === true ? 'yes' : 'no';
	if (!isBlank(input.minPurchaseAmount)) {
		out.min_purchase_amount = await userDecimal(ctx, itemIndex, input.minPurchaseAmount, 'Min Purchase Amount');
	} else if (input.minPurchaseAmount !== undefined) {
		out.min_purchase_amount = 0;
	}
	if (!isBlank(input.maxDiscountAmount)) {
		out.max_discount_amount = await userDecimal(ctx, itemIndex, input.maxDiscountAmount, 'Max Discount Amount');
	} else if (input.maxDiscountAmount !== undefined) {
		out.max_discount_amount = 0;
	}
	return out;
}

export interface CouponFields {
	title?: unknown;
	code?: unknown;
	type?: unknown;
	status?: unknown;
	stackable?: unknown;
	showOnCheckout?: unknown;
	notes?: unknown;
	priority?: unknown;
	startDate?: unknown;
	endDate?: unknown;
}

/** The plain (non-money) coupon fields, checked, in FluentCart's names; only those present. */
export function plainCouponFields(ctx: IExecuteFunctions, itemIndex: number, fields: CouponFields): IDataObject {
	const out: IDataObject = {};
	if (fields.title !== undefined) {
		const title = String(fields.title).trim();
		if (title === '') throw inputError(ctx, itemIndex, 'Title is empty', 'Enter a title for the coupon.');
		if (title.length > 200) throw inputError(ctx, itemIndex, `Title is longer than 200 characters (${title.length})`);
		out.title = title;
	}
	if (fields.code !== undefined) {
		const code = String(fields.code).trim();
		if (code === '') throw inputError(ctx, itemIndex, 'Code is empty', 'Enter the code customers type at checkout, e.g. SUMMER10.');
		if (code.length > 50) throw inputError(ctx, itemIndex, `Code is longer than 50 characters (${code.length})`);
		out.code = code;
	}
	if (fields.type !== undefined) out.type = requireOneOf(ctx, itemIndex, 'Type', fields.type, COUPON_TYPES);
	if (fields.status !== undefined) out.status = requireOneOf(ctx, itemIndex, 'Status', fields.status, COUPON_STATUSES);
	if (fields.stackable !== undefined) out.stackable = fields.stackable === true ? 'yes' : 'no';
	if (fields.showOnCheckout !== undefined) out.show_on_checkout = fields.showOnCheckout === true ? 'yes' : 'no';
	if (fields.notes !== undefined) out.notes = String(fields.notes);
	if (fields.priority !== undefined) out.priority = requireInteger(ctx, itemIndex, 'Priority', fields.priority, { min: 0 });
	if (!isBlank(fields.startDate)) out.start_date = couponDate(ctx, itemIndex, 'Start Date', fields.startDate);
	if (!isBlank(fields.endDate)) out.end_date = couponDate(ctx, itemIndex, 'End Date', fields.endDate);
	return out;
}

/** FluentCart refuses an end date that is not after the start date. */
export function checkDates(ctx: IExecuteFunctions, itemIndex: number, start: unknown, end: unknown) {
	if (typeof end !== 'string' || end === '') return;
	const startMs = typeof start === 'string' && start !== '' ? Date.parse(`${start.replace(' ', 'T')}Z`) : NaN;
	if (!Number.isNaN(startMs) && Date.parse(`${end.replace(' ', 'T')}Z`) <= startMs) {
		throw inputError(ctx, itemIndex, `End Date (${end}) must be after Start Date (${start})`);
	}
}
