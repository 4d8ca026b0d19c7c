/** Product → Update Inventory and Duplicate. */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { FluentCartApiError, fluentCartRequest } from '../../../shared/transport';
import { outputAfterWrite } from '../../../shared/read-back';
import { inputError, requireInteger } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { variationOutput } from '../variation/helpers';
import { checkStock } from '../variation/input';
import { fetchPricing, productOutput } from './helpers';

/**
 * `PUT products/{id}/update-inventory/{variationId}` sets one variation's stock and switches
 * stock management on for every variation of the product. FluentCart does not check that the
 * variation belongs to the product, so we do.
 */
export async function updateInventory(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product ID');
	const variationId = readId(this, 'variationId', i, 'Variation ID');
	const total = requireInteger(this, i, 'Total Stock', this.getNodeParameter('totalStock', i), { min: 0 });
	const available = requireInteger(this, i, 'Available Stock', this.getNodeParameter('availableStock', i), { min: 0 });
	checkStock(this, i, total, available);

	const product = await fetchPricing(this, productId, i);
	const variants = (Array.isArray(product.variants) ? product.variants : []) as IDataObject[];
	if (!variants.some((v) => Number(v.id) === variationId)) {
		throw inputError(
			this,
			i,
			`Variation ${variationId} is not a variation of product ${productId}`,
			variants.length
				? `Variations of this product: ${variants.map((v) => `${String(v.id)} (${String(v.variation_title)})`).join(', ')}.`
				: 'This product has no variation.',
		);
	}
	const response = await fluentCartRequest(this, {
		method: 'PUT',
		path: `products/${productId}/update-inventory/${variationId}`,
		body: { total_stock: total, available },
		itemIndex: i,
	});
	const build = (after: IDataObject) => {
		const variation = ((after.variants ?? []) as IDataObject[]).find((v) => Number(v.id) === variationId) ?? {};
		return { ...variationOutput(this, variation, i), message: response.message };
	};
	const done = `The stock of variation ${variationId} was updated`;
	return await outputAfterWrite(this, i, done, async () => await fetchPricing(this, productId, i), build, {
		id: variationId,
		post_id: productId,
		message: response.message,
	});
}

/** `POST products/{id}/duplicate`: a draft copy (without SKUs), returned in full. */
export async function duplicate(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product ID');
	const options = this.getNodeParameter('duplicateOptions', i, {}) as IDataObject;
	let response: IDataObject;
	try {
		response = await fluentCartRequest(this, {
			method: 'POST',
			path: `products/${productId}/duplicate`,
			body: {
				import_stock_management: options.importStockManagement === true,
				import_license_settings: options.importLicenseSettings === true,
				import_downloadable_files: options.importDownloadableFiles === true,
			},
			itemIndex: i,
		});
	} catch (error) {
		// FluentCart answers a missing product here with a plain 422 "Product not found".
		if (error instanceof FluentCartApiError && error.failureInfo.fluentCartMessage === 'Product not found') {
			throw new NodeApiError(this.getNode(), { httpCode: 404, kind: 'not_found' } as JsonObject, {
				message: 'The product was not found',
				description: `FluentCart has no product with ID ${productId}. Check the ID, or pick the product from the list.`,
				httpCode: '404',
				itemIndex: i,
			});
		}
		throw new NodeApiError(this.getNode(), error as JsonObject, { itemIndex: i });
	}
	const copyId = Number(response.product_id);
	const build = (copy: IDataObject) => ({ ...productOutput(this, copy, i), duplicated_from: productId });
	return await outputAfterWrite(this, i, `Product ${productId} was duplicated as product ${copyId}`, async () => await fetchPricing(this, copyId, i), build, {
		id: copyId,
		duplicated_from: productId,
	});
}
