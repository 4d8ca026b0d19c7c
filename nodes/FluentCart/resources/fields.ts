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
