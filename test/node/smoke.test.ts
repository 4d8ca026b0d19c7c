import { runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeAll(async () => {
	ctx = await startFake();
});
afterAll(async () => ctx.fake.stop());

it('creates an order through the real engine', async () => {
	const result = await runFluentCart({
		credentials: ctx.credentials,
		parameters: {
			resource: 'order',
			operation: 'create',
			customerId: { __rl: true, mode: 'id', value: '1' },
			lineItems: { item: [{ variationId: 1, quantity: 2 }] },
			simplify: false,
		},
	});
	if (result.error) console.log(result.error, result.error.description);
	expect(result.error).toBeUndefined();
	console.log(JSON.stringify(result.json[0]).slice(0, 500));
	console.log(ctx.fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`));
});
