import type { INodeProperties } from 'n8n-workflow';

import { imageIdFields } from '../fields';

/** Product → Set Images. */
export const productImageFields: INodeProperties[] = imageIdFields(
	'product',
	'product (its main image included)',
	'They replace the product’s images; the first one becomes its main (featured) image.',
);
