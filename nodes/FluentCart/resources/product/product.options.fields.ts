import type { INodeProperties } from 'n8n-workflow';

const show = { show: { resource: ['product'], operation: ['setVariationOptions'] } };

/** Product → Set Variation Options (FluentCart 1.5.0+). */
export const productOptionFields: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'variationOptions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Attribute',
		default: {},
		required: true,
		displayOptions: show,
		description:
			'Every attribute of the product with all its values, e.g. Size: S, M, L and Color: Red, Blue. This is the full list: a value or attribute left out is removed, with its variations. FluentCart makes one variation per combination (at most 500).',
		options: [
			{
				displayName: 'Attribute',
				name: 'option',
				values: [
					{
						displayName: 'Attribute',
						name: 'name',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'e.g. Size',
						description: 'Name of the attribute, as in FluentCart’s attribute library (case does not matter)',
					},
					{
						displayName: 'Values',
						name: 'values',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'e.g. S, M, L',
						description: 'The values of this attribute, comma-separated, in display order (case does not matter)',
					},
				],
			},
		],
	},
	{
		displayName: 'Allow Deleting Variations',
		name: 'allowDeletingVariations',
		type: 'boolean',
		default: false,
		displayOptions: show,
		description:
			'Whether variations may be deleted for good: those of a removed value; every variation when an attribute is added or removed (FluentCart re-creates them with new IDs, prices copied); and every variation of a product not using attributes yet (it is converted for good). Off: the node refuses such a change before writing anything and lists the variations.',
	},
	{
		displayName: 'Create Missing Attributes',
		name: 'createMissingAttributes',
		type: 'boolean',
		default: true,
		displayOptions: show,
		description:
			'Whether to add attributes and values not yet in FluentCart’s attribute library. Off: the node refuses and names the missing ones.',
	},
];
