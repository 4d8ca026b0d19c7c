/**
 * State of the fake FluentCart. Records are kept in the exact shape (key order and JSON types)
 * FluentCart's list endpoints return them, as recorded in the fixtures: wpdb hands back uncast
 * columns as strings, so e.g. `total_paid` is "5997" while `total_amount` is 5997.
 */
import { createHash, randomBytes } from 'node:crypto';

import { seedStore } from './seed';

export type Row = Record<string, unknown>;

export interface FakeUser {
	id: number;
	username: string;
	email: string;
	/** Application Password as shown by WordPress (with spaces). */
	appPassword: string;
	isAdmin: boolean;
}

export interface Activity {
	id: number;
	module_id: number;
	module_name: string;
	title: string;
	content: string;
	created_at: string;
}

const CURRENCY_SIGNS: Record<string, string> = {
	USD: '&#36;',
	EUR: '&euro;',
	GBP: '&pound;',
	JPY: '&yen;',
};

export class FakeStore {
	siteUrl = 'http://127.0.0.1:8080';
	settings = { currency: 'USD', order_mode: 'test' };
	/** The clock; tests may replace it. */
	now: () => Date = () => new Date();

	users: FakeUser[] = [];
	customers = new Map<number, Row>();
	products = new Map<number, Row>();
	/** Product detail rows by product (post) id. */
	details = new Map<number, Row>();
	variations = new Map<number, Row>();
	/** Variation images (FluentCart's `product_thumbnail` product meta), by variation id. */
	variationMedia = new Map<number, { id: number; items: Row[] }>();
	/** Images of the WordPress media library (attachment posts), as `GET wp/v2/media/{id}` shows them. */
	attachments = new Map<number, Row>();
	/** A product's image list (post meta `fluent-products-gallery-image`), by product id. */
	productGallery = new Map<number, { metaId: number; items: Row[] }>();
	/** A product's WordPress featured image (`_thumbnail_id`), by product id; absent is 0. */
	featuredImage = new Map<number, number>();
	orders = new Map<number, Row>();
	orderItems = new Map<number, Row>();
	transactions = new Map<number, Row>();
	activities: Activity[] = [];

	/** Further tables, by name, for resources that keep their own rows (coupons, subscriptions…). */
	private tables = new Map<string, Map<number, Row>>();
	private counters: Record<string, number> = {};
	private receiptCounter = 0;

	constructor(options: { seed?: boolean } = {}) {
		if (options.seed !== false) seedStore(this);
	}

	/** A named table of rows by id, created on first use. */
	table(name: string): Map<number, Row> {
		let table = this.tables.get(name);
		if (!table) {
			table = new Map();
			this.tables.set(name, table);
		}
		return table;
	}

	/** Next id for a table, above anything already stored. */
	nextId(table: string, existing: Iterable<number> = []): number {
		let max = this.counters[table] ?? 0;
		for (const id of existing) max = Math.max(max, id);
		this.counters[table] = max + 1;
		return max + 1;
	}

	/** `date('c')` style, as created_at/updated_at are serialised. */
	isoNow(): string {
		return this.now().toISOString().replace(/\.\d{3}Z$/, '+00:00');
	}

