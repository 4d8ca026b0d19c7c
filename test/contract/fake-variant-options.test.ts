/**
 * The fake's attribute library and `update-variant-option` replay the session recorded on live
 * FluentCart 1.5.2 (live-variant-options-*.json), request by request in the recorded order, with
 * the recorded bodies (the term ids come out the same: the fake's library starts where the
 * recorded site's did). Each answer must agree with the recording on the status, the message,
 * and each variation's title, term ids, price, stock and payment type, and on which variation ids
 * were kept from the previous answer (a new attribute gives every variation a new id). Only the
 * product (the fake's Lab T-Shirt, made advanced and empty as the recorded one was) differs.
 * 1.3.25 has no library route and no term-create route, as recorded there.
 */
import axios from 'axios';

import { attrState } from '../fake/routes/attributes';
import type { Row } from '../fake/store';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { Fixture, RecordedVersion } from '../helpers/fixtures';

const PRODUCT = 4;
const name = (short: string) => `live-variant-options-${short}`;

async function send(ctx: StartedFake, f: Fixture, path = f.request.path) {
	const admin = ctx.fake.store.users.find((u) => u.isAdmin)!;
	return axios.request({
		method: f.request.method,
		url: `${ctx.url}${path}`,
		data: f.request.body ?? undefined,
		auth: { username: admin.username, password: admin.appPassword },
		validateStatus: () => true,
	});
}

const list = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : []);

/** What is compared of an update-variant-option answer; `previous` are the ids of the answer before. */
function summary(status: number, body: Row, previous: Set<number>) {
	return {
		status,
		message: body.message,
		hasData: Array.isArray(body.data),
		variants: list(body.data).map((v) => ({
			title: v.variation_title,
			identifier: v.variation_identifier,
			item_price: Number(v.item_price),
			compare_price: Number(v.compare_price),
			total_stock: Number(v.total_stock),
			available: Number(v.available),
			stock_status: v.stock_status,
			item_status: v.item_status,
			payment_type: v.payment_type,
			kept: previous.has(Number(v.id)),
		})),
	};
}

const ids = (body: Row) => new Set(list(body.data).map((v) => Number(v.id)));

