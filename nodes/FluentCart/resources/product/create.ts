/**
 * Product → Create: FluentCart's product with its one variation, priced when a price is given
 * (FluentCart's create takes no price: the price is written through the product's pricing
 * update), then the product read back.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { moneyUnit } from '../../../shared/profile';
import { fluentCartRequest } from '../../../shared/transport';
import { outputAfterWrite } from '../../../shared/read-back';
import { inputError, requireDecimal, requireOneOf } from '../../../shared/validation';
import { userDecimal } from '../../../shared/amounts';
import { checkComparePrice } from '../variation/input';
import { fetchPricing, PRODUCT_STATUSES, productOutput } from './helpers';
import { checkStoredPrice } from './price-check';
import { writeProduct } from './update';

const given = (value: unknown) => value !== undefined && value !== null && String(value).trim() !== '';

export async function create(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const title = String(this.getNodeParameter('title', i, '') ?? '').trim();
	const fulfillment = this.getNodeParameter('fulfillmentType', i, 'physical');
	const priceInput = this.getNodeParameter('price', i, '') as unknown;
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	if (!title) throw inputError(this, i, 'Title is empty', 'Every FluentCart product needs a title.');
	if (title.length > 200) throw inputError(this, i, `Title is ${title.length} characters long; FluentCart allows at most 200`);
	const body: IDataObject = { post_title: title };
	if (additional.status !== undefined && additional.status !== '') {
		body.post_status = requireOneOf(this, i, 'Status', additional.status, PRODUCT_STATUSES);
	}
	// variation_type "simple": from FluentCart 1.5 a product created without it has no variation.
	body.detail = {
		fulfillment_type: requireOneOf(this, i, 'Fulfillment Type', fulfillment, ['physical', 'digital']),
		variation_type: 'simple',
	};
	if (given(priceInput)) requireDecimal(this, i, priceInput, { field: 'Price', currency: 'USD' });
	if (given(additional.compareAtPrice)) {
		requireDecimal(this, i, additional.compareAtPrice, { field: 'Compare-at Price', currency: 'USD' });
		const compare = Number(additional.compareAtPrice);
		checkComparePrice(this, i, given(priceInput) ? Number(priceInput) : 0, compare > 0 ? compare : undefined);
	}
	const priced = Number(priceInput || 0) > 0 || Number(additional.compareAtPrice || 0) > 0;
	// The unit before anything is sent: an unknown version refuses here.
	const unit = priced ? await moneyUnit(this, 'productPricing', i) : undefined;
	const price = given(priceInput) ? await userDecimal(this, i, priceInput, 'Price') : 0;
	const compare = given(additional.compareAtPrice) ? await userDecimal(this, i, additional.compareAtPrice, 'Compare-at Price') : 0;

	const created = await fluentCartRequest(this, { method: 'POST', path: 'products', body, itemIndex: i });
	// FluentCart answers {ID, variant, product_details: null}.
	const data = (created.data ?? {}) as IDataObject;
	const productId = Number(data.ID);
	if (!data.variant) {
		throw inputError(
			this,
			i,
			`FluentCart created product ${productId} without a variation, so it cannot be sold`,
			'Add a variation with Variation → Create, or delete the product and try again.',
		);
	}
	if (unit) {
		try {
			await writeProduct(this, i, productId, { price, compareAtPrice: compare > 0 ? compare : undefined }, unit);
		} catch (error) {
			throw inputError(
				this,
				i,
				`Product ${productId} was created, but its price was not set: ${(error as Error).message}`,
				`Set the price with Product → Update (product ${productId}) instead of creating the product again.`,
			);
		}
	}
	const build = (product: IDataObject) => {
		if (unit) checkStoredPrice(this, i, product, price, `product ${productId}`);
		return productOutput(this, product, i);
	};
	// Without the read-back the stored price cannot be checked: the marker says to look.
	return await outputAfterWrite(this, i, `Product ${productId} was created`, async () => await fetchPricing(this, productId, i), build, {
		id: productId,
	});
}
