import type { ResourceDefinition } from '../../../shared/types';
import { deleteBulk, duplicateBulk } from './bulk';
import { create } from './create';
import { setImages } from './images';
import { productProperties } from './product.description';
import { get, getAll, remove } from './read';
import { searchProducts } from './search';
import { duplicate, updateInventory } from './stock';
import { setVariationOptions } from './variant-options';
import { update } from './update';

export const productResource: ResourceDefinition = {
	option: {
		name: 'Product',
		value: 'product',
		description: 'Products: create, read, update, price, stock, duplicate, delete',
	},
	properties: productProperties,
	operations: {
		create,
		delete: remove,
		deleteBulk,
		duplicate,
		duplicateBulk,
		get,
		getAll,
		setImages,
		setVariationOptions,
		update,
		updateInventory,
	},
	listSearch: { searchProducts },
};
