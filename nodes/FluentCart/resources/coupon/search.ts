import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { centsToDecimal } from '../../../shared/money';
import { searchPage } from '../../../shared/search';

/** "From List" for the coupon locator: code · title · discount (status). */
export async function searchCoupons(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { rows, next, adminBase } = await searchPage(this, 'coupons', 'coupons', filter, paginationToken, {
		sort_by: 'id',
		sort_type: 'desc',
	});
	return {
		results: rows.map((coupon) => {
			const amount = Number(coupon.amount);
			const discount =
				coupon.type === 'percentage'
					? `${amount}%`
					: coupon.type === 'fixed'
						? centsToDecimal(amount).toFixed(2)
						: String(coupon.type).replace(/_/g, ' ');
			return {
				name: `${String(coupon.code)} · ${String(coupon.title)} · ${discount} (${String(coupon.status)})`,
				value: String(coupon.id),
				url: `${adminBase}/coupons/add_or_edit_coupon/${String(coupon.id)}`,
			};
		}),
		paginationToken: next,
	};
}
