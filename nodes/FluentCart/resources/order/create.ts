/** Create an order: FluentCart's manual order, then the full order read back. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { centsToDecimal, parseDecimal } from '../../../shared/money';
import { fluentCartRequest } from '../../../shared/transport';
import { inputError, requireDecimal, requireInteger, requirePositiveId } from '../../../shared/validation';
import { userDecimalToCents } from '../../../shared/amounts';
import { findVariation } from '../../../shared/catalog';
import { optionalId } from '../../../shared/locators';
import { readBackAfterWrite } from '../../../shared/read-back';
import { noteCreatedCustomer, readOrderCustomer, resolveOrderCustomer, rethrow } from './create-customer';
import { attachNote, fulfilmentReport, noteReport } from './create-followups';
import { fetchOrder, orderOutput } from './helpers';

interface LineItemInput {
	variationId?: unknown;
	quantity?: unknown;
	unitPrice?: unknown;
}

const isBlank = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export async function create(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const lines = this.getNodeParameter('lineItems.item', i, []) as LineItemInput[];
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const customerInput = readOrderCustomer(this, i);
	if (!Array.isArray(lines) || lines.length === 0) {
		throw inputError(this, i, 'Line Items is empty', 'Add at least one line item with a variation.');
	}

	// Check every field before the first request.
	const checked = lines.map((line, n) => ({
		variationId: requirePositiveId(this, i, `Line item ${n + 1} Variation ID`, line.variationId),
		quantity: requireInteger(this, i, `Line item ${n + 1} Quantity`, line.quantity ?? 1, { min: 1 }),
		unitPrice: isBlank(line.unitPrice) ? undefined : line.unitPrice,
	}));
	for (const [n, line] of checked.entries()) {
		if (line.unitPrice !== undefined) {
			requireDecimal(this, i, line.unitPrice, { field: `Line item ${n + 1} Unit Price`, currency: 'USD' });
		}
	}
	if (!isBlank(additional.shippingTotal)) {
		requireDecimal(this, i, additional.shippingTotal, { field: 'Shipping Total', currency: 'USD' });
	}
	const discountType = (additional.discountType as string) ?? 'fixed';
	if (!isBlank(additional.discountValue)) {
		const value = requireDecimal(this, i, additional.discountValue, { field: 'Discount', currency: 'USD' });
		if (discountType === 'percentage' && value > 100) {
			throw inputError(this, i, `Discount must be 100 % or less, got ${value}`);
		}
	}
	// Empty (or 0, which earlier versions stored) copies no address.
	const billingAddressId = optionalId(this, additional.billingAddressId, i, 'Billing Address ID');
	const shippingAddressId = optionalId(this, additional.shippingAddressId, i, 'Shipping Address ID');

	const orderItems: IDataObject[] = [];
	const physicalTitles: string[] = [];
	let subtotalCents = 0;
	for (const [n, line] of checked.entries()) {
		const variation = await findVariation(this, line.variationId, i);
		if (!variation) {
			throw inputError(
				this,
				i,
				`Line item ${n + 1}: variation ${line.variationId} does not exist in FluentCart`,
				'Pick the variation from the list, or check the ID under Products → the product → Pricing.',
			);
		}
		const paymentType = String(variation.payment_type ?? (variation.other_info as IDataObject)?.payment_type ?? 'onetime');
		if (paymentType === 'subscription') {
			throw inputError(
				this,
				i,
				`Line item ${n + 1}: "${String(variation.variation_title)}" is a subscription variation, and FluentCart does not accept subscriptions in manual orders`,
				'Sell subscriptions through the FluentCart checkout instead.',
			);
		}
		// FluentCart charges the unit_price it is sent (in cents); default to the current price.
		const unitPrice =
			line.unitPrice === undefined
				? Number(variation.item_price)
				: await userDecimalToCents(this, i, line.unitPrice, `Line item ${n + 1} Unit Price`);
		subtotalCents += unitPrice * line.quantity;
		if (variation.fulfillment_type === 'physical') physicalTitles.push(String(variation.variation_title ?? line.variationId));
		orderItems.push({
			post_id: Number(variation.post_id),
			object_id: line.variationId,
			quantity: line.quantity,
			unit_price: unitPrice,
			other_info: { payment_type: paymentType },
		});
	}

	// Found or created by email only now, after every check and read: a customer is never created
	// for an order that would be refused.
	const customer = await resolveOrderCustomer(this, i, customerInput);
	const customerReport = customer.created === undefined ? {} : { customer_created: customer.created };
	const body: IDataObject = { customer_id: customer.customerId, order_items: orderItems };
	// Always sent: from FluentCart 1.4 an order without it fails (its column is NOT NULL).
	body.shipping_total = isBlank(additional.shippingTotal)
		? 0
		: await userDecimalToCents(this, i, additional.shippingTotal, 'Shipping Total');
	if (!isBlank(additional.discountValue)) {
		const value = parseDecimal(additional.discountValue, { field: 'Discount' });
		// FluentCart takes the manual discount as a decimal amount and spreads it over the items.
		const amount =
			discountType === 'percentage'
				? Math.round(subtotalCents * value) / 10000
				: centsToDecimal(await userDecimalToCents(this, i, additional.discountValue, 'Discount'));
		if (amount * 100 > subtotalCents) {
			throw inputError(this, i, `Discount (${amount}) is larger than the items' subtotal (${subtotalCents / 100})`);
		}
		body.discount = {
			type: 'fixed',
			value: amount,
			label: discountType === 'percentage' ? `${value}%` : 'Discount',
			reason: (additional.discountReason as string) ?? '',
		};
	}
	// FluentCart's create ignores a note; it is attached after the order exists.
	const note = isBlank(additional.note) ? undefined : String(additional.note);
	if (billingAddressId !== undefined) body.billing_address_id = billingAddressId;
	if (shippingAddressId !== undefined) body.shipping_address_id = shippingAddressId;

	let created: IDataObject;
	try {
		created = await fluentCartRequest(this, { method: 'POST', path: 'orders', body, itemIndex: i });
	} catch (error) {
		if (customerInput.by === 'email') noteCreatedCustomer(error, customer, customerInput.email);
		rethrow(this, error, i);
	}
	const orderId = Number(created.order_id);
	const attachError = note === undefined ? undefined : await attachNote(this, orderId, note, i);
	// FluentCart answers only {order_id, uuid}: read the order back.
	const read = await readBackAfterWrite(this, i, `Order ${orderId} was created`, async () => await fetchOrder(this, orderId, i));
	if (read.failed) {
		return {
			id: orderId,
			uuid: created.uuid,
			customer_id: customer.customerId,
			...customerReport,
			...read.failed,
			...(note === undefined ? {} : { note_attached: attachError === undefined }),
		};
	}
	const order = read.value;
	const output = orderOutput(this, order, i);
	const report = {
		...(note === undefined ? {} : noteReport(order, note, attachError)),
		...fulfilmentReport(physicalTitles, order),
	};
	return { ...output, ...customerReport, ...report };
}
