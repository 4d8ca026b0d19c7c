/**
 * Renewal invoices (FluentCart 1.6.0+): the orders of type `renewal` its renewal engine creates
 * for store-billed subscriptions before they are due (`GET renewals`, `GET renewals/{id}`,
 * `POST renewals/{order}/void`). Older sites are refused before anything is sent.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readId, readOptionalId } from '../../../shared/locators';
import { readListLimit } from '../../../shared/paging';
import { requireFeature } from '../../../shared/profile';
import { fluentCartList, fluentCartRequest } from '../../../shared/transport';
import { outputAfterWrite } from '../../../shared/read-back';
import { requireOneOf } from '../../../shared/validation';
import { simplifyOrder } from '../order/helpers';
import { RENEWAL_PAYMENT_STATUSES } from './renewal.description';

const output = (ctx: IExecuteFunctions, i: number, invoice: IDataObject) =>
	(ctx.getNodeParameter('simplify', i, true) as boolean) ? simplifyOrder(invoice) : invoice;

export async function get(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = readId(this, 'renewalId', i, 'Renewal Invoice');
	await requireFeature(this, 'renewals', i);
	const body = await fluentCartRequest(this, { method: 'GET', path: `renewals/${id}`, itemIndex: i });
	return output(this, i, (body.invoice ?? {}) as IDataObject);
}

export async function getAll(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { returnAll, limit, concurrency } = readListLimit(this, i);
	const filters = this.getNodeParameter('renewalFilters', i, {}) as IDataObject;
	const qs: IDataObject = {};
	if (filters.paymentStatus !== undefined) qs.payment_status = requireOneOf(this, i, 'Payment Status', filters.paymentStatus, RENEWAL_PAYMENT_STATUSES);
	const parentId = readOptionalId(this, 'renewalFilters.parentId', i, 'Parent Order ID');
	if (parentId !== undefined) qs.parent_id = parentId;
	const customerId = readOptionalId(this, 'renewalFilters.customerId', i, 'Customer ID');
	if (customerId !== undefined) qs.customer_id = customerId;
	await requireFeature(this, 'renewals', i);
	// Newest first, always: the route takes no sort.
	const rows = await fluentCartList(this, { path: 'renewals', key: 'invoices', qs, returnAll, limit, concurrency, itemIndex: i });
	return rows.map((row) => output(this, i, row));
}

export async function voidInvoice(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = readId(this, 'renewalId', i, 'Renewal Invoice');
	await requireFeature(this, 'renewals', i);
	const response = await fluentCartRequest(this, { method: 'POST', path: `renewals/${id}/void`, itemIndex: i });
	const build = (after: IDataObject) => {
		const invoice = (after.invoice ?? {}) as IDataObject;
		return { ...simplifyOrder(invoice), voided: invoice.payment_status === 'failed' && invoice.status === 'canceled', message: response.message };
	};
	const read = async () => await fluentCartRequest(this, { method: 'GET', path: `renewals/${id}`, itemIndex: i });
	// Without the read-back, whether it is void is not known.
	return await outputAfterWrite(this, i, `Renewal invoice ${id} was sent to be voided`, read, build, { id, voided: null, message: response.message });
}
