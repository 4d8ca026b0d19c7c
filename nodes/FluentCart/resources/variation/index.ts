import type { ResourceDefinition } from '../../../shared/types';
import { create } from './create';
import { get, getAll, remove } from './read';
import { getVariations, searchVariations } from './search';
import { update } from './update';
import { variationProperties } from './variation.description';

export const variationResource: ResourceDefinition = {
	option: {
		name: 'Variation',
		value: 'variation',
		description: 'Price options of products (sizes, plans…): create, update prices and stock, delete, list',
	},
	properties: variationProperties,
	operations: {
		create,
		delete: remove,
		get,
		getAll,
		update,
	},
	listSearch: { searchVariations },
	loadOptions: { getVariations },
};
