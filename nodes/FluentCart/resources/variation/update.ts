/**
 * Variation → Update. FluentCart's `POST products/variants/{id}` replaces the whole variation
 * (stock fields left out are overwritten, images left out are deleted) and takes the id from the
 * body, not from the URL. So we read the variation as FluentCart has it, change the user's fields,
 * and send the complete record back. Stock goes back as read, so the variation is read again just
 * before the write and the update is refused when anything moved (see `write-guard`).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { decimalToUnit, unitToDecimal } from '../../../shared/money';
import { moneyUnit } from '../../../shared/profile';
import { fluentCartRequest } from '../../../shared/transport';
import { inputError } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { rereadUnchanged } from '../../../shared/write-guard';
import { checkStoredPrice } from '../product/price-check';
import { fetchVariation, variationOutput, wholeVariationBody } from './helpers';
import { applySubscription, checkComparePrice, checkStock, checkVariationInput, readVariationMoney } from './input';

export async function update(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const variationId = readId(this, 'variationId', i, 'Variation ID');
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	if (Object.keys(fields).length === 0) {
		throw inputError(this, i, 'Update Fields is empty', 'Add at least one field to change.');
	}
	const input = checkVariationInput(this, i, fields);
	// The unit before anything is sent: an unknown version refuses here.
	const unit = await moneyUnit(this, 'variationPrice', i);
	await readVariationMoney(this, i, fields, input);

	// Raw: send back exactly what FluentCart has (its numeric strings included).
	const current = await fetchVariation(this, variationId, i, true);
	const body = wholeVariationBody(current, unit);
	if (input.title !== undefined) body.variation_title = input.title;
	if (input.sku !== undefined) body.sku = input.sku;
	if (input.price !== undefined) body.item_price = decimalToUnit(input.price, unit);
	if (input.compareAtPrice !== undefined) {
		if (input.compareAtPrice === null) delete body.compare_price;
		else body.compare_price = decimalToUnit(input.compareAtPrice, unit);
	}
	const price = unitToDecimal(body.item_price, unit);
	checkComparePrice(this, i, price, body.compare_price === undefined ? undefined : unitToDecimal(body.compare_price, unit));
	if (input.fulfillmentType !== undefined) body.fulfillment_type = input.fulfillmentType;

	const total = input.totalStock ?? Number(body.total_stock ?? 0);
	const available = input.available ?? Number(body.available ?? 0);
	if (input.totalStock !== undefined || input.available !== undefined) checkStock(this, i, total, available);
	body.total_stock = total;
	body.available = available;
	body.committed ??= 0;
	body.on_hold ??= 0;
	if (input.manageStock !== undefined) body.manage_stock = input.manageStock ? 1 : 0;
	if (Number(body.manage_stock) === 1) body.stock_status = available > 0 ? 'in-stock' : 'out-of-stock';

	const info = body.other_info as IDataObject;
	if (input.description !== undefined) info.description = input.description;
	applySubscription(this, i, info, input, unit);

	await rereadUnchanged(this, i, {
		what: `Variation ${variationId}`,
		before: current,
		reread: async () => await fetchVariation(this, variationId, i, true),
		sentBack: (variation) => wholeVariationBody(variation, unit),
	});
	const response = await fluentCartRequest(this, {
		method: 'POST',
		path: `products/variants/${variationId}`,
		body: { variants: body },
		itemIndex: i,
	});
	const stored = response.data as IDataObject;
	checkStoredPrice(this, i, stored, price, `variation ${variationId}`);
	return variationOutput(this, stored, i);
}
