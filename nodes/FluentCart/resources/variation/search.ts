import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { centsToDecimal } from '../../../shared/money';
import { loadVariations } from '../../shared/catalog';

/** Every variation for option lists (FluentCart returns them all in one call). */
export async function getVariations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const variations = await loadVariations(this);
	return variations
		.map((v) => {
			const sku = v.sku ? `, SKU ${String(v.sku)}` : '';
			const subscription = v.payment_type === 'subscription' ? ' – subscription' : '';
			return {
				name: `${String(v.variation_title)} (#${String(v.id)}${sku}) – ${centsToDecimal(Number(v.item_price)).toFixed(2)}${subscription}`,
				value: Number(v.id),
				description: `Product #${String(v.post_id)}`,
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}
