/**
 * Country → Get / Get Many through n8n-core against the fake (which answers the storefront
 * look-ups as recorded): a country's name, states and which address fields its checkout
 * requires; the country list; unknown and malformed codes refused.
 */
import { runFluentCart } from '../helpers/engine';
import { startFake, suiteVersion } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
});
afterEach(async () => ctx.fake.stop());

const run = (operation: string, countryCode?: string) =>
	runFluentCart({ credentials: ctx.credentials, parameters: { resource: 'country', operation, countryCode } });

describe(`Country (FluentCart ${suiteVersion()})`, () => {
	it('Get: the US has required states and a ZIP code', async () => {
		const result = await run('get', 'us');
		expect(result.error).toBeUndefined();
		const us = result.json[0];
		expect(us).toMatchObject({
			country_code: 'US',
			country_name: 'United States (US)',
			state_required: true,
			state_label: 'State',
			postcode_required: true,
			postcode_label: 'ZIP Code',
		});
		expect(us.states).toContainEqual({ code: 'CA', name: 'California' });
		expect(us.states).toHaveLength(54);
		expect(ctx.fake.requests.map((r) => r.path)).toEqual(['address-info/countries', 'checkout/get-country-info']);
	});

	it('Get: a state is optional in Germany (its codes carry the country) and in the UK', async () => {
		const de = (await run('get', 'DE')).json[0];
		expect(de).toMatchObject({ country_name: 'Germany', state_required: false, state_label: null, postcode_required: true });
		expect(de.states).toContainEqual({ code: 'DE-BY', name: 'Bavaria' });
		const gb = (await run('get', 'GB')).json[0];
		expect(gb).toMatchObject({ states: [], state_required: false, state_label: 'County', postcode_label: 'Postcode' });
	});

	it('Get refuses a code that is not two letters, or not a country FluentCart knows', async () => {
		const bad = await run('get', 'Germany');
		expect(bad.error?.message).toBe('Country Code must be a two-letter country code, got "Germany" [item 0]');
		expect(ctx.fake.requests).toEqual([]);
		const unknown = await run('get', 'XX');
		expect(unknown.error?.message).toBe('Country Code "XX" is not a country FluentCart knows [item 0]');
		expect(ctx.fake.requests.map((r) => r.path)).toEqual(['address-info/countries']);
	});

	it('Get Many: one item per country', async () => {
		const result = await run('getAll');
		expect(result.json.length).toBeGreaterThan(200);
		expect(result.json).toContainEqual({ code: 'DE', name: 'Germany' });
	});
});
