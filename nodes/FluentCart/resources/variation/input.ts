/**
 * The variation fields a user types (Create's fields and Update's Update Fields share names),
 * checked before any request and turned into FluentCart's values. Money is typed as decimals and
 * sent in the unit the site's FluentCart takes (decimals before 1.6.2, cents from 1.6.2).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError, requireDecimal, requireInteger, requireOneOf } from '../../../shared/validation';
import { userDecimal } from '../../../shared/amounts';
import { decimalToUnit } from '../../../shared/money';
import type { MoneyUnit } from '../../../shared/money';

export const BILLING_INTERVALS = ['daily', 'weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly'] as const;

export interface VariationInput {
	title?: string;
	sku?: string;
	price?: number;
	/** null: remove the compare-at price. */
	compareAtPrice?: number | null;
	description?: string;
	fulfillmentType?: string;
	manageStock?: boolean;
	totalStock?: number;
	available?: number;
	paymentType?: string;
	billingInterval?: string;
	installments?: number;
	trialDays?: number;
	/** null: no setup fee. */
	setupFee?: number | null;
	setupFeeName?: string;
}

const given = (value: unknown) => value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

function limitedText(ctx: IExecuteFunctions, i: number, field: string, value: unknown, max: number): string {
	const text = String(value ?? '').trim();
	if (text.length > max) {
		throw inputError(ctx, i, `${field} is ${text.length} characters long; FluentCart allows at most ${max}`);
	}
	return text;
}

/** Everything that can be checked without a request: syntax, ranges, lengths, choices. */
export function checkVariationInput(ctx: IExecuteFunctions, i: number, fields: IDataObject): VariationInput {
	const out: VariationInput = {};
	if (fields.title !== undefined) {
		out.title = limitedText(ctx, i, 'Title', fields.title, 200);
		if (!out.title) throw inputError(ctx, i, 'Title is empty', 'Every variation needs a title, e.g. "Large" or "Yearly".');
	}
	if (fields.sku !== undefined) out.sku = limitedText(ctx, i, 'SKU', fields.sku, 30);
	if (fields.description !== undefined) out.description = limitedText(ctx, i, 'Description', fields.description, 255);
	for (const [name, label] of [
		['price', 'Price'],
		['compareAtPrice', 'Compare-at Price'],
		['setupFee', 'Setup Fee'],
	] as const) {
		if (given(fields[name])) requireDecimal(ctx, i, fields[name], { field: label, currency: 'USD' });
	}
	if (fields.fulfillmentType !== undefined && fields.fulfillmentType !== '') {
		out.fulfillmentType = requireOneOf(ctx, i, 'Fulfillment Type', fields.fulfillmentType, ['physical', 'digital']);
	}
	if (fields.manageStock !== undefined) out.manageStock = fields.manageStock === true;
	if (given(fields.totalStock)) out.totalStock = requireInteger(ctx, i, 'Total Stock', fields.totalStock, { min: 0 });
	if (given(fields.availableStock)) out.available = requireInteger(ctx, i, 'Available Stock', fields.availableStock, { min: 0 });
	if (fields.paymentType !== undefined) {
		out.paymentType = requireOneOf(ctx, i, 'Payment Type', fields.paymentType, ['onetime', 'subscription']);
	}
	if (fields.billingInterval !== undefined && fields.billingInterval !== '') {
		out.billingInterval = requireOneOf(ctx, i, 'Billing Interval', fields.billingInterval, BILLING_INTERVALS);
	}
	if (given(fields.installments)) out.installments = requireInteger(ctx, i, 'Installments', fields.installments, { min: 0 });
	if (given(fields.trialDays)) out.trialDays = requireInteger(ctx, i, 'Trial Days', fields.trialDays, { min: 0, max: 365 });
	if (fields.setupFeeName !== undefined) out.setupFeeName = limitedText(ctx, i, 'Setup Fee Name', fields.setupFeeName, 100);
	return out;
}

/** The money fields, checked against the store currency (one lookup at most, when a fraction is typed). */
export async function readVariationMoney(
	ctx: IExecuteFunctions,
	i: number,
	fields: IDataObject,
	out: VariationInput,
): Promise<VariationInput> {
	if (given(fields.price)) out.price = await userDecimal(ctx, i, fields.price, 'Price');
	if (given(fields.compareAtPrice)) {
		const compare = await userDecimal(ctx, i, fields.compareAtPrice, 'Compare-at Price');
		out.compareAtPrice = compare === 0 ? null : compare;
	}
	if (given(fields.setupFee)) {
		const fee = await userDecimal(ctx, i, fields.setupFee, 'Setup Fee');
		out.setupFee = fee === 0 ? null : fee;
	}
	return out;
}

/** FluentCart refuses a compare-at price below the price (422); say so before sending. */
export function checkComparePrice(ctx: IExecuteFunctions, i: number, price: number, compare: number | null | undefined) {
	if (compare !== null && compare !== undefined && compare < price) {
		throw inputError(
			ctx,
			i,
			`Compare-at Price (${compare}) is lower than the Price (${price})`,
			'The compare-at price is the old price shown crossed out, so it must be at least the price. Use 0 to remove it.',
		);
	}
}

/** Available stock cannot be more than the total stock. */
export function checkStock(ctx: IExecuteFunctions, i: number, total: number, available: number) {
	if (available > total) {
		throw inputError(
			ctx,
			i,
			`Available Stock (${available}) is more than Total Stock (${total})`,
			'Total stock counts the available units plus the ones held by orders, so it is at least the available stock.',
		);
	}
}

/** Applies the subscription fields to a variation's `other_info` (FluentCart's names; the fee in `unit`). */
export function applySubscription(ctx: IExecuteFunctions, i: number, info: IDataObject, input: VariationInput, unit: MoneyUnit) {
	if (input.paymentType) info.payment_type = input.paymentType;
	if (info.payment_type !== 'subscription') return;
	if (input.billingInterval) info.repeat_interval = input.billingInterval;
	if (!info.repeat_interval) {
		throw inputError(ctx, i, 'Billing Interval is required for a subscription', `Use one of: ${BILLING_INTERVALS.join(', ')}.`);
	}
	if (input.installments !== undefined) info.times = input.installments === 0 ? '' : input.installments;
	if (input.trialDays !== undefined) info.trial_days = input.trialDays === 0 ? '' : input.trialDays;
	info.times ??= '';
	info.trial_days ??= '';
	if (input.setupFee !== undefined) {
		if (input.setupFee === null) {
			info.manage_setup_fee = 'no';
		} else {
			info.manage_setup_fee = 'yes';
			info.signup_fee = decimalToUnit(input.setupFee, unit);
		}
	}
	if (input.setupFeeName !== undefined) info.signup_fee_name = input.setupFeeName;
	info.manage_setup_fee ??= 'no';
	if (info.manage_setup_fee === 'yes') {
		if (!info.signup_fee_name) info.signup_fee_name = 'Setup Fee';
	} else {
		delete info.signup_fee;
		delete info.signup_fee_name;
	}
}
