/**
 * The fake's shipping look-ups replay the live rec-17 session on FluentCart 1.3.25 and 1.5.2
 * (live-shipping-methods-*.json, live-shipping-calculate*.json) with the lab's zone and methods
 * set up the same way: every recorded request must get the recorded status and body, timestamps
 * and the variation's other_info aside (the fake's variation is not the lab's).
 */
import axios from 'axios';

import { addShippingMethod, addShippingZone } from '../fake/routes/shipping';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { RecordedVersion } from '../helpers/fixtures';

const SESSION = [
	'live-shipping-methods-us',
	'live-shipping-methods-us-ca',
	'live-shipping-methods-de',
	'live-shipping-methods-no-items',
	'live-shipping-calculate',
	'live-shipping-calculate-no-items',
	'live-shipping-calculate-bad-method',
];
/** The physical variation the lab used. */
const RECORDED_VARIATION: Record<RecordedVersion, number> = { '1.3.25': 3, '1.5.2': 2 };
const VARIATION = 2;

function comparable(body: unknown): unknown {
	return JSON.parse(JSON.stringify(body), (key, value: unknown) => {
		if (key === 'created_at' || key === 'updated_at') return 'TIME';
		if (key === 'other_info') return typeof value;
		return value;
	}) as unknown;
}

describe.each(['1.3.25', '1.5.2'] as RecordedVersion[])('the fake answering as FluentCart %s', (version) => {
	let ctx: StartedFake;
	beforeAll(async () => {
		ctx = await startFake({ version });
		const zone = addShippingZone(ctx.fake, 'US Zone', 'US');
		addShippingMethod(ctx.fake, Number(zone.id), { title: 'Flat US', type: 'flat_rate', amount: '4.99' });
		addShippingMethod(ctx.fake, Number(zone.id), { title: 'Free over nothing', type: 'free_shipping', amount: '0.00', states: ['CA'] });
		Object.assign(ctx.fake.store.variations.get(VARIATION)!, { fulfillment_type: 'physical', item_price: 2575 });
	});
	afterAll(async () => ctx.fake.stop());

	it('answers the recorded shipping look-ups with the recorded statuses and bodies', async () => {
		const recorded = RECORDED_VARIATION[version];
		const admin = ctx.fake.store.users.find((u) => u.isAdmin)!;
		for (const name of SESSION) {
			const f = fixture(name, version);
			const path = f.request.path.replace(`%5Bid%5D=${recorded}&`, `%5Bid%5D=${VARIATION}&`);
			const body = JSON.parse(JSON.stringify(f.request.body ?? null).replace(`"id":${recorded}`, `"id":${VARIATION}`)) as unknown;
			const expected = JSON.parse(JSON.stringify(f.response).replace(`"${recorded}":{"id":${recorded}`, `"${VARIATION}":{"id":${VARIATION}`)) as unknown;
			const res = await axios.request({
				method: f.request.method,
				url: `${ctx.url}${path}`,
				data: body ?? undefined,
				auth: { username: admin.username, password: admin.appPassword },
				validateStatus: () => true,
			});
			expect({ name, status: res.status, body: comparable(res.data) }).toEqual({ name, status: f.status, body: comparable(expected) });
		}
	});
});

it('1.6.3 has the same routes', async () => {
	const ctx = await startFake({ version: '1.6.3' });
	try {
		const res = await ctx.api.get('orders/shipping_methods', { params: { country_code: 'US' } });
		expect([res.status, Object.keys(res.data)]).toEqual([200, ['shipping_methods', 'other_shipping_methods']]);
		const quote = await ctx.api.post('orders/calculate-shipping', { shipping_id: 1 });
		expect(quote.status).toBe(500);
	} finally {
		await ctx.fake.stop();
	}
});
