import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { centsToDecimal } from '../../../shared/money';
import { searchPage } from '../../../shared/search';

/** Renewal invoices for the locator, newest first (the route has no text search). */
export async function searchRenewals(this: ILoadOptionsFunctions, _filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const { rows, next, adminBase } = await searchPage(this, 'renewals', 'invoices', undefined, paginationToken);
	return {
		results: rows.map((invoice) => {
			const customer = invoice.customer as IDataObject | undefined;
			const who = customer ? String(customer.full_name || customer.email) : `customer #${String(invoice.customer_id)}`;
			return {
				name: `#${String(invoice.id)} · renewal of #${String(invoice.parent_id)} · ${who} · ${centsToDecimal(Number(invoice.total_amount)).toFixed(2)} ${String(invoice.currency)} (${String(invoice.payment_status)})`,
				value: String(invoice.id),
				url: `${adminBase}/orders/${String(invoice.id)}/view`,
			};
		}),
		paginationToken: next,
	};
}
