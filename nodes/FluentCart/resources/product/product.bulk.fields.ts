/** Fields of Product → Duplicate Many and Delete Many (the product and the duplicate options are shared). */
import type { INodeProperties } from 'n8n-workflow';

export const productBulkFields: INodeProperties[] = [
	{
		displayName:
			'Give one product ID per input item. FluentCart answers a bulk action with one message for all products, so each item’s result comes from reading the products back after the write.',
		name: 'productBulkNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { resource: ['product'], operation: ['duplicateBulk', 'deleteBulk'] } },
	},
];
