/**
 * The starting catalogue of the fake store, taken from the recorded fixtures: customer Ada
 * Lovelace (#1), products "Lab T-Shirt" (#4, variations #1 and #2) and "Lab Pro Membership"
 * (#6, subscription variation #3). No orders: tests create the ones they need.
 */
import customerGet from '../fixtures/fluentcart-1.3.25/customer-get.json';
import productPricingGet from '../fixtures/fluentcart-1.3.25/product-pricing-get.json';
import productsList from '../fixtures/fluentcart-1.3.25/products-list.json';
import productsWithDetail from '../fixtures/fluentcart-1.3.25/products-list-with-detail-variants.json';
import variantsList from '../fixtures/fluentcart-1.3.25/variants-list.json';
import type { FakeStore, Row } from './store';

const APPENDED_CUSTOMER_KEYS = [
	'selected_labels',
	'full_name',
	'photo',
	'country_name',
	'formatted_address',
	'user_link',
	'labels',
];

const VIEW_ONLY_VARIATION_KEYS = ['formatted_total', 'media'];

const APPENDED_PRODUCT_KEYS = ['view_url', 'edit_url'];

function without(row: Row, keys: string[]): Row {
	const copy: Row = { ...row };
	for (const key of keys) delete copy[key];
	return copy;
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function seedStore(store: FakeStore) {
	store.users = [
		{
			id: 1,
			username: 'admin',
			email: 'admin@example.test',
			appPassword: 'abcd EFGH ijkl MNOP qrst UVWX',
			isAdmin: true,
		},
		{
			id: 2,
			username: 'shopworker',
			email: 'worker@example.test',
			appPassword: 'wxyz 1234 WXYZ 5678 abcd 9012',
			isAdmin: false,
		},
	];

	const ada = without(clone(customerGet.response.customer) as Row, APPENDED_CUSTOMER_KEYS);
	store.customers.set(Number(ada.id), ada);

	for (const post of clone(productsList.response.products.data) as Row[]) {
		store.products.set(Number(post.ID), without(post, APPENDED_PRODUCT_KEYS));
	}

	const tshirtDetail = without(clone(productPricingGet.response.product.detail) as Row, [
		'featured_media',
		'formatted_min_price',
		'formatted_max_price',
		'gallery_image',
	]);
	store.details.set(4, tshirtDetail);
	const membership = clone(productsWithDetail.response.products.data[0]) as Row;
	store.details.set(
		6,
		without(membership.detail as Row, ['featured_media', 'formatted_min_price', 'formatted_max_price', 'gallery_image']),
	);

	for (const variation of clone(variantsList.response) as Row[]) {
		store.variations.set(Number(variation.id), without(variation, VIEW_ONLY_VARIATION_KEYS));
	}
	for (const variation of membership.variants as Row[]) {
		store.variations.set(Number(variation.id), without(variation, VIEW_ONLY_VARIATION_KEYS));
	}
	recomputePriceRange(store, 4);
	recomputePriceRange(store, 6);
}

/** detail.min_price / max_price follow the variations (strings, cents). */
export function recomputePriceRange(store: FakeStore, productId: number) {
	const detail = store.details.get(productId);
	if (!detail) return;
	const prices = store.variationsOf(productId).map((v) => Number(v.item_price));
	detail.min_price = String(prices.length ? Math.min(...prices) : 0);
	detail.max_price = String(prices.length ? Math.max(...prices) : 0);
}
