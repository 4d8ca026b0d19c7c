/**
 * Fills the fake store with many orders quickly (for pagination tests and benchmarks),
 * in the same shape the create route produces.
 */
import type { FakeStore } from './store';

const STATUSES = ['on-hold', 'processing', 'completed', 'canceled'] as const;
const PAYMENTS = ['pending', 'paid', 'paid', 'refunded'] as const;

export function addBulkOrders(store: FakeStore, count: number, customerId = 1) {
	const start = store.nextId('orders', store.orders.keys());
	const created = new Date('2026-01-01T00:00:00Z').getTime();
	for (let n = 0; n < count; n++) {
		const id = start + n;
		const k = n % STATUSES.length;
		const total = 1000 + (n % 97) * 100;
		const stamp = new Date(created + n * 60000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
		store.orders.set(id, {
			id,
			status: STATUSES[k],
			parent_id: null,
			receipt_number: PAYMENTS[k] === 'pending' ? null : String(id),
			invoice_no: PAYMENTS[k] === 'pending' ? '' : `INV-${id}`,
			fulfillment_type: 'digital',
			type: 'payment',
			mode: 'test',
			shipping_status: '',
			customer_id: customerId,
			payment_method: 'offline_payment',
			payment_status: PAYMENTS[k],
			payment_method_title: 'Cash',
			currency: 'USD',
			subtotal: total,
			discount_tax: 0,
			manual_discount_total: 0,
			coupon_discount_total: 0,
			shipping_tax: 0,
			shipping_total: 0,
			fee_total: 0,
			tax_total: 0,
			total_amount: total,
			total_paid: PAYMENTS[k] === 'pending' ? '0' : String(total),
			total_refund: PAYMENTS[k] === 'refunded' ? String(total) : '0',
			rate: '1.0000',
			tax_behavior: '0',
			note: '',
			ip_address: '',
			completed_at: STATUSES[k] === 'completed' ? stamp.replace('T', ' ').slice(0, 19) : null,
			refunded_at: null,
			uuid: store.uuid(),
			config: { user_tz: null },
			created_at: stamp,
			updated_at: stamp,
		});
	}
	store.nextId('orders', [start + count - 1]);
}
