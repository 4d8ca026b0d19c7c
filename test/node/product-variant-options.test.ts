/**
 * Product → Set Variation Options through n8n-core against the fake: attributes found by name in
 * FluentCart's library (1.5.0+) or created, the full-state `update-variant-option` sent only when
 * it deletes nothing or deleting is allowed, FluentCart's HTTP 200 failures, the read-back, and
 * the refusal on FluentCart before 1.5.0 before anything is sent.
 */
import type { IDataObject } from 'n8n-workflow';

import { addAttrGroup, addAttrTerm, attrState } from '../fake/routes/attributes';
import { runFluentCart } from '../helpers/engine';
import { fixture } from '../helpers/fixtures';
import { shapeDiff } from '../helpers/shape';
import { startFake, suiteAtLeast, suiteVersion } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';

let ctx: StartedFake;
beforeEach(async () => {
	ctx = await startFake();
	ctx.fake.resetLog();
});
afterEach(async () => ctx.fake.stop());

const PRODUCT = 4;
const product = { __rl: true, mode: 'id', value: String(PRODUCT) };
const option = (name: string, values: string) => ({ name, values });
const run = (options: Array<{ name: string; values: string }>, extra: IDataObject = {}, typeVersion?: number) =>
	runFluentCart({
		credentials: ctx.credentials,
		typeVersion,
		parameters: {
			resource: 'product',
			operation: 'setVariationOptions',
			productId: product,
			variationOptions: { option: options },
			...extra,
		},
	});
const writes = () => ctx.fake.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
const variantsOf = () => ctx.fake.store.variationsOf(PRODUCT);
const SIZE_COLOR = [option('Size', 'S, M'), option('Shade', 'Red, Blue')];

/** Two attributes already in place (the product's first variations deleted, as allowed). */
async function generate() {
	const result = await run(SIZE_COLOR, { allowDeletingVariations: true });
	expect(result.error).toBeUndefined();
	ctx.fake.resetLog();
	return result.json[0];
}

const describeFrom15 = suiteAtLeast('1.5.0') ? describe : describe.skip;
const describeBefore15 = suiteAtLeast('1.5.0') ? describe.skip : describe;

