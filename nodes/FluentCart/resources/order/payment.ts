/** Money in and out of an order: Mark as Paid and Refund. */
import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { centsToDecimal, centsToUnit } from '../../../shared/money';
import { moneyUnit } from '../../../shared/profile';
import { FluentCartApiError, fluentCartRequest } from '../../../shared/transport';
import { inputError, requireDecimal } from '../../../shared/validation';
import { userDecimalToCents } from '../../../shared/amounts';
import { optionalId, readId } from '../../../shared/locators';
import { outputAfterWrite, readBackAfterWrite } from '../../../shared/read-back';
import { fetchOrder, orderOutput } from './helpers';
import type { OrderDetails } from './helpers';

export async function markPaid(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	const options = this.getNodeParameter('markPaidOptions', i, {}) as IDataObject;
	const order = await fetchOrder(this, orderId, i);
	const alreadyPaid = async () => ({ ...orderOutput(this, await fetchOrder(this, orderId, i), i), alreadyPaid: true });

	if (order.total_amount - order.total_paid <= 0) {
		if (options.skipIfPaid === true) return { ...orderOutput(this, order, i), alreadyPaid: true };
		throw inputError(
			this,
			i,
			`Order ${orderId} has already been paid: nothing is due`,
			'Switch on "Skip If Already Paid" in the options to pass such orders through unchanged.',
		);
	}
	if (order.status === 'canceled') {
		throw inputError(this, i, `Order ${orderId} is canceled, and FluentCart cannot mark a canceled order as paid`);
	}

	const body: IDataObject = {
		payment_method: (options.paymentMethod as string) || 'offline_payment',
		transaction_type: 'charge',
	};
	if (options.vendorChargeId) body.vendor_charge_id = String(options.vendorChargeId);
	// FluentCart replaces the order note with the mark-paid note ('' if none): keep the old one.
	const note = typeof options.note === 'string' && options.note !== '' ? options.note : order.note;
	if (note) body.mark_paid_note = note;

	try {
		await fluentCartRequest(this, {
			method: 'POST',
			path: `orders/${orderId}/mark-as-paid`,
			body,
			itemIndex: i,
		});
	} catch (error) {
		// Paid in the meantime (FluentCart answers 423).
		if (
			options.skipIfPaid === true &&
			error instanceof FluentCartApiError &&
			error.failureInfo.httpCode === 423 &&
			/already been paid/i.test(error.failureInfo.fluentCartMessage ?? '')
		) {
			return await alreadyPaid();
		}
		throw new NodeApiError(this.getNode(), error as JsonObject, { itemIndex: i });
	}
	const read = async () => await fetchOrder(this, orderId, i);
	const build = (order: OrderDetails) => orderOutput(this, order, i);
	return await outputAfterWrite(this, i, `Order ${orderId} was marked as paid`, read, build, { id: orderId, marked_paid: true });
}

/** The charge to refund: the one asked for, else the latest succeeded charge. */
function pickTransaction(
	ctx: IExecuteFunctions,
	i: number,
	order: OrderDetails,
	requested: number,
): IDataObject {
	const transactions = order.transactions ?? [];
	const charges = transactions.filter(
		(t) => t.transaction_type !== 'refund' && t.status === 'succeeded',
	);
	if (requested > 0) {
		const found = transactions.find((t) => Number(t.id) === requested);
		if (!found || !charges.includes(found)) {
			throw inputError(
				ctx,
				i,
				`Transaction ID ${requested} is not a succeeded payment of order ${order.id}`,
				charges.length
					? `Refundable payments of this order: ${charges.map((t) => t.id).join(', ')}. Leave Transaction empty for the latest.`
					: 'This order has no succeeded payment.',
			);
		}
		return found;
	}
	const latest = charges.sort((a, b) => Number(b.id) - Number(a.id))[0];
	if (!latest) {
		throw inputError(
			ctx,
			i,
			`Order ${order.id} has no succeeded payment to refund (payment status: ${order.payment_status})`,
			'Only paid orders can be refunded. Mark the order as paid first if the money was received offline.',
		);
	}
	return latest;
}

