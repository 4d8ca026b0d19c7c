/**
 * The fake's storefront address look-ups answer like the rec-17 recordings on 1.3.25 and 1.5.2:
 * the same status and body for each recorded request, sent with the same login (an admin's
 * Application Password, or none for the files recorded without auth).
 */
import axios from 'axios';

import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { RecordedVersion } from '../helpers/fixtures';

const RECORDED = [
	'live-checkout-country-info-us',
	'live-checkout-country-info-de-no-auth',
	'live-checkout-country-info-timezone',
	'live-checkout-address-info-countries',
];

describe.each(['1.3.25', '1.5.2'] as RecordedVersion[])('the fake answering as FluentCart %s', (version) => {
	let ctx: StartedFake;
	beforeAll(async () => {
		ctx = await startFake({ version });
	});
	afterAll(async () => ctx.fake.stop());

	it.each(RECORDED)('%s', async (name) => {
		const f = fixture(name, version) as ReturnType<typeof fixture> & { auth?: string };
		const admin = ctx.fake.store.users.find((u) => u.isAdmin)!;
		const res = await axios.get(`${ctx.url}${f.request.path}`, {
			auth: f.auth === 'none' ? undefined : { username: admin.username, password: admin.appPassword },
			validateStatus: () => true,
		});
		expect([res.status, res.data]).toEqual([f.status, f.response]);
	});

	it('the country list needs a login (UserPolicy); the country info does not (PublicPolicy)', async () => {
		const countries = await axios.get(`${ctx.url}/wp-json/fluent-cart/v2/address-info/countries`, { validateStatus: () => true });
		expect(countries.status).toBe(401);
		const info = await axios.get(`${ctx.url}/wp-json/fluent-cart/v2/checkout/get-country-info?country_code=GB`);
		expect(info.data).toEqual({ country_code: 'GB', states: [], address_locale: { postcode: { label: 'Postcode' }, state: { label: 'County', required: false } } });
	});
});
