/**
 * The customer search by email, as live FluentCart 1.3.25 and 1.5.2 ran it
 * (live-customers-search-email-*): a case-insensitive LIKE '%…%' whose `_` and `%` are wildcards.
 * The fake holds the recorded shop's customers (from the `%` search, which listed them all) and
 * must find the same customers for every recorded search, in the same order, with the same total.
 */
import axios from 'axios';

import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { RecordedVersion } from '../helpers/fixtures';

const SEARCHES = ['exact', 'upper', 'wildcard', 'percent', 'unknown', 'plus', 'suffix'].map((s) => `live-customers-search-email-${s}`);

interface Listed {
	customers: { total: number; data: Array<{ id: number; email: string }> };
}
const found = (body: Listed) => ({ total: body.customers.total, rows: body.customers.data.map((c) => [c.id, c.email]) });

describe.each(['1.3.25', '1.5.2'] as RecordedVersion[])('customer search by email, the fake as FluentCart %s', (version) => {
	let ctx: StartedFake;
	beforeAll(async () => {
		ctx = await startFake({ version });
		const everyone = fixture('live-customers-search-email-percent', version).response as Listed;
		ctx.fake.store.customers.clear();
		for (const row of everyone.customers.data) ctx.fake.store.customers.set(row.id, { ...row });
	});
	afterAll(async () => ctx.fake.stop());

	it.each(SEARCHES)('%s', async (name) => {
		const f = fixture(name, version);
		const admin = ctx.fake.store.users.find((u) => u.isAdmin)!;
		const res = await axios.get<Listed>(`${ctx.url}${f.request.path}`, { auth: { username: admin.username, password: admin.appPassword } });
		expect([res.status, found(res.data)]).toEqual([f.status, found(f.response as Listed)]);
	});

	it('the recordings show the wildcards: a_a finds ada, and a part of an address finds whole ones', () => {
		expect(found(fixture('live-customers-search-email-wildcard', version).response as Listed).rows).toEqual([[1, 'ada@example.test']]);
		expect(found(fixture('live-customers-search-email-suffix', version).response as Listed).total).toBe(2);
	});
});