describeFrom15(`Product → Set Variation Options (FluentCart ${suiteVersion()})`, () => {
	it('creates a variation per combination of two attributes, finding Size in the library and creating Shade (not a system group)', async () => {
		const before = variantsOf().map((v) => Number(v.id));
		const out = await generate();
		expect(out.variationOptionsApplied).toBe('applied');
		expect((out.variations as IDataObject[]).map((v) => [v.title, v.attributes])).toEqual([
			['S / Red', { Size: 'S', Shade: 'Red' }],
			['S / Blue', { Size: 'S', Shade: 'Blue' }],
			['M / Red', { Size: 'M', Shade: 'Red' }],
			['M / Blue', { Size: 'M', Shade: 'Blue' }],
		]);
		expect(out.deleted_variation_ids).toEqual(before);
		expect(out.kept_variation_ids).toEqual([]);
		expect(out.created_variation_ids).toHaveLength(4);
		expect(out.unpriced_variation_ids).toEqual(out.created_variation_ids);
		expect(out.created_attributes).toEqual(['attribute Shade', 'Shade: Red', 'Shade: Blue']);
		// The system group Size (id 2) and its S/M were used, not created again.
		expect((out.options as IDataObject[])[0]).toMatchObject({ attribute: 'Size', group_id: 2, values: [{ value: 'S', term_id: 12 }, { value: 'M', term_id: 13 }] });
		expect([...attrState(ctx.fake).terms.values()].filter((t) => t.title === 'S')).toHaveLength(1);
		expect(ctx.fake.store.details.get(PRODUCT)!.variation_type).toBe('advanced_variations');
	});

	it('sends the bodies FluentCart’s own editor sent in the recordings', async () => {
		const result = await run(SIZE_COLOR, { allowDeletingVariations: true });
		expect(result.error).toBeUndefined();
		const sent = ctx.fake.requests.filter((r) => r.method === 'POST');
		const recorded = (short: string) => fixture(`live-variant-options-${short}`, '1.5.2').request.body;
		expect(sent.map((r) => r.path)).toEqual(['options/attr/group', expect.stringMatching(/^options\/attr\/group\/\d+\/terms$/), `products/${PRODUCT}/update-variant-option`]);
		expect(shapeDiff(recorded('attr-group-create-fit'), sent[0].body)).toEqual([]);
		expect(shapeDiff(recorded('attr-terms-create'), sent[1].body)).toEqual([]);
		expect(shapeDiff(recorded('add-group-fit'), sent[2].body)).toEqual([]);
		expect(sent[2].body).toEqual({ variation_type: 'advanced_variations', options: [{ group_id: 2, variants: [12, 13] }, { group_id: expect.any(Number), variants: [expect.any(Number), expect.any(Number)] }] });
	});

	it('adding a value keeps the existing variations with their ids and prices; the new ones are unpriced', async () => {
		const first = await generate();
		const sRed = (first.variations as IDataObject[])[0];
		ctx.fake.store.variations.get(Number(sRed.id))!.item_price = 2000;
		const result = await run([option('size', 's, m, xl'), option('SHADE', 'Red, Blue')]);
		expect(result.error).toBeUndefined();
		const out = result.json[0];
		expect(out.variationOptionsApplied).toBe('applied');
		expect(out.kept_variation_ids).toEqual(first.created_variation_ids);
		expect(out.deleted_variation_ids).toEqual([]);
		expect(out.created_variation_ids).toHaveLength(2);
		expect(out.unpriced_variation_ids).toEqual(out.created_variation_ids);
		expect((out.variations as IDataObject[]).find((v) => v.id === sRed.id)).toMatchObject({ item_price: 2000 });
		expect(result.hints.map((h) => h.message).join(' ')).toMatch(/priced 0 .*Variation → Update/);
		// XL exists in the library: no attribute was created.
		expect(out.created_attributes).toEqual([]);
		expect(writes()).toEqual([`POST products/${PRODUCT}/update-variant-option`]);
	});

	it('refuses, without Allow Deleting Variations, a removed value, a new attribute and a product without attributes; nothing is written', async () => {
		const converting = await run(SIZE_COLOR);
		expect(converting.error?.message).toMatch(/^Setting these options would delete 2 variations of product 4: \d+ \(.*\), \d+ \(.*\) \[item 0\]$/);
		expect(converting.error?.description).toMatch(/does not use attributes yet/);
		expect(writes()).toEqual([]);
		await generate();
		const removal = await run([option('Size', 'S'), option('Shade', 'Red, Blue')]);
		expect(removal.error?.message).toMatch(/would delete 2 variations of product 4: \d+ \(M \/ Red\), \d+ \(M \/ Blue\)/);
		const added = await run([...SIZE_COLOR, option('Fit', 'Regular')]);
		expect(added.error?.message).toMatch(/would delete 4 variations/);
		expect(writes()).toEqual([]);
		expect(variantsOf()).toHaveLength(4);
	});

	it('Money Output (node version 2): prices as decimals, variation ids left alone', async () => {
		const first = await generate();
		const sRed = Number((first.variations as IDataObject[])[0].id);
		ctx.fake.store.variations.get(sRed)!.item_price = 1999;
		const result = await run([option('Size', 'S, M, XL'), option('Shade', 'Red, Blue')], {}, 2);
		const out = result.json[0];
		expect((out.variations as IDataObject[]).find((v) => v.id === sRed)).toMatchObject({ item_price: 19.99, compare_price: 0 });
		expect(out.unpriced_variation_ids).toEqual(out.created_variation_ids);
		expect((out.unpriced_variation_ids as number[]).every((id) => Number.isInteger(id) && id > sRed)).toBe(true);
	});

	it('with Allow Deleting Variations deletes the variations of a removed value and keeps the others', async () => {
		const first = await generate();
		const result = await run([option('Size', 'S'), option('Shade', 'Red, Blue')], { allowDeletingVariations: true });
		const out = result.json[0];
		const [sRed, sBlue, mRed, mBlue] = first.created_variation_ids as number[];
		expect(out).toMatchObject({ variationOptionsApplied: 'applied', kept_variation_ids: [sRed, sBlue], deleted_variation_ids: [mRed, mBlue], created_variation_ids: [] });
		expect(variantsOf().map((v) => Number(v.id))).toEqual([sRed, sBlue]);
	});

	it('refuses a missing attribute or value when Create Missing Attributes is off, naming them', async () => {
		const result = await run([option('Size', 'S, Huge'), option('Finish', 'Matte')], { createMissingAttributes: false, allowDeletingVariations: true });
		expect(result.error?.message).toBe('Not in FluentCart’s attribute library: Size: Huge; Finish (attribute, with Matte) [item 0]');
		expect(writes()).toEqual([]);
	});

	it('uses an existing term of a created attribute instead of a duplicate, matching names trimmed and in any case', async () => {
		const group = addAttrGroup(ctx.fake, 'Finish');
		const matte = addAttrTerm(ctx.fake, group.id, 'Matte');
		const result = await run([option(' finish ', ' MATTE , Gloss')], { allowDeletingVariations: true });
		expect(result.error).toBeUndefined();
		expect(result.json[0].created_attributes).toEqual(['Finish: Gloss']);
		expect((result.json[0].options as IDataObject[])[0]).toMatchObject({ group_id: group.id, values: [{ value: 'Matte', term_id: matte.id }, { value: 'Gloss' }] });
		expect(writes()).toEqual([`POST options/attr/group/${group.id}/terms`, `POST products/${PRODUCT}/update-variant-option`]);
	});

	it('of two values of the same name, takes the one the product uses (FluentCart stores duplicates)', async () => {
		const group = addAttrGroup(ctx.fake, 'Finish');
		addAttrTerm(ctx.fake, group.id, 'Matte');
		const used = addAttrTerm(ctx.fake, group.id, 'Matte');
		await ctx.api.post(`products/${PRODUCT}/update-variant-option`, { variation_type: 'advanced_variations', options: [{ group_id: group.id, variants: [used.id] }] });
		const variant = Number(variantsOf()[0].id);
		ctx.fake.resetLog();
		const result = await run([option('Finish', 'Matte')]);
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ variationOptionsApplied: 'applied', kept_variation_ids: [variant], deleted_variation_ids: [], created_variation_ids: [] });
		expect((result.json[0].options as IDataObject[])[0]).toMatchObject({ values: [{ value: 'Matte', term_id: used.id }] });
	});

	it.each([
		[[], 'Options has no attribute [item 0]'],
		[[option(' ', 'S')], 'Options: attribute 1 has no name [item 0]'],
		[[option('Size', ' , ')], 'Options: attribute "Size" has no values [item 0]'],
		[[option('Size', 'S, s')], 'Options: value "s" is given twice for attribute "Size" [item 0]'],
		[[option('Size', 'S'), option('size', 'M')], 'Options: attribute "size" is given twice [item 0]'],
		[
			[option('A', Array.from({ length: 26 }, (_, n) => `a${n}`).join(',')), option('B', Array.from({ length: 20 }, (_, n) => `b${n}`).join(','))],
			'Options make 520 combinations; FluentCart allows at most 500 [item 0]',
		],
	])('refuses bad options before any request (%#)', async (options, message) => {
		const result = await run(options as Array<{ name: string; values: string }>, { allowDeletingVariations: true });
		expect(result.error?.message).toBe(message);
		expect(ctx.fake.requests.filter((r) => r.namespace === 'fluent-cart/v2' && r.path !== 'app/init')).toEqual([]);
	});

	it('reports FluentCart’s HTTP 200 without the variation list as not applied', async () => {
		await generate();
		ctx.fake.injectFault({
			method: 'POST',
			path: /update-variant-option$/,
			fault: { kind: 'status', status: 200, body: { message: 'Unknown attribute terms in payload: 999999. Refresh the editor and try again.' } },
		});
		const result = await run([option('Size', 'S, M, L'), option('Shade', 'Red, Blue')]);
		expect(result.error?.message).toBe('FluentCart did not apply the variation options: Unknown attribute terms in payload: 999999. Refresh the editor and try again. [item 0]');
		expect(result.error?.description).toMatch(/changed none/);
		expect(variantsOf()).toHaveLength(4);
	});

	it('reports not applied when FluentCart’s list of variations is not what was asked', async () => {
		await generate();
		ctx.fake.injectFault({ method: 'POST', path: /update-variant-option$/, fault: { kind: 'status', status: 200, body: { message: 'Variation combination updated!', data: [] } } });
		const result = await run([option('Size', 'S, M, L'), option('Shade', 'Red, Blue')]);
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ variationOptionsApplied: 'not applied', created_variation_ids: [], deleted_variation_ids: [] });
	});

	it('reports unknown when only the read-back failed', async () => {
		await generate();
		let sent = false;
		ctx.fake.faultHook = (method, path) => {
			if (method === 'POST' && path.endsWith('update-variant-option')) sent = true;
			else if (sent && method === 'GET' && path.endsWith('/pricing')) return { kind: 'status', status: 404, body: { message: 'Product not found' } };
			return undefined;
		};
		const result = await run([option('Size', 'S, M, L'), option('Shade', 'Red, Blue')]);
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ variationOptionsApplied: 'unknown', readBack: 'failed', written: true });
		expect(result.json[0].variations).toHaveLength(6);
		expect(result.hints.map((h) => h.message).join(' ')).toMatch(/Do not run this item again/);
	});
});

describeBefore15(`Product → Set Variation Options on FluentCart ${suiteVersion()}`, () => {
	it('refuses before sending anything: the feature needs FluentCart 1.5.0', async () => {
		const result = await run(SIZE_COLOR, { allowDeletingVariations: true });
		expect(result.error?.message).toMatch(/^Setting variation options needs FluentCart 1\.5\.0 or later; this site runs 1\.3\.25 \[item 0\]$/);
		expect(ctx.fake.requests.filter((r) => /options\/attr|update-variant-option|pricing/.test(r.path))).toEqual([]);
		expect(writes()).toEqual([]);
	});
});
