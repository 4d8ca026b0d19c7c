/**
 * WordPress core's media library, as far as the package reads it: `GET wp/v2/media/{id}` (recorded:
 * live-media-wp-get*, the same on 1.3.25 and 1.5.2). The fake starts with no attachments; tests add
 * images with `addImage`. Attachments are posts, so they take ids from the posts counter.
 */
import mediaGet from '../../fixtures/fluentcart-1.3.25/live-media-wp-get.json';
import { ok, wpError } from '../responses';
import type { FakeFluentCart } from '../server';
import type { FakeStore, Row } from '../store';
import { nextPostId, num } from './catalog-shapes';

const RECORDED_SITE = 'http://127.0.0.1:8091';
const RECORDED_NAME = 'fc-media-red';
const RECORDED_ID = mediaGet.response.id;

/** Adds an image attachment (a PNG named `name`) and returns it as WordPress shows it. */
export function addImage(store: FakeStore, name: string, mimeType = 'image/png'): Row {
	const id = nextPostId(store);
	const text = JSON.stringify(mediaGet.response)
		.split(RECORDED_SITE)
		.join(store.siteUrl)
		.split(RECORDED_NAME)
		.join(name)
		.replace(new RegExp(`(post-|media/|post=)${RECORDED_ID}\\b`, 'g'), `$1${id}`);
	const row: Row = { ...(JSON.parse(text) as Row), id };
	if (!mimeType.startsWith('image/')) {
		Object.assign(row, { media_type: 'file', mime_type: mimeType, media_details: { filesize: 73 } });
	} else if (mimeType !== 'image/png') {
		row.mime_type = mimeType;
	}
	store.attachments.set(id, row);
	return row;
}

export function registerWpMediaRoutes(fake: FakeFluentCart) {
	fake.route('GET', 'wp/v2', 'media/:id', (req) => {
		const attachment = fake.store.attachments.get(num(req.params.id));
		if (!attachment) return wpError(404, 'rest_post_invalid_id', 'Invalid post ID.');
		return ok(attachment);
	});
}
