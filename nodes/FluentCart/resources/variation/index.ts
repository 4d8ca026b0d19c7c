import type { ResourceDefinition } from '../../../shared/types';
import { create } from './create';
import { get, getAll, remove } from './read';
import { setImages } from './images';
import { getVariations, searchVariations } from './search';
import { update } from './update';
import { variationProperties } from './variation.description';

export const variationResource: ResourceDefinition = {
	option: {
		name: 'Variation',
		value: 'variation',
		description: 'Price options of products (sizes, plans…): create, update prices and stock, set images, delete, list',
	},
	properties: variationProperties,
	operations: {
		create,
		delete: remove,
		get,
		getAll,
		setImages,
		update,
	},
	listSearch: { searchVariations },
	loadOptions: { getVariations },
};
