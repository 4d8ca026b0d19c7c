/** Create a coupon, then read it back in the stored shape. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { outputAfterWrite } from '../../../shared/read-back';
import {
	checkAmountSyntax,
	checkDates,
	conditionsFromInput,
	couponAmount,
	couponOutput,
	fetchCoupon,
	plainCouponFields,
} from './helpers';

export async function create(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const conditionsInput = this.getNodeParameter('couponConditions', i, {}) as IDataObject;
	// Every check before the first request.
	const plain = plainCouponFields(this, i, {
		title: this.getNodeParameter('title', i),
		code: this.getNodeParameter('code', i),
		type: this.getNodeParameter('type', i),
		status: this.getNodeParameter('status', i),
		stackable: this.getNodeParameter('stackable', i, false),
		showOnCheckout: this.getNodeParameter('showOnCheckout', i, false),
		notes: additional.notes,
		priority: additional.priority,
		startDate: additional.startDate,
		endDate: additional.endDate,
	});
	checkDates(this, i, plain.start_date, plain.end_date);
	const type = String(plain.type);
	const amountInput = this.getNodeParameter('amount', i, '');
	checkAmountSyntax(this, i, type, amountInput);
	const conditions = await conditionsFromInput(this, i, conditionsInput);

	const body: IDataObject = {
		title: plain.title,
		code: plain.code,
		type,
		amount: await couponAmount(this, i, type, amountInput),
		status: plain.status,
		stackable: plain.stackable,
		show_on_checkout: plain.show_on_checkout,
	};
	for (const key of ['priority', 'notes', 'start_date', 'end_date']) {
		if (plain[key] !== undefined) body[key] = plain[key];
	}
	// Always sent: from FluentCart 1.4 a coupon without notes fails (its column is NOT NULL).
	body.notes ??= '';
	// Without conditions FluentCart stores {min_purchase_amount: 0}; with any, it fills in the rest.
	if (Object.keys(conditions).length > 0) body.conditions = { min_purchase_amount: 0, ...conditions };

	const created = await fluentCartRequest(this, { method: 'POST', path: 'coupons', body, itemIndex: i });
	const id = Number((created.data as IDataObject | undefined)?.id);
	return await outputAfterWrite(this, i, `Coupon ${id} was created`, async () => await fetchCoupon(this, id, i), couponOutput, {
		id,
		code: body.code,
	});
}
