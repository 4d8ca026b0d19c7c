/**
 * Variation → Set Images: `POST products/variants/{id}/setMedia {"media":[{id,title,url}]}`.
 * FluentCart replaces the variation's image list with the one sent (the first image is the
 * variation's thumbnail) and checks nothing: on 1.3.25 and 1.5.2 an unknown variation id answers
 * 200 and leaves an orphan row, an unknown attachment id is stored with whatever url was sent
 * (recorded: live-media-set-*). So the variation and every image are looked up first, and the
 * variation is read again afterwards to report whether the images were applied.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { lookUpImages, readImageSelection, sameIds, storedImageIds } from '../../../shared/attachments';
import { readId } from '../../../shared/locators';
import { readBackAfterWrite } from '../../../shared/read-back';
import { fluentCartRequest } from '../../../shared/transport';
import { fetchVariation } from './helpers';

const FIELD = 'Image IDs';

const mediaOf = (variation: IDataObject) => ((variation.media ?? {}) as IDataObject).meta_value;

export async function setImages(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const variationId = readId(this, 'variationId', i, 'Variation ID');
	const { removeAll, ids } = readImageSelection(this, i, FIELD);
	// FluentCart would store images for a variation that does not exist: look it up first.
	const before = await fetchVariation(this, variationId, i);
	const images = await lookUpImages(this, i, ids, FIELD);
	const answer = await fluentCartRequest(this, {
		method: 'POST',
		path: `products/variants/${variationId}/setMedia`,
		body: { media: images.map((image) => ({ id: image.id, title: image.title, url: image.url })) },
		itemIndex: i,
	});
	const base: IDataObject = {
		variation_id: variationId,
		product_id: Number(before.post_id),
		images: images.map((image) => ({ ...image })),
		previous_image_ids: storedImageIds(mediaOf(before)),
		fluentCartMessage: String(answer.message ?? ''),
	};
	const done = removeAll ? `The images of variation ${variationId} were removed` : `The images of variation ${variationId} were sent`;
	const read = await readBackAfterWrite(this, i, done, async () => await fetchVariation(this, variationId, i));
	if (read.failed) return { ...base, ...read.failed, imagesApplied: 'unknown' };
	const stored = storedImageIds(mediaOf(read.value));
	return {
		...base,
		thumbnail: read.value.thumbnail ?? null,
		stored_image_ids: stored,
		imagesApplied: sameIds(stored, ids) ? 'applied' : 'not applied',
	};
}
