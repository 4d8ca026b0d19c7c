/**
 * Recreates the recorded lab's state before its subscription fixtures: order #1 (paid, then
 * partly refunded), order #2 (unpaid), then the subscription order #3 (receipt 2) with
 * subscription #1. Ids, receipt numbers and customer totals then equal the recorded ones, and
 * the customer carries the edits the lab made before (customer-update.json).
 */
import { addSubscriptionScenario } from '../fake/routes/subscriptions';
import type { SubscriptionScenario, SubscriptionScenarioOptions } from '../fake/routes/subscriptions';
import { createOrder, markPaid } from './fake-client';
import type { StartedFake } from './fake-client';

export async function recordedSubscriptionLab(
	ctx: StartedFake,
	options: SubscriptionScenarioOptions = {},
): Promise<SubscriptionScenario> {
	await createOrder(ctx);
	await markPaid(ctx, 1);
	const refund = await ctx.api.post('orders/1/refund', {
		refund_info: { transaction_id: 1, amount: 10, reason: 'lab partial refund' },
	});
	if (refund.status !== 200) throw new Error(`fake refused the refund: ${JSON.stringify(refund.data)}`);
	await createOrder(ctx, [{ variation: 2, quantity: 1 }]);
	Object.assign(ctx.fake.store.customers.get(1)!, {
		user_id: '2',
		first_name: 'Ada King',
		city: 'Marylebone',
		notes: 'VIP',
	});
	const scenario = addSubscriptionScenario(ctx.fake, options);
	ctx.fake.resetLog();
	return scenario;
}

/** Replaces values that differ between runs (ids made of time, uuids, timestamps) by a marker. */
export function maskVolatile(value: unknown): unknown {
	const volatile = new Set([
		'uuid',
		'created_at',
		'updated_at',
		'completed_at',
		'canceled_at',
		'first_purchase_date',
		'last_purchase_date',
	]);
	const walk = (node: unknown, key?: string): unknown => {
		if (Array.isArray(node)) return node.map((entry) => walk(entry));
		if (node !== null && typeof node === 'object') {
			return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, walk(v, k)]));
		}
		return key && volatile.has(key) && typeof node === 'string' ? '<volatile>' : node;
	};
	return walk(value);
}
