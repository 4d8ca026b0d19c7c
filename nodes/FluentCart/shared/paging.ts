/** Return All / Limit / Pages in Parallel: the fields and how they are read. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { DEFAULT_PAGES_IN_PARALLEL } from '../../shared/transport';
import { requireInteger } from '../../shared/validation';

export const MAX_PAGES_IN_PARALLEL = 8;

/** Shown with Return All: how many pages of 199 records are read at the same time. */
export const pagesInParallelField = (resource: string, operation: string[]): INodeProperties => ({
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
