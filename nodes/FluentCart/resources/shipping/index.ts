import type { ResourceDefinition } from '../../../shared/types';
import { getMethods, getQuote } from './operations';
import { shippingProperties } from './shipping.description';

export const shippingResource: ResourceDefinition = {
	option: {
		name: 'Shipping',
		value: 'shipping',
		description: 'Look up which shipping methods apply to an address and what they charge for given items',
	},
	properties: shippingProperties,
	operations: { getMethods, getQuote },
};
