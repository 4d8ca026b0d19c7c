/**
 * The site profile through the engine: how the version is found (plugins endpoint, route index,
 * credential), what detection costs, and that money is never sent in a guessed unit.
 */
import type { IDataObject } from 'n8n-workflow';

import { variationParams } from '../helpers/catalog';
import { runFluentCart } from '../helpers/engine';
import { createOrder, markPaid, startFake, suiteAtLeast, suiteVersion } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { VERSION_BANDS } from '../../nodes/shared/versions';
import { orderParams, rl } from '../helpers/params';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const version = suiteVersion();
/** The credential's band that holds this suite's version. */
const matchingBand = [...VERSION_BANDS].reverse().find((band) => suiteAtLeast(band.value))!.value;
const run = (parameters: IDataObject, credentials: IDataObject = {}, input?: IDataObject[]) =>
	runFluentCart({ credentials: { ...ctx.credentials, ...credentials }, parameters, input });
const updatePrice = (price: string, variationId = 1) =>
	variationParams('update', { variationId: rl(variationId), updateFields: { price } });
const detectionRequests = () => ctx.fake.requests.filter((r) => r.path.startsWith('plugins') || r.path === '');
const writes = () => ctx.fake.requests.filter((r) => r.method !== 'GET');

describe(`detection on FluentCart ${version}`, () => {
	it('reads the version once per execution, however many items ask for it', async () => {
		const result = await run(updatePrice('={{ $json.price }}'), {}, [{ price: '21.00' }, { price: '22.00' }, { price: '23.00' }]);
		expect(result.error).toBeUndefined();
		expect(result.json.map((v) => v.item_price)).toEqual([2100, 2200, 2300]);
		expect(detectionRequests().map((r) => `${r.method} ${r.namespace}/${r.path}`)).toEqual(['GET wp/v2/plugins/fluent-cart/fluent-cart']);
		// A second execution reads it again: nothing is kept between executions.
		await run(updatePrice('24.00'));
		expect(detectionRequests()).toHaveLength(2);
	});

	it('costs nothing where no version-dependent field is used', async () => {
		await run(orderParams('get', { orderId: rl(1) }));
		await run(orderParams('create', { customerId: rl(1), lineItems: { item: [{ variationId: 1, quantity: 1 }] } }));
		expect(detectionRequests()).toHaveLength(0);
	});

	it('falls back to the route index when WordPress hides the plugin list from the user', async () => {
		ctx.fake.pluginsEndpoint = 'forbidden';
		const result = await run(updatePrice('19.50'));
		expect(result.error).toBeUndefined();
		expect(ctx.fake.store.variations.get(1)?.item_price).toBe(1950);
		expect(detectionRequests().map((r) => [r.path, r.status])).toEqual([
			['plugins/fluent-cart/fluent-cart', 403],
			['', 200],
		]);
	});

	it('takes a version band fixed in the credential without asking the site', async () => {
		const result = await run(updatePrice('18.25'), { fluentCartVersion: matchingBand });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.store.variations.get(1)?.item_price).toBe(1825);
		expect(detectionRequests()).toHaveLength(0);
	});

	it('catches a wrong band by reading the price back, and says the write went through', async () => {
		// The credential claims the other side of 1.6.2: the price is sent in the wrong unit.
		const wrong = suiteAtLeast('1.6.2') ? '1.4.0' : '1.6.2';
		const result = await run(updatePrice('24.50'), { fluentCartVersion: wrong });
		expect(result.error?.message).toMatch(/stored the price of variation 1 as [\d.]+ instead of 24\.5: the write went through with a wrong price/);
		expect(result.error?.description).toMatch(/FluentCart Version/);
	});
});

describe('when the version cannot be known, money is refused before anything is sent', () => {
	beforeEach(() => {
		ctx.fake.pluginsEndpoint = 'blocked';
		ctx.fake.routeIndexBlocked = true;
	});

	it.each([
		['Order → Refund', () => orderParams('refund', { orderId: rl(1), amount: '5.50' }), /refund amount/],
		['Variation → Update', () => updatePrice('24.50'), /variation prices/],
		['Variation → Create', () => variationParams('create', { productId: rl(6), variationTitle: 'XXL', price: '24.50' }), /variation prices/],
		['Product → Update', () => ({ resource: 'product', operation: 'update', productId: rl(4), updateFields: { price: '9.99' } }), /product prices/],
		['Product → Create with a price', () => ({ resource: 'product', operation: 'create', title: 'Poster', fulfillmentType: 'physical', price: '9.99' }), /product prices/],
		// The product's full update sends its price back, so it needs the unit too.
		['Product → Set Images', () => ({ resource: 'product', operation: 'setImages', productId: rl(4), imageIds: '1' }), /product prices/],
	])('%s', async (_name, parameters, field) => {
		const id = await createOrder(ctx);
		await markPaid(ctx, id);
		ctx.fake.resetLog();
		const result = await run(parameters());
		expect(result.error?.message).toMatch(/The FluentCart version of this site is unknown/);
		expect(result.error?.message).toMatch(field);
		expect(result.error?.message).toMatch(/nothing was sent/);
		expect(result.error?.description).toMatch(/set "FluentCart Version"/);
		// Only the two detection reads reached the site: no write, no other read.
		expect(writes()).toHaveLength(0);
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.namespace}/${r.path}`)).toEqual([
			'GET wp/v2/plugins/fluent-cart/fluent-cart',
			'GET fluent-cart/v2/',
		]);
	});

	it('works again once the credential names the version', async () => {
		const result = await run(updatePrice('24.50'), { fluentCartVersion: matchingBand });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.store.variations.get(1)?.item_price).toBe(2450);
	});
});

describe('a site where FluentCart is switched off', () => {
	it('says so instead of guessing', async () => {
		ctx.fake.pluginStatus = 'inactive';
		ctx.fake.disabledNamespaces.add('fluent-cart/v2');
		const result = await run(updatePrice('24.50'));
		expect(result.error?.message).toMatch(/FluentCart is installed but not active on this site/);
		expect(writes()).toHaveLength(0);
	});
});
