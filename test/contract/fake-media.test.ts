/**
 * The fake's image routes replay the live session recorded on FluentCart 1.3.25 and 1.5.2
 * (live-media-*.json), request by request in the order it was made: variation images through
 * setMedia (one, two, an unknown attachment, none, an unknown variation), the product's image list
 * through the full update's `gallery`, each followed by the editor payload, and WordPress core's
 * media look-up. The record ids of the live sites are mapped to the fake's (its product 4 with
 * variations 1 and 2, two images it is given); answers must agree on the status, FluentCart's
 * message and data, and the images the editor payload shows afterwards.
 */
import axios from 'axios';

import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { fixture } from '../helpers/fixtures';
import type { RecordedVersion } from '../helpers/fixtures';
import { addImage } from '../fake/routes/wp-media';

type Json = Record<string, unknown>;

/** In the order they were recorded (the answers depend on what came before). */
const SESSION = [
	'live-media-wp-get',
	'live-media-wp-get-not-found',
	'live-media-set-one',
	'live-media-set-one-pricing',
	'live-media-set-two',
	'live-media-set-two-pricing',
	'live-media-set-unknown-attachment',
	'live-media-set-unknown-attachment-pricing',
	'live-media-set-empty',
	'live-media-set-empty-pricing',
	'live-media-set-unknown-variant',
	'live-media-set-unknown-variant-pricing',
	'live-media-product-gallery-pricing-update',
	'live-media-product-gallery-pricing-update-read',
	'live-media-product-gallery-pricing-update-empty',
	'live-media-product-gallery-pricing-update-empty-read',
	'live-media-product-gallery-pricing-update-unknown-attachment',
	'live-media-product-gallery-pricing-update-unknown-attachment-read',
];

/** The live records: the throwaway product, its variation set first and the other, red and blue. */
const RECORDED: Record<RecordedVersion, { product: number; first: number; other: number; red: number; blue: number; detail: number }> = {
	'1.3.25': { product: 28, first: 29, other: 28, red: 26, blue: 27, detail: 15 },
	'1.5.2': { product: 27, first: 27, other: 26, red: 25, blue: 26, detail: 14 },
};

const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const LIVE_SITE = /http:\/\/127\.0\.0\.1:809\d/g;

describe.each(['1.3.25', '1.5.2'] as RecordedVersion[])('the fake answering as FluentCart %s', (version) => {
	let ctx: StartedFake;
	let map: { variation: Map<number, number>; image: Map<number, number>; product: number; detail: number };
	const live = RECORDED[version];

	beforeAll(async () => {
		ctx = await startFake({ version });
		const red = Number(addImage(ctx.fake.store, 'fc-media-red').id);
		const blue = Number(addImage(ctx.fake.store, 'fc-media-blue').id);
		map = {
			variation: new Map([[live.first, 1], [live.other, 2]]),
			image: new Map([[live.red, red], [live.blue, blue]]),
			product: 4,
			detail: Number(ctx.fake.store.details.get(4)!.id),
		};
	});
	afterAll(async () => ctx.fake.stop());

	const site = (text: string) => text.replace(LIVE_SITE, ctx.url);
	const imageId = (id: unknown) => map.image.get(Number(id)) ?? Number(id);
	const images = (list: unknown) =>
		Array.isArray(list) ? list.map((m: Json) => ({ ...m, id: imageId(m.id), url: site(String(m.url ?? '')) })) : list;

	/** The recorded request with the live ids replaced by the fake's. */
	function request(name: string): { method: string; path: string; body?: Json } {
		const f = fixture(name, version);
		const path = site(f.request.path)
			.replace(`/products/${live.product}/`, `/products/${map.product}/`)
			.replace(/\/variants\/(\d+)\//, (_, id: string) => `/variants/${map.variation.get(Number(id)) ?? id}/`)
			.replace(/\/media\/(\d+)$/, (_, id: string) => `/media/${imageId(id)}`);
		if (!f.request.body) return { method: f.request.method, path };
		const body = JSON.parse(site(JSON.stringify(f.request.body))) as Json;
		if (body.media) body.media = images(body.media);
		if (body.gallery) body.gallery = images(body.gallery);
		if (body.detail) Object.assign(obj(body.detail), { id: map.detail, post_id: map.product });
		if (Array.isArray(body.variants)) {
			body.variants = (body.variants as Json[]).map((v) => ({ ...v, id: map.variation.get(Number(v.id)), post_id: map.product }));
		}
		return { method: f.request.method, path, body };
	}

	/** What is compared of an answer (the recorded one with the live ids mapped). */
	function essentials(name: string, status: number, body: unknown, recorded: boolean): Json {
		const b = obj(body);
		if (name.startsWith('live-media-wp-get')) {
			return status === 200 ? { status, title: b.title, media_type: b.media_type, mime_type: b.mime_type } : { status, body };
		}
		if (/-pricing$|-read$/.test(name)) {
			const product = obj(b.product);
			const detail = obj(product.detail);
			const variants = (product.variants as Json[]).map((v) => ({
				id: recorded ? map.variation.get(Number(v.id)) : v.id,
				images: images(obj(v.media).meta_value ?? null),
				thumbnail: v.thumbnail ? site(String(v.thumbnail)) : null,
			}));
			const gallery = detail.gallery_image ? images(obj(detail.gallery_image).meta_value) : null;
			return {
				status,
				featured_image_id: imageId(product.featured_image_id),
				featured_media: detail.featured_media ? (images([detail.featured_media]) as Json[])[0] : null,
				gallery,
				variants: variants.sort((x, y) => Number(x.id) - Number(y.id)),
			};
		}
		if (name.startsWith('live-media-set-')) {
			const data = b.data;
			if (typeof data !== 'object' || data === null) return { status, message: b.message, data };
			const row = obj(data);
			const objectId = row.object_id;
			const mapped = recorded ? map.variation.get(Number(objectId)) ?? Number(objectId) : Number(objectId);
			return {
				status,
				message: b.message,
				object_id: typeof objectId === 'string' ? String(mapped) : mapped,
				object_type: row.object_type,
				meta_key: row.meta_key,
				meta_value: images(row.meta_value),
			};
		}
		return { status, message: b.message };
	}

	it('answers the recorded image session with the recorded statuses, messages and images', async () => {
		const admin = ctx.fake.store.users.find((u) => u.isAdmin)!;
		const answers: Json[] = [];
		const expected: Json[] = [];
		for (const name of SESSION) {
			if (version === '1.5.2' && name === 'live-media-product-gallery-pricing-update') {
				// Not recorded: on 1.5.2 the first variation got the blue image again here, to see
				// that the product update leaves variation images alone (the reads after it show that).
				const blue = ctx.fake.store.attachments.get(map.image.get(live.blue)!)!;
				await ctx.api.post('products/variants/1/setMedia', { media: [{ id: blue.id, title: 'fc-media-blue', url: blue.source_url }] });
			}
			const f = fixture(name, version);
			const { method, path, body } = request(name);
			const res = await axios.request({
				method,
				url: `${ctx.url}${path}`,
				data: body,
				auth: { username: admin.username, password: admin.appPassword },
				validateStatus: () => true,
			});
			answers.push({ name, ...essentials(name, res.status, res.data, false) });
			expected.push({ name, ...essentials(name, f.status, f.response, true) });
		}
		expect(answers).toEqual(expected);
	});

	it('kept the orphan row FluentCart writes for an unknown variation', () => {
		expect(ctx.fake.store.variationMedia.has(999999)).toBe(true);
	});
});
