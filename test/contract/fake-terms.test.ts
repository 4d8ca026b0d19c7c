/**
 * The fake's product category and brand routes replay the live session recorded on FluentCart
 * 1.3.25 and 1.5.2 (live-terms-*.json), request by request in the order it was made, and must
 * answer each with the recorded status and body: the term ids, the tree, what sync and remove
 * answer, FluentCart's silence about unknown terms and missing products, and WordPress core's
 * delete. Only the product id (the fake's Lab T-Shirt) and the site address differ.
 */
import axios from 'axios';

import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { RecordedVersion } from '../helpers/fixtures';

/** In the order they were recorded (the answers depend on what came before). */
const SESSION = [
	'live-terms-list-empty',
	'live-terms-add-categories',
	'live-terms-add-brand',
	'live-terms-add-existing',
	'live-terms-add-bad-taxonomy',
	'live-terms-add-empty-name',
	'live-terms-add-child',
	'live-terms-list',
	'live-terms-sync-set',
	'live-terms-sync-move',
	'live-terms-sync-brand',
	'live-terms-remove-one',
	'live-terms-remove-not-attached',
	'live-terms-sync-bad-taxonomy',
	'live-terms-sync-bad-product',
	'live-terms-sync-unknown-term',
	'live-terms-sync-clear',
	'live-terms-wp-core-delete-no-force',
	'live-terms-wp-core-delete',
];

const PRODUCT = 4;
const RECORDED_PRODUCT: Record<RecordedVersion, string> = { '1.3.25': '5', '1.5.2': '4' };

/** A body as compared: the site address as a placeholder, a PHP exception's file/line dropped. */
function comparable(body: unknown, site: string): unknown {
	const text = JSON.stringify(body).replace(new RegExp(`${site.replace(/[.:/]/g, '\\$&')}|http://127\\.0\\.0\\.1:\\d+`, 'g'), 'SITE');
	const value = JSON.parse(text) as Record<string, unknown>;
	if (value && value.code === 'plugin_exception') return { code: value.code, message: value.message };
	return value;
}

describe.each(['1.3.25', '1.5.2'] as RecordedVersion[])('the fake answering as FluentCart %s', (version) => {
	let ctx: StartedFake;
	beforeAll(async () => {
		ctx = await startFake({ version });
	});
	afterAll(async () => ctx.fake.stop());

	it('answers the recorded term session with the recorded statuses and bodies', async () => {
		const recordedProduct = RECORDED_PRODUCT[version];
		const answers: Array<{ name: string; status: number; body: unknown }> = [];
		const expected: typeof answers = [];
		for (const name of SESSION) {
			const f = fixture(name, version);
			const path = f.request.path.replace(new RegExp(`/${recordedProduct}$`), `/${PRODUCT}`);
			const admin = ctx.fake.store.users.find((u) => u.isAdmin)!;
			const res = await axios.request({
				method: f.request.method,
				url: `${ctx.url}${path}`,
				data: f.request.body ?? undefined,
				auth: { username: admin.username, password: admin.appPassword },
				validateStatus: () => true,
			});
			answers.push({ name, status: res.status, body: comparable(res.data, ctx.url) });
			expected.push({ name, status: f.status, body: comparable(f.response, ctx.url) });
		}
		expect(answers).toEqual(expected);
	});

	it('shows a product’s terms in the editor payload (products/{id}/pricing), as ids in strings', async () => {
		const res = await ctx.api.get(`products/${PRODUCT}/pricing`);
		// After the session: categories cleared, the brand still set.
		expect(res.data.product['product-categories']).toEqual([]);
		expect(res.data.product['product-brands']).toEqual(['4']);
	});
});

it('1.6.3: the same routes; an unknown taxonomy is a 423 there', async () => {
	const ctx = await startFake({ version: '1.6.3' });
	try {
		const res = await ctx.api.get('products/fetch-term');
		expect(res.status).toBe(200);
		expect(Object.keys(res.data.taxonomies)).toEqual(['product-categories', 'product-brands']);
		// 1.6.3's addProductTerms answers an unknown taxonomy like an empty name, not with a TypeError.
		const bad = await ctx.api.post('products/add-product-terms', { term: { name: 'X', taxonomy: 'no-such-tax' } });
		expect([bad.status, bad.data]).toEqual([423, { message: 'Unable To Create Term/s' }]);
	} finally {
		await ctx.fake.stop();
	}
});
