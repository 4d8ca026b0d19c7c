/** Site → Get Connection Info: the version the nodes work with, as a user can see it. */
import { runFluentCart } from '../helpers/engine';
import { startFake, suiteAtLeast, suiteVersion } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const version = suiteVersion();
const run = () => runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'site', operation: 'getConnectionInfo' } });

describe(`Site → Get Connection Info (FluentCart ${version})`, () => {
	it('says which FluentCart it found, how, as which user, and what that means', async () => {
		const result = await run();
		expect(result.error).toBeUndefined();
		const username = ctx.credentials.username;
		const cents = suiteAtLeast('1.6.2') ? 'cents' : 'decimal';
		expect(result.json[0]).toMatchObject({
			message: `Connected to FluentCart ${version} as ${username}`,
			fluentcart_version: version,
			detected_by: 'plugins',
			detection: `FluentCart ${version} (from WordPress's plugins list)`,
			user: { username },
			features: {
				subscriptionPause: suiteAtLeast('1.6.0'),
				renewals: suiteAtLeast('1.6.0'),
				reactivatedEvent: suiteAtLeast('1.3.27'),
			},
			money_units: { refundAmount: cents, variationPrice: cents, productPricing: cents },
		});
	});

	it('falls back to the route index, which gives a band', async () => {
		ctx.fake.pluginsEndpoint = 'forbidden';
		const result = await run();
		expect(result.json[0]).toMatchObject({ detected_by: 'routes', fluentcart_version: null });
		expect(result.json[0].message).toMatch(/^Connected to FluentCart \S/);
		expect(result.json[0].note).toMatch(/did not list the plugins \(HTTP 403 rest_cannot_view_plugin\)/);
	});

	it('says when it cannot tell, and what to set', async () => {
		ctx.fake.pluginsEndpoint = 'blocked';
		ctx.fake.routeIndexBlocked = true;
		const result = await run();
		expect(result.json[0]).toMatchObject({
			detected_by: 'unknown',
			money_units: { refundAmount: null, variationPrice: null, productPricing: null },
		});
		expect(result.json[0].message).toMatch(/but the FluentCart version could not be told/);
		expect(result.json[0].fix).toMatch(/set "FluentCart Version"/);
	});

	it('takes the band set in the credential without asking', async () => {
		const result = await runFluentCart({
			credentials: { ...ctx.credentials, fluentCartVersion: '1.6.2' },
			parameters: { resource: 'site', operation: 'getConnectionInfo' },
		});
		expect(result.json[0]).toMatchObject({ detected_by: 'credential', fluentcart_versions: '1.6.2 or later', money_units: { refundAmount: 'cents' } });
		expect(ctx.fake.requests.map((r) => r.path)).toEqual(['users/me']);
	});
});
