/** Variation → Create: a new price option of a product (`POST products/variants`). */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { decimalToUnit } from '../../../shared/money';
import { moneyUnit } from '../../../shared/profile';
import { fluentCartRequest } from '../../../shared/transport';
import { inputError } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { fetchPricing } from '../product/helpers';
import { checkStoredPrice } from '../product/price-check';
import { variationOutput } from './helpers';
import {
	applySubscription,
	BILLING_INTERVALS,
	checkComparePrice,
	checkStock,
	checkVariationInput,
	readVariationMoney,
} from './input';

export async function create(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product ID');
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const fields: IDataObject = {
		...additional,
		title: this.getNodeParameter('variationTitle', i, ''),
		price: this.getNodeParameter('price', i, ''),
		paymentType: this.getNodeParameter('paymentType', i, 'onetime'),
		billingInterval: this.getNodeParameter('billingInterval', i, ''),
	};
	const input = checkVariationInput(this, i, fields);
	if (fields.price === undefined || String(fields.price).trim() === '') {
		throw inputError(this, i, 'Price is empty', 'Enter the price as a decimal in the store currency, e.g. 19.99 (0 for free).');
	}
	if (input.paymentType === 'subscription' && !input.billingInterval) {
		throw inputError(this, i, 'Billing Interval is required for a subscription', `Use one of: ${BILLING_INTERVALS.join(', ')}.`);
	}
	// Stock is required by FluentCart, even for digital products: default to nothing held by orders.
	const total = input.totalStock ?? input.available ?? 0;
	const available = input.available ?? total;
	checkStock(this, i, total, available);
	// The syntax is checked already; compare before the currency may have to be looked up.
	const compare = Number(fields.compareAtPrice ?? 0);
	checkComparePrice(this, i, Number(fields.price), compare > 0 ? compare : undefined);
	// The unit before anything is sent: an unknown version refuses here.
	const unit = await moneyUnit(this, 'variationPrice', i);
	await readVariationMoney(this, i, fields, input);
	const info: IDataObject = {};
	applySubscription(this, i, info, input, unit);

	// Also proves the product exists, and gives its fulfillment type as the default.
	const product = await fetchPricing(this, productId, i);
	const detail = (product.detail ?? {}) as IDataObject;
	if (input.description) info.description = input.description;

	const variant: IDataObject = { post_id: productId, variation_title: input.title };
	if (input.sku) variant.sku = input.sku;
	variant.item_price = decimalToUnit(input.price ?? 0, unit);
	if (input.compareAtPrice) variant.compare_price = decimalToUnit(input.compareAtPrice, unit);
	variant.fulfillment_type = input.fulfillmentType ?? detail.fulfillment_type ?? 'physical';
	variant.total_stock = total;
	variant.available = available;
	variant.committed = 0;
	variant.on_hold = 0;
	if (input.manageStock !== undefined) {
		variant.manage_stock = input.manageStock ? 1 : 0;
		// Required by FluentCart when stock is managed (it recomputes it anyway).
		if (input.manageStock) variant.stock_status = available > 0 ? 'in-stock' : 'out-of-stock';
	}
	variant.other_info = { payment_type: 'onetime', ...info };

	const response = await fluentCartRequest(this, {
		method: 'POST',
		path: 'products/variants',
		body: { variants: variant },
		itemIndex: i,
	});
	if (detail.variation_type === 'simple' && Array.isArray(product.variants) && product.variants.length > 0) {
		this.addExecutionHints({
			message: `Product ${productId} is a simple product: its storefront shows only its first variation. To sell several, switch the product's pricing to variations in FluentCart.`,
			location: 'outputPane',
		});
	}
	const stored = response.data as IDataObject;
	checkStoredPrice(this, i, stored, input.price ?? 0, `the new variation of product ${productId}`);
	return variationOutput(this, stored, i);
}
