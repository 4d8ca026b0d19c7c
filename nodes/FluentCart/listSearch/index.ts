/**
 * Searches behind the resource locators' "From List" mode, and the option lists.
 */
import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { centsToDecimal } from '../../shared/money';
import { fluentCartRequest, getSiteSettings } from '../../shared/transport';
import type { Paginator } from '../../shared/transport';
import { loadVariations } from '../shared/catalog';

const PAGE_SIZE = 25;

async function searchPage(
	ctx: ILoadOptionsFunctions,
	path: string,
	key: string,
	filter: string | undefined,
	token: string | undefined,
	extra: IDataObject = {},
): Promise<{ rows: IDataObject[]; next?: string; adminBase: string }> {
	const page = Number(token) || 1;
	const qs: IDataObject = { per_page: PAGE_SIZE, page, ...extra };
	if (filter && filter.trim()) qs.search = filter.trim();
	const body = await fluentCartRequest(ctx, { method: 'GET', path, qs });
	const paginator = body[key] as Paginator | undefined;
	const rows = paginator?.data ?? [];
	const next = paginator && paginator.current_page < paginator.last_page ? String(page + 1) : undefined;
	const { siteUrl } = await getSiteSettings(ctx);
	return { rows, next, adminBase: `${siteUrl}/wp-admin/admin.php?page=fluent-cart#` };
}

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

export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { rows, next, adminBase } = await searchPage(this, 'customers', 'customers', filter, paginationToken);
	return {
		results: rows.map((customer) => ({
			name: `${String(customer.full_name || '(no name)')} <${String(customer.email)}>`,
			value: String(customer.id),
			url: `${adminBase}/customers/${String(customer.id)}/view`,
		})),
		paginationToken: next,
	};
}

export async function getVariations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const variations = await loadVariations(this);
	return variations
		.map((v) => {
			const sku = v.sku ? `, SKU ${String(v.sku)}` : '';
			const subscription = v.payment_type === 'subscription' ? ' – subscription' : '';
			return {
				name: `${String(v.variation_title)} (#${String(v.id)}${sku}) – ${centsToDecimal(Number(v.item_price)).toFixed(2)}${subscription}`,
				value: Number(v.id),
				description: `Product #${String(v.post_id)}`,
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}
