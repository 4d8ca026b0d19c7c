import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { centsToDecimal } from '../../../shared/money';
import { searchPage } from '../../../shared/search';

export async function searchOrders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { rows, next, adminBase } = await searchPage(this, 'orders', 'orders', filter, paginationToken, {
		sort_by: 'id',
		sort_type: 'desc',
		with: ['customer'],
	});
	return {
		results: rows.map((order) => {
			const customer = order.customer as IDataObject | undefined;
			const who = customer ? String(customer.full_name || customer.email) : `customer #${String(order.customer_id)}`;
			const invoice = order.invoice_no ? ` ${String(order.invoice_no)}` : '';
			return {
				name: `#${String(order.id)}${invoice} · ${who} · ${centsToDecimal(Number(order.total_amount)).toFixed(2)} ${String(order.currency)} (${String(order.status)})`,
				value: String(order.id),
				url: `${adminBase}/orders/${String(order.id)}/view`,
			};
		}),
		paginationToken: next,
	};
}
