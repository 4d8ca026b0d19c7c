/**
 * Update a coupon. FluentCart's `PUT coupons/{id}` validates the whole body again and writes every
 * field, setting the ones left out to empty (priority, notes, dates) and the conditions to their
 * defaults. So we read the coupon raw, convert what it returns in cents back to the decimals
 * FluentCart takes, change the user's fields and send the whole coupon, after reading it again just
 * before the write and refusing when anything moved (see `write-guard`).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { centsToDecimal } from '../../../shared/money';
import { fluentCartRequest } from '../../../shared/transport';
import { outputAfterWrite } from '../../../shared/read-back';
import { inputError } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { rereadUnchanged } from '../../../shared/write-guard';
import {
	checkAmountSyntax,
	checkDates,
	conditionsFromInput,
	couponAmount,
	couponOutput,
	fetchCoupon,
	plainCouponFields,
	ZERO_DATE,
} from './helpers';

const realDate = (value: unknown) => (typeof value === 'string' && value !== '' && value !== ZERO_DATE ? value : null);

/** Conditions FluentCart returns in cents but takes as decimals. */
const CENT_CONDITIONS = ['min_purchase_amount', 'max_discount_amount'] as const;

/** The body that keeps the coupon exactly as it is (money back in the units FluentCart takes). */
export function wholeCouponBody(coupon: IDataObject): IDataObject {
	const percentage = coupon.type === 'percentage';
	const amount = Number(coupon.amount ?? 0);
	const body: IDataObject = {
		title: coupon.title,
		code: coupon.code,
		type: coupon.type,
		amount: percentage ? amount : centsToDecimal(amount),
		status: coupon.status,
		stackable: coupon.stackable,
		show_on_checkout: coupon.show_on_checkout,
		priority: coupon.priority ?? null,
		notes: coupon.notes ?? '',
		start_date: realDate(coupon.start_date),
		end_date: realDate(coupon.end_date),
	};
	const conditions = coupon.conditions;
	if (conditions && typeof conditions === 'object' && !Array.isArray(conditions)) {
		const copy: IDataObject = { ...(conditions as IDataObject) };
		const keys = Object.keys(copy);
		// {min_purchase_amount: 0} is what FluentCart stores when no conditions are sent: keep it so.
		const onlyDefault = keys.every((key) => key === 'min_purchase_amount') && !Number(copy.min_purchase_amount);
		if (!onlyDefault) {
			for (const key of CENT_CONDITIONS) {
				if (copy[key] !== undefined && copy[key] !== null) copy[key] = centsToDecimal(Number(copy[key]));
			}
			body.conditions = copy;
		}
	}
	return body;
}

export async function update(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const couponId = readId(this, 'couponId', i, 'Coupon ID');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const conditionsInput = this.getNodeParameter('couponConditions', i, {}) as IDataObject;
	if (Object.keys(fields).length === 0 && Object.keys(conditionsInput).length === 0) {
		throw inputError(this, i, 'Update Fields and Conditions are empty', 'Add at least one field or condition to change.');
	}
	// Every check before the first request.
	const { amount: amountInput, ...rest } = fields;
	const changes = plainCouponFields(this, i, rest);
	checkAmountSyntax(this, i, changes.type as string | undefined, amountInput);
	const conditions = await conditionsFromInput(this, i, conditionsInput);

	// Raw: FluentCart's own values (numeric strings, cents) to convert and send back.
	const coupon = await fetchCoupon(this, couponId, i, true);
	const body = { ...wholeCouponBody(coupon), ...changes };
	const type = String(body.type);
	if (amountInput !== undefined && String(amountInput).trim() !== '') {
		body.amount = await couponAmount(this, i, type, amountInput);
	} else if ((coupon.type === 'percentage') !== (type === 'percentage')) {
		throw inputError(
			this,
			i,
			`Changing the type from ${String(coupon.type)} to ${type} needs a new Amount`,
			'A percentage coupon takes a percent, the other types a decimal amount: set Amount in Update Fields.',
		);
	}
	if (Object.keys(conditions).length > 0) {
		body.conditions = { min_purchase_amount: 0, ...((body.conditions as IDataObject | undefined) ?? {}), ...conditions };
	}
	checkDates(this, i, body.start_date, body.end_date);

	await rereadUnchanged(this, i, {
		what: `Coupon ${couponId}`,
		before: coupon,
		reread: async () => await fetchCoupon(this, couponId, i, true),
		sentBack: wholeCouponBody,
	});
	await fluentCartRequest(this, { method: 'PUT', path: `coupons/${couponId}`, body, itemIndex: i });
	// The update answer carries PHP DateTime objects: read the stored coupon back instead.
	return await outputAfterWrite(this, i, `Coupon ${couponId} was updated`, async () => await fetchCoupon(this, couponId, i), couponOutput, {
		id: couponId,
	});
}
