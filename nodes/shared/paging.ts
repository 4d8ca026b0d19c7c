/** Return All / Limit / Pages in Parallel: the fields and how they are read. */
import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { DEFAULT_PAGES_IN_PARALLEL } from './transport';
import { requireInteger } from './validation';

export const MAX_PAGES_IN_PARALLEL = 8;

/** Return All, Pages in Parallel and Limit for a resource's list operations. */
export const listFields = (resource: string, operation: string[]): INodeProperties[] => [
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		displayOptions: { show: { resource: [resource], operation } },
		description: 'Whether to return all results or only up to a given limit',
	},
	pagesInParallelField(resource, operation),
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		displayOptions: { show: { resource: [resource], operation, returnAll: [false] } },
		description: 'Max number of results to return',
	},
];

/** The Filters collection of a list operation (read back as the parameter `name`). */
export const filtersField = (resource: string, operation: string[], options: INodeProperties[], name = 'filters'): INodeProperties => ({
	displayName: 'Filters',
	name,
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	displayOptions: { show: { resource: [resource], operation } },
	options,
});

/** The Sort collection of a list operation: one Sort By column (FluentCart's `sort_by`) and a direction. */
export const sortField = (
	resource: string,
	operation: string[],
	defaultSortBy: string,
	sortBy: INodePropertyOptions[],
): INodeProperties => ({
	displayName: 'Sort',
	name: 'sort',
	type: 'collection',
	placeholder: 'Add Sort Rule',
	default: {},
	displayOptions: { show: { resource: [resource], operation } },
	options: [
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			default: defaultSortBy,
			options: sortBy,
		},
		{
			displayName: 'Direction',
			name: 'sortType',
			type: 'options',
			default: 'desc',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
		},
	],
});

/** Shown with Return All: how many pages of 199 records are read at the same time. */
const pagesInParallelField = (resource: string, operation: string[]): INodeProperties => ({
	displayName: 'Pages in Parallel',
	name: 'pagesInParallel',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_PAGES_IN_PARALLEL },
	default: DEFAULT_PAGES_IN_PARALLEL,
	displayOptions: { show: { resource: [resource], operation, returnAll: [true] } },
	description:
		'How many pages of 199 records Return All reads at the same time. Halved automatically when the site answers 429 (rate limit); use 1 for a fragile host.',
});

export interface ListLimit {
	returnAll: boolean;
	limit?: number;
	concurrency: number;
}

export function readListLimit(ctx: IExecuteFunctions, i: number): ListLimit {
	const returnAll = ctx.getNodeParameter('returnAll', i) as boolean;
	if (!returnAll) {
		const limit = requireInteger(ctx, i, 'Limit', ctx.getNodeParameter('limit', i), { min: 1 });
		return { returnAll, limit, concurrency: DEFAULT_PAGES_IN_PARALLEL };
	}
	const concurrency = requireInteger(
		ctx,
		i,
		'Pages in Parallel',
		ctx.getNodeParameter('pagesInParallel', i, DEFAULT_PAGES_IN_PARALLEL),
		{ min: 1, max: MAX_PAGES_IN_PARALLEL },
	);
	return { returnAll, concurrency };
}
