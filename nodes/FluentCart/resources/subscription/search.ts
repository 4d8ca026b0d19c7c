import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { centsToDecimal } from '../../../shared/money';
import { searchPage } from '../../../shared/search';

/** "From List" for subscriptions; FluentCart's list sits under `data`. */
export async function searchSubscriptions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { rows, next, adminBase } = await searchPage(this, 'subscriptions', 'data', filter, paginationToken, {
		sort_by: 'id',
		sort_type: 'desc',
		with: ['customer'],
	});
	return {
		results: rows.map((subscription) => {
			const customer = subscription.customer as IDataObject | undefined;
			const who = customer
				? String(customer.full_name || customer.email)
				: `customer #${String(subscription.customer_id)}`;
			const amount = centsToDecimal(Number(subscription.recurring_total)).toFixed(2);
			return {
				name: `#${String(subscription.id)} ${String(subscription.item_name)} · ${who} · ${amount} ${String(subscription.currency ?? '')} ${String(subscription.billing_interval)} (${String(subscription.status)})`,
				value: String(subscription.id),
				url: `${adminBase}/subscriptions/${String(subscription.id)}/view`,
			};
		}),
		paginationToken: next,
	};
}
