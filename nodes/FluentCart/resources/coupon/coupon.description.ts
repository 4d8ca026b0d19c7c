import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { locator } from '../../../shared/locators';
import { couponConditionFields, couponCreateFields, couponUpdateFields } from './coupon.fields';
import { couponListFields } from './coupon.list.fields';

const showFor = (operation: string[]) => ({ show: { resource: ['coupon'], operation } });

export const couponOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['coupon'] } },
	default: 'get',
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a coupon',
			description: 'Create a discount code: fixed amount, percentage, free shipping or buy X get Y',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a coupon',
			description: 'Permanently delete a coupon',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a coupon',
			description: 'Get one coupon with its conditions',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many coupons',
			description: 'List coupons, optionally only active or only expired ones, or matching a search',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a coupon',
			description: 'Change fields or conditions of a coupon; every other field is kept as it is',
		},
	],
};

/** The coupon editor's address is `…#/coupons/add_or_edit_coupon/12`. */
const baseLocator = locator({
	displayName: 'Coupon',
	name: 'couponId',
	searchListMethod: 'searchCoupons',
	adminRoute: 'coupons/add_or_edit_coupon',
	description: 'The coupon to work on',
});

const couponIdField: INodeProperties = {
	...baseLocator,
	modes: (baseLocator.modes ?? []).map((mode): INodePropertyMode =>
		mode.name === 'url'
			? {
					...mode,
					validation: [
						{
							type: 'regex',
							properties: {
								regex: '.*#/coupons/add_or_edit_coupon/[0-9]+.*',
								errorMessage: 'Paste the address of a coupon’s edit page in FluentCart (WordPress admin)',
							},
						},
					],
				}
			: mode,
	),
	displayOptions: showFor(['delete', 'get', 'update']),
};

const getOptions: INodeProperties = {
	displayName: 'Options',
	name: 'couponGetOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	displayOptions: showFor(['get']),
	options: [
		{
			displayName: 'Include Activity Log',
			name: 'includeActivities',
			type: 'boolean',
			default: false,
			description: 'Whether to also return the coupon’s activity log (created, updated, by whom)',
		},
	],
};

export const couponProperties: INodeProperties[] = [
	couponOperationProperty,
	couponIdField,
	...couponCreateFields,
	...couponUpdateFields,
	...couponConditionFields,
	getOptions,
	...couponListFields,
];
