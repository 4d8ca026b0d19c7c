/** Fields several resources ask for in the same way. */
import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** A product variation picked from the shared list (Order → Create line items, Shipping items). */
export const variationPickerField = (purpose: string): INodeProperties => ({
	displayName: 'Variation Name or ID',
	name: 'variationId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getVariations' },
	default: '',
	required: true,
	description: `${purpose} (every product has at least one). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

/** A required two-letter country code (checked by requireCountry when the operation runs). */
export const countryCodeField = (description: string, displayOptions: IDisplayOptions): INodeProperties => ({
	displayName: 'Country Code',
	name: 'countryCode',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. US',
	description,
	displayOptions,
});

/**
 * Set Images' two fields (Product, Variation): a switch to remove every image, and the attachment
 * IDs of media-library images in display order. `replaces` ends "They replace …; the first …".
 */
export const imageIdFields = (resource: string, whose: string, replaces: string): INodeProperties[] => [
	{
		displayName: 'Remove All Images',
		name: 'removeAllImages',
		type: 'boolean',
		default: false,
		displayOptions: { show: { resource: [resource], operation: ['setImages'] } },
		description: `Whether to remove every image of the ${whose} instead of setting new ones`,
	},
	{
		displayName: 'Image IDs',
		name: 'imageIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 26, 27',
		displayOptions: { show: { resource: [resource], operation: ['setImages'], removeAllImages: [false] } },
		description: `Attachment IDs of images already in the WordPress media library, separated by commas, in the order to show them. ${replaces} Each ID is checked in WordPress before anything is changed. To upload a new image first, send it to WordPress’s media route (wp/v2/media) with an HTTP Request node.`,
	},
];
