/**
 * Variation → Set Images and Product → Set Images through n8n-core against the fake. FluentCart
 * checks neither the variation nor the attachment ids (recorded: live-media-set-unknown-*), so the
 * node looks every image up in WordPress core first and refuses before any write; afterwards it
 * reads the record back and says whether the images were applied.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Row } from '../fake/store';
import { addImage } from '../fake/routes/wp-media';
import { runFluentCart } from '../helpers/engine';
import { startFake, suiteVersion } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { rl } from '../helpers/params';

let ctx: StartedFake;
let red: Row;
let blue: Row;
beforeEach(async () => {
	ctx = await startFake();
	red = addImage(ctx.fake.store, 'lamp-red');
	blue = addImage(ctx.fake.store, 'lamp-blue');
	ctx.fake.resetLog();
});
afterEach(async () => ctx.fake.stop());

const run = (parameters: IDataObject) => runFluentCart({ credentials: ctx.credentials, parameters });
const variation = (extra: IDataObject) => run({ resource: 'variation', operation: 'setImages', variationId: rl(1), ...extra });
const product = (extra: IDataObject) => run({ resource: 'product', operation: 'setImages', productId: rl(4), ...extra });
const writes = () => ctx.fake.requests.filter((r) => r.method !== 'GET');
const image = (row: Row) => ({ id: Number(row.id), title: String((row.title as IDataObject).rendered), url: String(row.source_url) });
/** After the first GET of variants (the look-up), every further one fails: the read-back. */
function failReadBackOf(path: RegExp) {
	let seen = 0;
	ctx.fake.faultHook = (method, fullPath) => {
		if (method !== 'GET' || !path.test(fullPath)) return undefined;
		seen += 1;
		return seen > 1 ? { kind: 'status', status: 500, body: { code: 'internal', message: 'read-back broke' } } : undefined;
	};
}

describe(`Variation → Set Images (FluentCart ${suiteVersion()})`, () => {
	it('looks each image up in WordPress, sends them in order and reads back that they were applied', async () => {
		const result = await variation({ imageIds: `${blue.id}, ${red.id}` });
		expect(result.error).toBeUndefined();
		expect(ctx.fake.requestsTo('GET', /^wp\/v2\/media\/\d+$/).map((r) => r.path)).toEqual([`media/${blue.id}`, `media/${red.id}`]);
		expect(writes().map((r) => [r.path, r.body])).toEqual([['products/variants/1/setMedia', { media: [image(blue), image(red)] }]]);
		expect(result.json[0]).toMatchObject({
			variation_id: 1,
			product_id: 4,
			images: [image(blue), image(red)],
			previous_image_ids: [],
			stored_image_ids: [Number(blue.id), Number(red.id)],
			thumbnail: blue.source_url,
			imagesApplied: 'applied',
		});
		expect(ctx.fake.store.variationMedia.get(1)?.items).toEqual([image(blue), image(red)]);
	});

	it('Remove All Images sends an empty list; FluentCart then shows no image', async () => {
		await variation({ imageIds: String(red.id) });
		const result = await variation({ removeAllImages: true });
		expect(result.error).toBeUndefined();
		expect(writes().map((r) => r.body)).toEqual([{ media: [image(red)] }, { media: [] }]);
		expect(result.json[0]).toMatchObject({ previous_image_ids: [Number(red.id)], stored_image_ids: [], thumbnail: null, imagesApplied: 'applied' });
	});

	it('refuses an ID that is not in the media library, naming the field and the item, before any write', async () => {
		const result = await variation({ imageIds: `${red.id}, 999999` });
		expect(result.error?.message).toBe('Image IDs: 999999 is not an image of the WordPress media library [item 0]');
		expect(writes()).toEqual([]);
	});

	it('refuses an attachment that is not an image', async () => {
		const pdf = addImage(ctx.fake.store, 'price-list', 'application/pdf');
		const result = await variation({ imageIds: String(pdf.id) });
		expect(result.error?.message).toBe(`Image IDs: attachment ${String(pdf.id)} is not an image (its type is application/pdf) [item 0]`);
		expect(writes()).toEqual([]);
	});

	it('refuses a variation that does not exist (FluentCart would store its images anyway)', async () => {
		const result = await variation({ variationId: rl(999999), imageIds: String(red.id) });
		expect(result.error?.message).toBe('The variation was not found');
		expect(writes()).toEqual([]);
		expect(ctx.fake.store.variationMedia.has(999999)).toBe(false);
	});

	it('refuses an empty Image IDs and IDs that are not whole numbers', async () => {
		expect((await variation({ imageIds: ' ' })).error?.message).toBe('Image IDs is empty [item 0]');
		expect((await variation({ imageIds: 'front.png' })).error?.message).toMatch(/^Image IDs/);
		expect(ctx.fake.requests).toEqual([]);
	});

	it('says "not applied" when FluentCart answers but keeps the old images', async () => {
		ctx.fake.injectFault({ method: 'POST', path: /setMedia$/, fault: { kind: 'status', status: 200, body: { message: 'Thumbnail set successfully!', data: true } } });
		const result = await variation({ imageIds: String(red.id) });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ stored_image_ids: [], imagesApplied: 'not applied' });
	});

	it('says "unknown" (and not to run it again) when only the read-back fails', async () => {
		failReadBackOf(/^fluent-cart\/v2\/variants$/);
		const result = await variation({ imageIds: String(red.id) });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ written: true, readBack: 'failed', imagesApplied: 'unknown' });
		expect(result.hints.map((h) => h.message).join(' ')).toMatch(/Do not run this item again/);
		expect(ctx.fake.store.variationMedia.get(1)?.items).toEqual([image(red)]);
	});
});

