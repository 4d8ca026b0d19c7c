/** Product → Create: FluentCart's product with its default variation, then the product read back. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { inputError, requireOneOf } from '../../../shared/validation';
import { fetchPricing, PRODUCT_STATUSES, productOutput } from './helpers';

export async function create(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const title = String(this.getNodeParameter('title', i, '') ?? '').trim();
	const fulfillment = this.getNodeParameter('fulfillmentType', i, 'physical');
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	if (!title) throw inputError(this, i, 'Title is empty', 'Every FluentCart product needs a title.');
	if (title.length > 200) throw inputError(this, i, `Title is ${title.length} characters long; FluentCart allows at most 200`);
	const body: IDataObject = { post_title: title };
	if (additional.status !== undefined && additional.status !== '') {
		body.post_status = requireOneOf(this, i, 'Status', additional.status, PRODUCT_STATUSES);
	}
	body.detail = { fulfillment_type: requireOneOf(this, i, 'Fulfillment Type', fulfillment, ['physical', 'digital']) };

	const created = await fluentCartRequest(this, { method: 'POST', path: 'products', body, itemIndex: i });
	// FluentCart answers {ID, variant, product_details: null}: read the product back.
	const productId = Number((created.data as IDataObject).ID);
	return productOutput(this, await fetchPricing(this, productId, i), i);
}
