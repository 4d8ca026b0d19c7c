import { normaliseNumbers, normaliseNumbersInPlace, phpDate, toNumber } from '../../nodes/shared/normalize';
import { fixture } from '../helpers/fixtures';
import { at } from '../helpers/shape';

describe('normaliseNumbers', () => {
	it('turns FluentCart numeric strings into numbers in a real order', () => {
		const order = normaliseNumbers(fixture('order-get-partially-refunded').response);
		expect(at(order, 'order.total_paid')).toBe(3998);
		expect(at(order, 'order.total_refund')).toBe(1000);
		expect(at(order, 'order.order_items.0.quantity')).toBe(2);
		expect(at(order, 'order.order_items.0.order_id')).toBe(1);
		expect(at(order, 'order.transactions.1.total')).toBe(1000);
		expect(at(order, 'order.customer.purchase_count')).toBe(1);
		expect(at(order, 'order.rate')).toBe(1);
	});

	it('leaves text alone: post codes, SKUs, references, statuses', () => {
		const input = {
			postcode: '02139',
			sku: '12345',
			vendor_charge_id: '998877',
			invoice_no: 'INV-1',
			status: 'on-hold',
			id: '0012',
			total: 'n/a',
		};
		expect(normaliseNumbers(input)).toEqual(input);
	});

	it('does not touch numbers, nulls or nested arrays of strings', () => {
		expect(normaliseNumbers({ total: 5, parent_id: null, tags: ['1', '2'] })).toEqual({
			total: 5,
			parent_id: null,
			tags: ['1', '2'],
		});
	});

	it('copies, leaving the input as it was; the in-place form changes the body it is given', () => {
		const response = fixture('order-get-partially-refunded').response;
		const before = JSON.stringify(response);
		const copied = normaliseNumbers(response);
		expect(JSON.stringify(response)).toBe(before);
		const changed = normaliseNumbersInPlace(response);
		expect(changed).toBe(response);
		expect(changed).toEqual(copied);
		expect(at(response, 'order.total_paid')).toBe(3998);
	});

	it('reads numbers defensively', () => {
		expect(toNumber('5997')).toBe(5997);
		expect(toNumber(12)).toBe(12);
		expect(toNumber('x', -1)).toBe(-1);
		expect(toNumber(undefined)).toBe(0);
	});
});

describe('PHP DateTime objects become ISO strings', () => {
	it('as recorded after Update Status → completed, on 1.3.25 and 1.5.2', () => {
		for (const version of ['1.3.25', '1.5.2'] as const) {
			const name = version === '1.3.25' ? 'detect-order-status-completed-from-processing' : 'detect-order-status-completed';
			const data = (fixture(name, version).response as { data: { completed_at: unknown } }).data;
			expect(typeof data.completed_at).toBe('object');
			const out = normaliseNumbers({ ...data }) as { completed_at: string };
			expect(out.completed_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
		}
	});

	it('with an offset or a named zone', () => {
		expect(phpDate({ date: '2026-11-30 05:30:37.680634', timezone_type: 1, timezone: '+02:00' })).toBe('2026-11-30T05:30:37+02:00');
		expect(phpDate({ date: '2026-07-01 12:00:00.000000', timezone_type: 3, timezone: 'Europe/Berlin' })).toBe('2026-07-01T12:00:00+02:00');
		expect(phpDate({ date: 'soon', timezone_type: 3, timezone: 'UTC' })).toBeUndefined();
		expect(phpDate({ date: '2026-11-30 05:30:37', timezone: 'UTC' })).toBeUndefined();
	});
});