describe('the fake answering as FluentCart 1.5.2: attribute library and variation options', () => {
	let ctx: StartedFake;
	beforeEach(async () => {
		ctx = await startFake({ version: '1.5.2' });
	});
	afterEach(async () => ctx.fake.stop());

	it('creates groups and terms with the recorded ids, titles and groups (a title already there is created again)', async () => {
		const steps = [
			'attr-group-create',
			'attr-group-create-color',
			'attr-terms-create',
			'attr-terms-create-color',
			'attr-terms-create-color-missing-color',
			'attr-terms-create-existing-title',
		];
		for (const step of steps) {
			const f = fixture(name(step), '1.5.2');
			const res = await send(ctx, f);
			const pick = (body: Row) => {
				const data = body.data;
				const rows = Array.isArray(data) ? (data as Row[]) : [data as Row];
				return { message: body.message, rows: rows.map((r) => ({ id: r.id, title: r.title, group_id: r.group_id })) };
			};
			expect({ step, status: res.status, ...pick(res.data as Row) }).toEqual({ step, status: f.status, ...pick(f.response as Row) });
		}
	});

	it('replays the recorded variation-options session with the same variations, prices and kept ids', async () => {
		const store = ctx.fake.store;
		// Recorded: the library as built above, term 69 deleted again, XL (70) and Fit: Regular (71) added.
		for (const step of ['attr-group-create', 'attr-group-create-color', 'attr-terms-create', 'attr-terms-create-color', 'attr-terms-create-color-missing-color', 'attr-terms-create-existing-title']) {
			await send(ctx, fixture(name(step), '1.5.2'));
		}
		attrState(ctx.fake).terms.delete(69);
		// Recorded on a copy switched to advanced variations, which deleted its variations.
		for (const v of store.variationsOf(PRODUCT)) store.variations.delete(Number(v.id));
		store.details.get(PRODUCT)!.variation_type = 'advanced_variations';

		let recordedPrevious = new Set<number>();
		let fakePrevious = new Set<number>();
		const replay = async (step: string) => {
			const f = fixture(name(step), '1.5.2');
			const res = await send(ctx, f, f.request.path.replace(/products\/\d+\//, `products/${PRODUCT}/`));
			const recorded = summary(f.status, f.response as Row, recordedPrevious);
			const answered = summary(res.status, res.data as Row, fakePrevious);
			expect({ step, ...answered }).toEqual({ step, ...recorded });
			if (recorded.hasData) {
				recordedPrevious = ids(f.response as Row);
				fakePrevious = ids(res.data as Row);
			}
		};
		const setPrice = (identifier: string, cents: number) => {
			const variant = store.variationsOf(PRODUCT).find((v) => v.variation_identifier === identifier)!;
			// The variation update saves the whole variation, payment_type included.
			Object.assign(variant, { item_price: cents, payment_type: 'onetime' });
		};

		await replay('generate');
		// Recorded (live-variant-price-set-s-red / -m-red): 20.00 and 22.50 through the variation update.
		setPrice('63_66', 2000);
		setPrice('64_66', 2250);
		await send(ctx, fixture(name('attr-terms-create-xl'), '1.5.2'));
		await replay('add-xl');
		await send(ctx, fixture(name('attr-group-create-fit'), '1.5.2'));
		await send(ctx, fixture(name('attr-terms-create-fit'), '1.5.2'));
		await replay('unknown-term');
		await replay('remove-l');
		await replay('add-group-fit');
		await replay('remove-group-fit');
		await replay('empty-options');
		expect(store.variationsOf(PRODUCT)).toEqual([]);
		expect(store.details.get(PRODUCT)!.other_info).toMatchObject({ attribute_config: [] });
	});

	it('converts a product without attributes and deletes its variations, as recorded; a missing product changes nothing', async () => {
		for (const step of ['attr-group-create', 'attr-group-create-color', 'attr-terms-create', 'attr-terms-create-color']) {
			await send(ctx, fixture(name(step), '1.5.2'));
		}
		const before = new Set(ctx.fake.store.variationsOf(PRODUCT).map((v) => Number(v.id)));
		const f = fixture(name('on-simple-product'), '1.5.2');
		const res = await send(ctx, f, `/wp-json/fluent-cart/v2/products/${PRODUCT}/update-variant-option`);
		expect(summary(res.status, res.data as Row, before)).toEqual(summary(f.status, f.response as Row, new Set([44, 45])));
		expect(ctx.fake.store.details.get(PRODUCT)!.variation_type).toBe('advanced_variations');

		const missing = fixture(name('unknown-product'), '1.5.2');
		const answer = await send(ctx, missing);
		expect({ status: answer.status, body: answer.data }).toEqual({ status: missing.status, body: missing.response });
	});
});

describe('the fake answering as FluentCart 1.3.25: no attribute library', () => {
	let ctx: StartedFake;
	beforeEach(async () => {
		ctx = await startFake({ version: '1.3.25' });
	});
	afterEach(async () => ctx.fake.stop());

	it.each(['attr-groups-library-1325-version-probe', 'attr-terms-create-1325-new-route', 'attr-group-create'])('%s as recorded', async (step) => {
		const f = fixture(name(step), '1.3.25' as RecordedVersion);
		const res = await send(ctx, f);
		const keyOf = (body: Row) => ({ code: body.code, message: body.message, title: (body.data as Row | undefined)?.title });
		expect({ status: res.status, ...keyOf(res.data as Row) }).toEqual({ status: f.status, ...keyOf(f.response as Row) });
	});

	it('deletes every variation when given 1.5.2’s payload, answering data: [] (recorded)', async () => {
		const f = fixture(name('152-style-payload-on-1325'), '1.3.25');
		const res = await send(ctx, f, `/wp-json/fluent-cart/v2/products/${PRODUCT}/update-variant-option`);
		expect({ status: res.status, body: res.data }).toEqual({ status: f.status, body: f.response });
		expect(ctx.fake.store.variationsOf(PRODUCT)).toEqual([]);
	});
});
