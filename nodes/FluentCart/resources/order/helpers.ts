/** Reads and shapes orders for the order operations. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';

export interface OrderDetails extends IDataObject {
	id: number;
	status: string;
	payment_status: string;
	shipping_status: string;
	currency: string;
	total_amount: number;
	total_paid: number;
	total_refund: number;
	customer_id: number;
	type: string;
	note: string;
	order_items?: IDataObject[];
	transactions?: IDataObject[];
	customer?: IDataObject | null;
}

/** `GET orders/{id}`; FluentCart wraps the order with editor metadata we drop. */
export async function fetchOrder(
	ctx: IExecuteFunctions,
	orderId: number,
	itemIndex: number,
	raw = false,
): Promise<OrderDetails> {
	const response = await fluentCartRequest(ctx, {
		method: 'GET',
		path: `orders/${orderId}`,
		itemIndex,
		raw,
	});
	return response.order as OrderDetails;
}

const MONEY_FIELDS = [
	'subtotal',
	'shipping_total',
	'tax_total',
	'total_amount',
	'total_paid',
	'total_refund',
] as const;

/** About 20 fields a workflow usually needs; amounts stay in cents like FluentCart's. */
export function simplifyOrder(order: IDataObject): IDataObject {
	const out: IDataObject = {
		id: order.id,
		invoice_no: order.invoice_no,
		status: order.status,
		payment_status: order.payment_status,
		shipping_status: order.shipping_status,
		type: order.type,
		parent_id: order.parent_id ?? null,
		mode: order.mode,
		currency: order.currency,
		payment_method: order.payment_method,
		customer_id: order.customer_id,
	};
	for (const field of MONEY_FIELDS) out[field] = order[field];
	out.discount_total =
		Number(order.manual_discount_total ?? 0) + Number(order.coupon_discount_total ?? 0);
	const customer = order.customer as IDataObject | null | undefined;
	if (customer) {
		out.customer = {
			id: customer.id,
			email: customer.email,
			full_name: customer.full_name,
		};
	}
	const items = order.order_items as IDataObject[] | undefined;
	if (Array.isArray(items)) {
		out.items = items.map((item) => ({
			id: item.id,
			product_id: item.post_id,
			variation_id: item.object_id,
			title: item.title,
			product_title: item.post_title,
			quantity: item.quantity,
			unit_price: item.unit_price,
			line_total: item.line_total,
		}));
	}
	out.note = order.note;
	out.created_at = order.created_at;
	out.updated_at = order.updated_at;
	out.completed_at = order.completed_at;
	return out;
}

/** Applies the node's Simplify switch. */
export function orderOutput(ctx: IExecuteFunctions, order: IDataObject, itemIndex: number): IDataObject {
	const simplify = ctx.getNodeParameter('simplify', itemIndex, true) as boolean;
	return simplify ? simplifyOrder(order) : order;
}