	/** Raw `Y-m-d H:i:s` GMT, as completed_at and friends are stored. */
	gmtNow(): string {
		return this.now().toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '');
	}

	uuid(): string {
		return createHash('md5').update(randomBytes(16)).digest('hex');
	}

	nextReceiptNumber(): number {
		for (const order of this.orders.values()) {
			const n = Number(order.receipt_number);
			if (Number.isFinite(n)) this.receiptCounter = Math.max(this.receiptCounter, n);
		}
		this.receiptCounter += 1;
		return this.receiptCounter;
	}

	formatMoney(cents: number, currency = this.settings.currency): string {
		const sign = CURRENCY_SIGNS[currency] ?? `${currency} `;
		return `${sign}${(cents / 100).toFixed(2)}`;
	}

	log(moduleName: 'Order' | 'Customer' | 'Product', moduleId: number, title: string, content: string) {
		this.activities.push({
			id: this.activities.length + 1,
			module_id: moduleId,
			module_name: moduleName,
			title,
			content,
			created_at: this.isoNow(),
		});
	}

	// ----- customers -------------------------------------------------------------------------

	/** Customer row with FluentCart's appended attributes (full_name, photo, …). */
	customerWithAppends(customer: Row): Row {
		const fullName = `${String(customer.first_name ?? '')} ${String(customer.last_name ?? '')}`.trim();
		const countryName = customer.country === 'GB' ? 'United Kingdom (UK)' : String(customer.country ?? '');
		const emailHash = createHash('sha256')
			.update(String(customer.email).trim().toLowerCase())
			.digest('hex');
		const userId = Number(customer.user_id);
		return {
			...customer,
			full_name: fullName,
			photo: `https://secure.gravatar.com/avatar/${emailHash}?s=100&#038;d=mm&#038;r=g`,
			country_name: countryName,
			formatted_address: {
				country: countryName,
				state: customer.state ?? '',
				city: customer.city ?? '',
				postcode: customer.postcode ?? '',
				first_name: customer.first_name ?? '',
				last_name: customer.last_name ?? '',
				full_name: fullName,
			},
			user_link: userId > 0 ? `${this.siteUrl}/wp-admin/user-edit.php?user_id=${userId}` : '',
		};
	}

	/** Recount purchase stats the way Customer::recountStat does (paid orders only). */
	recountCustomer(customerId: number) {
		const customer = this.customers.get(customerId);
		if (!customer) return;
		const paid = [...this.orders.values()].filter(
			(o) =>
				Number(o.customer_id) === customerId &&
				['paid', 'partially_refunded', 'partially_paid'].includes(String(o.payment_status)),
		);
		const ltv = paid.reduce((sum, o) => sum + Number(o.total_paid) - Number(o.total_refund), 0);
		customer.purchase_count = String(paid.length);
		customer.ltv = String(ltv);
		customer.aov = paid.length ? (ltv / paid.length).toFixed(2) : '0.00';
		const dates = paid.map((o) => String(o.created_at).replace('T', ' ').slice(0, 19)).sort();
		customer.first_purchase_date = dates[0] ?? null;
		customer.last_purchase_date = dates[dates.length - 1] ?? null;
		customer.updated_at = this.isoNow();
	}

	// ----- catalog ---------------------------------------------------------------------------

	/** Variation row as `GET variants` shows it (with formatted_total and media). */
	variationView(variation: Row): Row {
		const id = Number(variation.id);
		const media = this.variationMedia.get(id);
		const first = media?.items[0];
		return {
			...variation,
			// ProductVariation::getThumbnailAttribute: the first media url, else null.
			thumbnail: first && first.url ? first.url : null,
			formatted_total: this.formatMoney(Number(variation.item_price)),
			// object_id is a string column; an emptied list reads back as the string "[]" (recorded: live-media-set-empty).
			media: media ? { id: media.id, object_id: String(id), meta_value: media.items.length ? media.items : '[]' } : null,
		};
	}

	/** Product detail with its appended attributes. */
	detailView(productId: number): Row | null {
		const detail = this.details.get(productId);
		if (!detail) return null;
		const gallery = this.productGallery.get(productId);
		return {
			...detail,
			// The first image of the gallery meta (not the WordPress thumbnail).
			featured_media: gallery?.items[0] ?? null,
			formatted_min_price: this.formatMoney(Number(detail.min_price)),
			formatted_max_price: this.formatMoney(Number(detail.max_price)),
			gallery_image: gallery
				? { meta_id: String(gallery.metaId), post_id: productId, meta_key: 'fluent-products-gallery-image', meta_value: gallery.items }
				: null,
		};
	}

	variationsOf(productId: number): Row[] {
		return [...this.variations.values()]
			.filter((v) => Number(v.post_id) === productId)
			.sort((a, b) => Number(a.serial_index) - Number(b.serial_index) || Number(a.id) - Number(b.id));
	}

	// ----- orders ----------------------------------------------------------------------------

	itemsOf(orderId: number): Row[] {
		return [...this.orderItems.values()].filter((i) => Number(i.order_id) === orderId);
	}

	transactionsOf(orderId: number): Row[] {
		return [...this.transactions.values()].filter((t) => Number(t.order_id) === orderId);
	}

	/** Order item with its `variants` relation, as order details return it. */
	itemWithVariation(item: Row): Row {
		const variation = this.variations.get(Number(item.object_id));
		return { ...item, variants: variation ? this.variationView(variation) : null };
	}

	touchOrder(order: Row) {
		order.updated_at = this.isoNow();
	}
}
