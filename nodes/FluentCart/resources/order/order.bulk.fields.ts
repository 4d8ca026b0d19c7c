/** Fields of Order → Update Status of Many, Add Note and Change to New Customer. */
import type { INodeProperties } from 'n8n-workflow';

const showFor = (operation: string[]) => ({ show: { resource: ['order'], operation } });

export const orderBulkFields: INodeProperties[] = [
	{
		displayName: 'New Status',
		name: 'bulkOrderStatus',
		type: 'options',
		default: 'processing',
		displayOptions: showFor(['changeStatusBulk']),
		options: [
			{ name: 'Canceled', value: 'canceled', description: 'Fires Order Canceled; cannot be undone' },
			{ name: 'Completed', value: 'completed' },
			{ name: 'On Hold', value: 'on-hold' },
			{ name: 'Processing', value: 'processing' },
		],
		description:
			'Order status to set on every order. An order that already has it is reported with changed false; a canceled order cannot be changed.',
	},
	{
		displayName:
			'Give one order ID per input item. FluentCart answers a bulk action with one message for all orders, so each item’s result comes from reading the orders back after the write.',
		name: 'bulkNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor(['changeStatusBulk', 'deleteBulk']),
	},
];

export const orderNoteFields: INodeProperties[] = [
	{
		displayName: 'Note',
		name: 'noteText',
		type: 'string',
		default: '',
		required: true,
		typeOptions: { rows: 2 },
		displayOptions: showFor(['addNote']),
		description: 'Text to add. FluentCart removes HTML tags and turns line breaks into spaces.',
	},
	{
		displayName: 'Note Mode',
		name: 'noteMode',
		type: 'options',
		default: 'append',
		displayOptions: showFor(['addNote']),
		options: [
			{
				name: 'Append',
				value: 'append',
				description: 'Read the order’s note and write it back with the text added after the separator',
			},
			{ name: 'Replace', value: 'replace', description: 'Overwrite the order’s note with the text' },
		],
		description: 'FluentCart keeps one note per order; both modes write that single field',
	},
	{
		displayName: 'Separator',
		name: 'noteSeparator',
		type: 'string',
		default: ' | ',
		displayOptions: { show: { resource: ['order'], operation: ['addNote'], noteMode: ['append'] } },
		description: 'Put between the current note and the added text (a line break would become a space)',
	},
];

export const newCustomerFields: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'newCustomerEmail',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		displayOptions: showFor(['changeToNewCustomer']),
		description: 'Email of the new customer; FluentCart refuses one that a customer already has',
	},
	{
		displayName: 'First Name',
		name: 'newCustomerFirstName',
		type: 'string',
		default: '',
		required: true,
		displayOptions: showFor(['changeToNewCustomer']),
	},
	{
		displayName: 'Last Name',
		name: 'newCustomerLastName',
		type: 'string',
		default: '',
		displayOptions: showFor(['changeToNewCustomer']),
	},
];
