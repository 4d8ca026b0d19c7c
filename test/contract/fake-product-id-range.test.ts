/**
 * The product list's `id :: low-high` search, which Product → Duplicate Many and Delete Many read
 * their batches with, as live FluentCart 1.3.25 and 1.5.2 answered it
 * (live-products-list-search-id-range*): both ends included, drafts included, in the order asked.
 * The fake holds products with the recorded shop's IDs and must list the same ones.
 */
import axios from 'axios';

import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { RecordedVersion } from '../helpers/fixtures';

interface Listed {
	products: { total: number; data: Array<{ ID: number; post_status: string }> };
}
const listed = (body: Listed) => ({ total: body.products.total, rows: body.products.data.map((p) => [p.ID, p.post_status]) });
const NAMES = ['live-products-list-search-id-range', 'live-products-list-search-id-range-with', 'live-products-list-search-id-range-none'];

describe.each(['1.3.25', '1.5.2'] as RecordedVersion[])('product ID-range search, the fake as FluentCart %s', (version) => {
	let ctx: StartedFake;
	beforeAll(async () => {
		ctx = await startFake({ version });
		// Products outside the recorded range (and a copy of the fake's first one for each recorded ID).
		const template = [...ctx.fake.store.products.values()][0];
		const recorded = (fixture(NAMES[0], version).response as Listed).products.data;
		const low = Math.min(...recorded.map((p) => p.ID));
		for (const id of [...ctx.fake.store.products.keys()]) if (id >= low) ctx.fake.store.products.delete(id);
		for (const p of recorded) ctx.fake.store.products.set(p.ID, { ...template, ID: p.ID, post_status: p.post_status });
	});
	afterAll(async () => ctx.fake.stop());

	it.each(NAMES)('%s', async (name) => {
		const f = fixture(name, version);
		const admin = ctx.fake.store.users.find((u) => u.isAdmin)!;
		const res = await axios.get<Listed>(`${ctx.url}${f.request.path}`, { auth: { username: admin.username, password: admin.appPassword } });
		expect([res.status, listed(res.data)]).toEqual([f.status, listed(f.response as Listed)]);
	});
});
