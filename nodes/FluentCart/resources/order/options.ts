/**
 * Dropdowns that depend on another field of the operation: the payments of the chosen order
 * (Refund → Transaction), the saved addresses of the chosen customer (Create → addresses).
 */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { centsToDecimal, decimalPlaces } from '../../../shared/money';
import { fluentCartRequest } from '../../../shared/transport';

/** The id picked in the locator `name`, or undefined while none is (or it is an expression). */
function chosenId(ctx: ILoadOptionsFunctions, name: string): number | undefined {
	const value = String(ctx.getCurrentNodeParameter(name, { extractValue: true }) ?? '').trim();
	return /^[1-9][0-9]*$/.test(value) ? Number(value) : undefined;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value).trim());

/** The order's succeeded payments, newest first: the ones Refund can take. */
export async function getRefundableTransactions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const orderId = chosenId(this, 'orderId');
	if (orderId === undefined) return [];
	const body = await fluentCartRequest(this, { method: 'GET', path: `orders/${orderId}` });
	const order = (body.order ?? {}) as IDataObject;
	const transactions = (order.transactions ?? []) as IDataObject[];
	const currency = text(order.currency);
	const amount = (cents: unknown) => `${centsToDecimal(Number(cents) || 0).toFixed(decimalPlaces(currency))} ${currency}`.trim();
	return transactions
		.filter((t) => t.transaction_type !== 'refund' && t.status === 'succeeded')
		.sort((a, b) => Number(b.id) - Number(a.id))
		.map((t) => {
			const meta = (t.meta && !Array.isArray(t.meta) ? t.meta : {}) as IDataObject;
			const refunded = Number(meta.refunded_total ?? 0);
			const parts = [amount(t.total), text(t.payment_method), text(t.created_at).slice(0, 10)].filter((p) => p !== '');
			return {
				name: `#${text(t.id)}: ${parts.join(', ')}${refunded > 0 ? ` (refunded ${amount(refunded)})` : ''}`,
				value: Number(t.id),
				description: text(t.vendor_charge_id) ? `Charge ${text(t.vendor_charge_id)}` : undefined,
			};
		});
}

/** The chosen customer's saved addresses, billing and shipping, primary ones first. */
export async function getCustomerAddresses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const customerId = chosenId(this, 'customerId');
	if (customerId === undefined) return [];
	const body = await fluentCartRequest(this, { method: 'GET', path: `customers/${customerId}/address` });
	const addresses = (body.addresses ?? []) as IDataObject[];
	return addresses.map((a) => {
		const where = [a.name, a.address_1, a.city, a.country].map(text).filter((p) => p !== '').join(', ');
		const kind = [text(a.type), text(a.is_primary) === '1' ? 'primary' : ''].filter((p) => p !== '').join(', ');
		return {
			name: `${text(a.label) ? `${text(a.label)}: ` : ''}${where || `Address #${text(a.id)}`}${kind ? ` (${kind})` : ''}`,
			value: Number(a.id),
			description: `Address #${text(a.id)}`,
		};
	});
}
