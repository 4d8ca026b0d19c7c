import type { INodeProperties } from 'n8n-workflow';

const showFor = (operation: string[]) => ({ show: { resource: ['report'], operation } });

export const REPORT_GROUPS = ['default', 'daily', 'monthly', 'yearly'] as const;
export const REPORT_COMPARISONS = ['', 'previous_period', 'previous_month', 'previous_quarter', 'previous_year'] as const;
export const REPORT_ORDER_TYPES = ['payment', 'renewal', 'subscription'] as const;

export const reportOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['report'] } },
	default: 'overview',
	options: [
		{
			name: 'Dashboard Stats',
			value: 'dashboardStats',
			action: 'Get the dashboard stats',
			description:
				'Counts of all orders, paid orders, paid order items and the paid amount for a date range, next to the same-length period before it',
		},
		{
			name: 'Overview',
			value: 'overview',
			action: 'Get the revenue overview',
			description:
				'Gross and net revenue of the last 12 months compared with the same months a year before, by quarter, and top countries',
		},
		{
			name: 'Sales Report',
			value: 'salesReport',
			action: 'Get the sales report',
			description:
				'Gross sales, net revenue, refunds, orders and items sold per day, month or year, with totals. Without FluentCart Pro the dates are ignored and FluentCart always reports the last month. Amounts are decimals in the store currency.',
		},
	],
};

const dateFields: INodeProperties[] = [
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		displayOptions: showFor(['dashboardStats', 'salesReport']),
		description:
			'First day of the report. Sales Report: empty means one month ago, and without FluentCart Pro FluentCart ignores the date (always the last month). Dashboard Stats: leave both dates empty for everything since the first order.',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		displayOptions: showFor(['dashboardStats', 'salesReport']),
		description: 'Last day of the report (included). Sales Report: empty means today.',
	},
];

const salesFields: INodeProperties[] = [
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'options',
		default: 'default',
		displayOptions: showFor(['salesReport']),
		options: [
			{ name: 'Automatic', value: 'default', description: 'Days up to 91 days, months up to a year, else years' },
			{ name: 'Day', value: 'daily' },
			{ name: 'Month', value: 'monthly' },
			{ name: 'Year', value: 'yearly' },
		],
	},
	{
		displayName: 'Compare With',
		name: 'compareWith',
		type: 'options',
		default: '',
		displayOptions: showFor(['salesReport']),
		description: 'Also total an earlier period and return the change in percent (fluctuations)',
		options: [
			{ name: 'Nothing', value: '' },
			{ name: 'Previous Month', value: 'previous_month' },
			{ name: 'Previous Period', value: 'previous_period', description: 'The same number of days just before' },
			{ name: 'Previous Quarter', value: 'previous_quarter' },
			{ name: 'Previous Year', value: 'previous_year' },
		],
	},
	{
		displayName: 'Order Types',
		name: 'orderTypes',
		type: 'multiOptions',
		default: [],
		displayOptions: showFor(['salesReport']),
		description: 'Only count these kinds of orders (none selected = all)',
		options: [
			{ name: 'One-Time Payment', value: 'payment' },
			{ name: 'Subscription Renewal', value: 'renewal' },
			{ name: 'Subscription Signup', value: 'subscription' },
		],
	},
];

const commonFields: INodeProperties[] = [
	{
		displayName: 'Currency',
		name: 'currency',
		type: 'string',
		default: '',
		placeholder: 'e.g. USD',
		displayOptions: showFor(['dashboardStats', 'overview', 'salesReport']),
		description:
			'Only count orders in this currency (3-letter code). Empty = all (Overview: the top-country figures use the store currency).',
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		displayOptions: showFor(['dashboardStats']),
		description:
			'Whether to return the counts as flat fields instead of the raw data with titles and icons',
	},
];

export const reportProperties: INodeProperties[] = [
	reportOperationProperty,
	...dateFields,
	...salesFields,
	...commonFields,
];
