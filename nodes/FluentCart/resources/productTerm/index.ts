import type { ResourceDefinition } from '../../../shared/types';
import { create, getAll, remove, removeFromProduct, setProductTerms } from './operations';
import { productTermProperties } from './productTerm.description';
import { searchProductTerms } from './search';

export const productTermResource: ResourceDefinition = {
	option: {
		name: 'Product Category / Brand',
		value: 'productTerm',
		description: 'Product categories and brands: list, create and delete them, and set or remove the ones a product has',
	},
	properties: productTermProperties,
	operations: { create, delete: remove, getAll, removeFromProduct, setProductTerms },
	listSearch: { searchProductTerms },
};
