/** Small builders for node parameters in tests. */
import type { IDataObject } from 'n8n-workflow';

/** A resource locator value. */
export const rl = (value: string | number, mode: 'id' | 'list' | 'url' = 'id') => ({
	__rl: true,
	mode,
	value: String(value),
});

export const orderParams = (operation: string, extra: IDataObject = {}): IDataObject => ({
	resource: 'order',
	operation,
	...extra,
});

/** GT Extensions → Variation → Set Quantity Limits for variation 1. */
export const gtLimitsParams = (min: string | number, max: string | number, step: string | number): IDataObject => ({
	resource: 'variation',
	operation: 'setQuantityLimits',
	variationId: rl(1),
	minQuantity: min,
	maxQuantity: max,
	quantityStep: step,
});
