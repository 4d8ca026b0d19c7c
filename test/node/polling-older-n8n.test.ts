/**
 * The Polling Trigger on n8n before 2.38, whose poll context has no getPollBudgetMs: every poll
 * works (they used to throw a TypeError after the first), each kept to one minute.
 */
import { OLDER_N8N_POLL_BUDGET_MS, pollBudgetMs } from '../../nodes/FluentCartPollingTrigger/pollers';
import { createOrder, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { PollHost } from '../helpers/poll-host';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

describe('Polling Trigger on n8n before 2.38', () => {
	it.each(['newOrder', 'newCustomer', 'newCoupon', 'orderStatusChanged'])('%s: activation, a quiet poll and a poll with news all work', async (event) => {
		const host = new PollHost(ctx.credentials, { event }, true);
		await createOrder(ctx);
		expect(await host.poll()).toBeNull();
		expect(await host.poll()).toBeNull();
		if (event === 'newOrder') {
			const id = await createOrder(ctx);
			expect((await host.poll())?.map((row) => row.id)).toEqual([id]);
		}
	});

	it('keeps each poll to one minute without a budget from n8n, and uses n8n’s budget where it gives one', () => {
		expect(pollBudgetMs({} as never)).toBe(OLDER_N8N_POLL_BUDGET_MS);
		expect(OLDER_N8N_POLL_BUDGET_MS).toBe(60_000);
		expect(pollBudgetMs({ getPollBudgetMs: () => 123_000 } as never)).toBe(123_000);
	});
});
