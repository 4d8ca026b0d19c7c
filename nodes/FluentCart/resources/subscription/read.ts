/** Subscription reads: Get, Get Many. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readListLimit } from '../../../shared/paging';
import { fluentCartList } from '../../../shared/transport';
import { requireOneOf } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { fetchSubscription, simplifySubscription, subscriptionOutput } from './helpers';
import { SUBSCRIPTION_VIEWS } from './subscription.description';

export async function get(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const subscriptionId = readId(this, 'subscriptionId', i, 'Subscription ID');
	const subscription = await fetchSubscription(this, subscriptionId, i);
	return subscriptionOutput(this, subscription, i);
}

const SORT_COLUMNS = ['bill_count', 'id', 'next_billing_date', 'recurring_total', 'status'] as const;

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { returnAll, limit, concurrency } = readListLimit(this, i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const sort = this.getNodeParameter('sort', i, {}) as IDataObject;
	const options = this.getNodeParameter('listOptions', i, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', i, true) as boolean;

	const qs: IDataObject = {};
	if (typeof filters.search === 'string' && filters.search.trim()) qs.search = filters.search.trim();
	if (filters.activeView) qs.active_view = requireOneOf(this, i, 'Status', filters.activeView, SUBSCRIPTION_VIEWS);
	qs.sort_by = sort.sortBy ? requireOneOf(this, i, 'Sort By', sort.sortBy, SORT_COLUMNS) : 'id';
	qs.sort_type = sort.sortType === 'asc' ? 'asc' : 'desc';
	if (options.includeCustomer !== false) qs.with = ['customer'];

	// FluentCart's subscription list sits under `data`, not `subscriptions`.
	// Newest first by ID (the default), Return All reads ID windows (see id-windows).
	const rows = await fluentCartList(this, { path: 'subscriptions', key: 'data', qs, returnAll, limit, concurrency, itemIndex: i, idWindows: true });
	return simplify ? rows.map((row) => simplifySubscription(row)) : rows;
}
