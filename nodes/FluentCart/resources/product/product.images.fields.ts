import type { INodeProperties } from 'n8n-workflow';

const showFor = (operation: string[]) => ({ show: { resource: ['product'], operation } });

/** Product → Set Images. */
export const productImageFields: INodeProperties[] = [
	{
		displayName: 'Remove All Images',
		name: 'removeAllImages',
		type: 'boolean',
		default: false,
		displayOptions: showFor(['setImages']),
		description: 'Whether to remove every image of the product (its main image included) instead of setting new ones',
	},
	{
		displayName: 'Image IDs',
		name: 'imageIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 26, 27',
		displayOptions: { show: { resource: ['product'], operation: ['setImages'], removeAllImages: [false] } },
		description:
			'Attachment IDs of images already in the WordPress media library, separated by commas, in the order to show them. They replace the product’s images; the first one becomes its main (featured) image. Each ID is checked in WordPress before anything is changed. To upload a new image first, send it to WordPress’s media route (wp/v2/media) with an HTTP Request node.',
	},
];
