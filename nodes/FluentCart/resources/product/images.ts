/**
 * Product → Set Images. FluentCart has no route for a product's image alone (1.3.25, 1.5.2 and
 * 1.6.3). Its product editor sends the image list as `gallery:[{id,url,title}]` in the full
 * update `POST products/{id}/pricing`: FluentCart stores the list and makes its first image the
 * WordPress featured image (`featured_image_id`); an empty list removes them all (recorded:
 * live-media-product-gallery-pricing-update*). FluentCart checks no id (an unknown one is stored
 * and the featured image is dropped), so every image is looked up in WordPress first. The write
 * goes through Product → Update's writer, which sends every other field back as read.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { lookUpImages, readImageSelection, sameIds, storedImageIds } from '../../../shared/attachments';
import { readId } from '../../../shared/locators';
import { moneyUnit } from '../../../shared/profile';
import { readBackAfterWrite } from '../../../shared/read-back';
import { fetchPricing } from './helpers';
import { writeProduct } from './update';

const FIELD = 'Image IDs';

/** The product's image list as FluentCart's editor payload shows it (`detail.gallery_image`). */
function galleryIds(product: IDataObject): number[] {
	const detail = (product.detail ?? {}) as IDataObject;
	return storedImageIds(((detail.gallery_image ?? {}) as IDataObject).meta_value);
}

export async function setImages(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product ID');
	const { removeAll, ids } = readImageSelection(this, i, FIELD);
	// The full update sends the price back: the unit first, so an unknown version refuses here.
	const unit = await moneyUnit(this, 'productPricing', i);
	const images = await lookUpImages(this, i, ids, FIELD);
	const gallery = images.map((image) => ({ id: image.id, url: image.url, title: image.title }));
	await writeProduct(this, i, productId, { gallery }, unit);

	const base: IDataObject = { product_id: productId, images: images.map((image) => ({ ...image })) };
	const done = removeAll ? `The images of product ${productId} were removed` : `The images of product ${productId} were sent`;
	const read = await readBackAfterWrite(this, i, done, async () => await fetchPricing(this, productId, i));
	if (read.failed) return { ...base, ...read.failed, imagesApplied: 'unknown' };
	const stored = galleryIds(read.value);
	const featured = Number(read.value.featured_image_id ?? 0);
	const applied = sameIds(stored, ids) && featured === (ids[0] ?? 0);
	return {
		...base,
		featured_image_id: featured,
		stored_image_ids: stored,
		imagesApplied: applied ? 'applied' : 'not applied',
	};
}