export async function refund(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const orderId = readId(this, 'orderId', i, 'Order ID');
	const amountInput = this.getNodeParameter('amount', i, '') as unknown;
	const options = this.getNodeParameter('refundOptions', i, {}) as IDataObject;
	const amountGiven = amountInput !== undefined && amountInput !== null && String(amountInput).trim() !== '';
	// Syntax and sign before any request; the currency's precision once the order is known.
	if (amountGiven) requireDecimal(this, i, amountInput, { field: 'Amount', currency: 'USD', allowZero: false });
	// Empty (or 0, which earlier versions stored) takes the latest succeeded payment.
	const requested = optionalId(this, options.transactionId, i, 'Transaction ID') ?? 0;
	// The unit before anything is sent: an unknown version refuses here.
	const unit = await moneyUnit(this, 'refundAmount', i);
	const order = await fetchOrder(this, orderId, i);
	const transaction = pickTransaction(this, i, order, requested);

	const meta = (transaction.meta && !Array.isArray(transaction.meta) ? transaction.meta : {}) as IDataObject;
	const leftOnTransaction = Number(transaction.total) - Number(meta.refunded_total ?? 0);
	const leftOnOrder = order.total_paid - order.total_refund;
	const refundableCents = Math.max(0, Math.min(leftOnTransaction, leftOnOrder));
	if (refundableCents <= 0) {
		throw inputError(this, i, `Order ${orderId} has nothing left to refund (already refunded: ${centsToDecimal(order.total_refund)} ${order.currency})`);
	}

	let amountCents = refundableCents;
	if (amountGiven) {
		amountCents = await userDecimalToCents(this, i, amountInput, 'Amount', order.currency);
		if (amountCents <= 0) throw inputError(this, i, 'Amount must be greater than 0');
		if (amountCents > refundableCents) {
			throw inputError(
				this,
				i,
				`Amount ${centsToDecimal(amountCents)} is more than the refundable ${centsToDecimal(refundableCents)} ${order.currency}`,
				'Leave Amount empty to refund everything that is still refundable.',
			);
		}
	}

	const refundInfo: IDataObject = {
		transaction_id: Number(transaction.id),
		// A decimal before FluentCart 1.6.2, cents from 1.6.2.
		amount: centsToUnit(amountCents, unit),
	};
	if (options.reason) refundInfo.reason = String(options.reason);
	if (options.manageStock === true) refundInfo.manageStock = true;
	if (options.cancelSubscription === true) refundInfo.cancelSubscription = 'true';

	const response = await fluentCartRequest(this, {
		method: 'POST',
		path: `orders/${orderId}/refund`,
		body: { refund_info: refundInfo },
		itemIndex: i,
	});
	const gateway = (response.gateway_refund ?? {}) as IDataObject;
	const gatewayFailed = gateway.status === 'failed';
	if (gatewayFailed) {
		this.addExecutionHints({
			message: `Order ${orderId}: FluentCart recorded the refund of ${centsToDecimal(amountCents)} ${order.currency}, but the payment gateway did not return the money (${String(gateway.message ?? 'no details')}). Refund the customer outside FluentCart.`,
			location: 'outputPane',
		});
	}
	// What the write itself answered: the output whether or not the order can be read back.
	const written = {
		order_id: orderId,
		transaction_id: Number(transaction.id),
		amount: amountCents,
		currency: order.currency,
		gateway_refunded: !gatewayFailed,
		...(gatewayFailed
			? {
					warning:
						'Refund recorded in FluentCart only: the payment gateway did not return the money. Refund the customer outside FluentCart.',
				}
			: {}),
		fluent_cart_refund: response.fluent_cart_refund,
		gateway_refund: response.gateway_refund,
		...(response.subscription_cancel ? { subscription_cancel: response.subscription_cancel } : {}),
	};
	const read = await readBackAfterWrite(
		this,
		i,
		`FluentCart recorded the refund of ${centsToDecimal(amountCents)} ${order.currency} on order ${orderId}`,
		async () => await fetchOrder(this, orderId, i),
	);
	if (read.failed) return { ...written, refund_read_back: 'failed', ...read.failed };
	const after = read.value;
	// What the order's refunded total moved by, as read back: the refund as asked, or not.
	const readBack = after.total_refund - order.total_refund;
	const asAsked = readBack === amountCents;
	if (!asAsked) {
		this.addExecutionHints({
			message: `Order ${orderId}: FluentCart's refunded total moved by ${centsToDecimal(readBack)} ${order.currency}, not by the ${centsToDecimal(amountCents)} asked. Check the order in FluentCart before running this again.`,
			location: 'outputPane',
		});
	}
	return {
		...written,
		refund_read_back: asAsked ? 'as asked' : 'different amount',
		// Node version 1 named it by FluentCart's unit; from version 2 Money Output sets the unit.
		[this.getNode().typeVersion < 2 ? 'refunded_cents_read_back' : 'refunded_read_back']: readBack,
		order_payment_status: after.payment_status,
		order_total_paid: after.total_paid,
		order_total_refund: after.total_refund,
	};
}