describe(`Product → Set Images (FluentCart ${suiteVersion()})`, () => {
	it('sends the list as the product update’s gallery; the first image becomes the featured image', async () => {
		const before = JSON.parse(JSON.stringify(ctx.fake.store.variationsOf(4))) as Row[];
		const result = await product({ imageIds: `${red.id},${blue.id}` });
		expect(result.error).toBeUndefined();
		const [write] = writes();
		expect(writes()).toHaveLength(1);
		expect(write.path).toBe('products/4/pricing');
		expect((write.body as IDataObject).gallery).toEqual([
			{ id: Number(red.id), url: red.source_url, title: 'lamp-red' },
			{ id: Number(blue.id), url: blue.source_url, title: 'lamp-blue' },
		]);
		expect(result.json[0]).toMatchObject({
			product_id: 4,
			featured_image_id: Number(red.id),
			stored_image_ids: [Number(red.id), Number(blue.id)],
			imagesApplied: 'applied',
		});
		// Prices and stock are sent back as read.
		const after = ctx.fake.store.variationsOf(4);
		expect(after.map((v) => [v.id, v.item_price, v.available])).toEqual(before.map((v) => [v.id, v.item_price, v.available]));
	});

	it('Remove All Images sends an empty gallery: no featured image, no images', async () => {
		await product({ imageIds: String(blue.id) });
		const result = await product({ removeAllImages: true });
		expect(result.error).toBeUndefined();
		expect((writes()[1].body as IDataObject).gallery).toEqual([]);
		expect(result.json[0]).toMatchObject({ featured_image_id: 0, stored_image_ids: [], imagesApplied: 'applied' });
	});

	it('refuses an unknown image before writing anything', async () => {
		const result = await product({ imageIds: `${red.id}, 424242` });
		expect(result.error?.message).toBe('Image IDs: 424242 is not an image of the WordPress media library [item 0]');
		expect(writes()).toEqual([]);
	});

	it('says "unknown" when only the read-back fails', async () => {
		failReadBackOf(/^fluent-cart\/v2\/products\/4\/pricing$/);
		const result = await product({ imageIds: String(red.id) });
		expect(result.error).toBeUndefined();
		expect(result.json[0]).toMatchObject({ written: true, readBack: 'failed', imagesApplied: 'unknown' });
		expect(ctx.fake.store.featuredImage.get(4)).toBe(Number(red.id));
	});
});
