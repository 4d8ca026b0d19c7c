/**
 * Return All of customers and subscriptions while the shop changes: records are added and deleted
 * before each read after page 1 (the fake's hook, no timer). ID windows must lose and repeat
 * nothing, as for orders (pagination.test.ts), and a quiet shop still costs ceil(N / 199).
 */
import type { IDataObject } from 'n8n-workflow';

import { addCustomer } from '../fake/routes/customer-shapes';
import { addSubscriptionScenario, SUBSCRIPTIONS } from '../fake/routes/subscription-shapes';
import { recordFigure } from '../helpers/capture';
import { runFluentCart } from '../helpers/engine';
import { startFake, suiteVersion } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

interface Churn {
	resource: 'customer' | 'subscription';
	path: string;
	rows: () => Map<number, unknown>;
	add: () => void;
}

const CHURNS: Churn[] = [
	{
		resource: 'customer',
		path: 'customers',
		rows: () => ctx.fake.store.customers,
		add: () => void addCustomer(ctx.fake.store, { email: `churn-${ctx.fake.store.customers.size}@example.test`, first_name: 'Churn' }),
	},
	{
		resource: 'subscription',
		path: 'subscriptions',
		rows: () => ctx.fake.store.table(SUBSCRIPTIONS),
		add: () => void addSubscriptionScenario(ctx.fake, { status: 'active' }),
	},
];

const TOTAL = 1000;
const MOVES = 20;
const laterReads = (path: string) => (method: string, routePath: string, query: Record<string, unknown>) =>
	method === 'GET' && routePath === `fluent-cart/v2/${path}` && (Number(query.page) > 1 || /^id ::/.test(String(query.search ?? '')));

describe.each(CHURNS.map((c) => [c.path, c] as const))('Return All of %s', (_path, churn) => {
	const list = () =>
		runFluentCart({ credentials: ctx.credentials, parameters: { resource: churn.resource, operation: 'getAll', returnAll: true } });
	const reads = () => ctx.fake.requests.filter((r) => r.method === 'GET' && r.path === churn.path);
	const fill = () => {
		while (churn.rows().size < TOTAL) churn.add();
	};

	it(`loses and repeats nothing while records arrive and go during the read (${TOTAL}, ${MOVES} in, ${MOVES} out)`, async () => {
		fill();
		const atStart = new Set(churn.rows().keys());
		const doomed = [...atStart].sort((a, b) => b - a).filter((_, n) => n % 37 === 5).slice(0, MOVES);
		const deleted = new Set<number>();
		let inserted = 0;
		const later = laterReads(churn.path);
		ctx.fake.resetLog();
		ctx.fake.faultHook = (method, path, query) => {
			if (!later(method, path, query)) return undefined;
			// Before each read after page 1, ten records change: first they arrive (pushing records
			// down the pages), then they go (pulling records up).
			for (let n = 0; n < 10; n++) {
				if (inserted < MOVES) {
					churn.add();
					inserted += 1;
				} else if (deleted.size < doomed.length) {
					const id = doomed[deleted.size];
					churn.rows().delete(id);
					deleted.add(id);
				}
			}
			return undefined;
		};
		const result = await list();
		ctx.fake.faultHook = undefined;
		expect(result.error).toBeUndefined();
		const seen = result.json.map((row: IDataObject) => Number(row.id));
		const lost = [...atStart].filter((id) => !deleted.has(id) && !seen.includes(id));
		const duplicated = seen.length - new Set(seen).size;
		if (suiteVersion() === '1.3.25') {
			recordFigure(
				`Return All of ${churn.path} under churn`,
				`${lost.length} lost, ${duplicated} duplicated (${TOTAL}; ${inserted} added and ${deleted.size} deleted during the read; ${reads().length} requests)`,
			);
		}
		expect([inserted, deleted.size]).toEqual([MOVES, MOVES]);
		expect(lost).toEqual([]);
		expect(duplicated).toBe(0);
		expect(seen).toEqual([...seen].sort((a, b) => b - a));
		// The windows below page 1, not page numbers.
		expect(reads().filter((r) => /^id ::/.test(String(r.query.search ?? ''))).length).toBeGreaterThan(0);
	});

	it(`reads a quiet shop of ${TOTAL} in ceil(${TOTAL} / 199) = ${Math.ceil(TOTAL / 199)} requests`, async () => {
		fill();
		ctx.fake.resetLog();
		const result = await list();
		expect(result.json.map((row: IDataObject) => Number(row.id))).toEqual([...churn.rows().keys()].sort((a, b) => b - a));
		expect(reads()).toHaveLength(Math.ceil(TOTAL / 199));
	});
});
