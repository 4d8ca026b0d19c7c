/**
 * A believable demo shop on top of the seeded fake (`npm run fake -- --demo`, used by `npm start`):
 * a dozen products with variations (two of them low in stock), 50 customers with addresses,
 * 500 orders spread over the last 90 days in every status (paid, pending, processing, completed,
 * canceled, refunded, partially refunded with refund transactions, failed), subscriptions
 * (active and canceled) and a few coupons.
 *
 * Everything goes through the fake's own REST routes, over HTTP, with the store's clock set to
 * the moment each step "happened", so every record has exactly the shape the fake serves.
 * Deterministic: a seeded PRNG picks names, prices and statuses, and the store's uuids come from
 * it while seeding, so the same `now` gives the same shop.
 */
import { FLUENTCART_NS } from './server';
import type { FakeFluentCart } from './server';
import type { Row } from './store';
import { addSubscriptionScenario } from './routes/subscription-shapes';

const DAY = 86400000;
const HOUR = 3600000;

export const DEMO_ORDER_COUNT = 500;
export const DEMO_CUSTOMER_COUNT = 50;
export const DEMO_DAYS = 90;

/** mulberry32: small, fast, good enough for demo data. */
export function prng(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
		hex: (length: number) => Array.from({ length }, () => Math.floor(next() * 16).toString(16)).join(''),
	};
}

interface DemoVariation {
	title: string;
	price: number;
	stock: number;
	sku: string;
}

interface DemoProduct {
	title: string;
	fulfillment: 'physical' | 'digital';
	variations: DemoVariation[];
}

/** Prices in major units (as the admin types them); stock of 0 means not managed. */
const PRODUCTS: DemoProduct[] = [
	{ title: 'Organic Cotton Hoodie', fulfillment: 'physical', variations: [
		{ title: 'Small', price: 59, stock: 40, sku: 'HOOD-S' }, { title: 'Medium', price: 59, stock: 3, sku: 'HOOD-M' }, { title: 'Large', price: 62, stock: 25, sku: 'HOOD-L' }] },
	{ title: 'Ceramic Pour-Over Set', fulfillment: 'physical', variations: [
		{ title: 'White', price: 45, stock: 30, sku: 'POUR-WHT' }, { title: 'Charcoal', price: 45, stock: 2, sku: 'POUR-CHR' }] },
	{ title: 'Single-Origin Coffee Beans', fulfillment: 'physical', variations: [
		{ title: '250 g', price: 14.5, stock: 120, sku: 'BEAN-250' }, { title: '1 kg', price: 42, stock: 60, sku: 'BEAN-1K' }] },
	{ title: 'Leather Notebook Cover', fulfillment: 'physical', variations: [
		{ title: 'A5 Tan', price: 38, stock: 35, sku: 'NOTE-A5T' }, { title: 'A5 Black', price: 38, stock: 28, sku: 'NOTE-A5B' }] },
	{ title: 'Merino Wool Beanie', fulfillment: 'physical', variations: [
		{ title: 'Forest Green', price: 24, stock: 50, sku: 'BEAN-GRN' }, { title: 'Oatmeal', price: 24, stock: 44, sku: 'BEAN-OAT' }] },
	{ title: 'Bamboo Cutting Board', fulfillment: 'physical', variations: [
		{ title: 'Medium', price: 29.99, stock: 70, sku: 'BOARD-M' }, { title: 'Large', price: 39.99, stock: 45, sku: 'BOARD-L' }] },
	{ title: 'Photography Masterclass', fulfillment: 'digital', variations: [
		{ title: 'Video course', price: 129, stock: 0, sku: 'PHOTO-VID' }, { title: 'Course + 1:1 review', price: 249, stock: 0, sku: 'PHOTO-REV' }] },
	{ title: 'Minimal WordPress Theme', fulfillment: 'digital', variations: [
		{ title: 'Single site', price: 49, stock: 0, sku: 'THEME-1' }, { title: 'Unlimited sites', price: 149, stock: 0, sku: 'THEME-UNL' }] },
	{ title: 'Sourdough Starter Kit', fulfillment: 'physical', variations: [
		{ title: 'Starter only', price: 19, stock: 80, sku: 'SOUR-ST' }, { title: 'Starter + banneton', price: 48, stock: 22, sku: 'SOUR-KIT' }] },
];

/** A subscription product besides the seeded "Lab Pro Membership" (#6). */
const SUBSCRIPTION_PRODUCT = { title: 'Coffee Club Subscription', variations: [
	{ title: 'Monthly bag', price: 18, interval: 'monthly', sku: 'CLUB-MON' }, { title: 'Yearly plan', price: 190, interval: 'yearly', sku: 'CLUB-YR' }] };

const FIRST_NAMES = ['Olivia', 'Liam', 'Emma', 'Noah', 'Amelia', 'Oliver', 'Sophia', 'Elijah', 'Mia', 'Lucas', 'Harper', 'Mateo', 'Ava', 'Leo', 'Isla', 'Hugo', 'Freya', 'Arjun', 'Chloe', 'Kenji', 'Nora', 'Diego', 'Zara', 'Felix', 'Ines'];
const LAST_NAMES = ['Smith', 'Garcia', 'Müller', 'Rossi', 'Nguyen', 'Kowalski', 'Okafor', 'Dubois', 'Silva', 'Jensen', 'Patel', 'Tanaka', 'Brown', 'Novak', 'Haddad', 'Larsen', 'Moreau', 'Costa', 'Walsh', 'Fischer'];
const PLACES: Array<[string, string, string, string]> = [
	['US', 'Portland', 'OR', '97205'], ['US', 'Austin', 'TX', '78701'], ['US', 'Brooklyn', 'NY', '11201'], ['GB', 'London', '', 'EC1V 9HX'],
	['GB', 'Manchester', '', 'M1 1AE'], ['DE', 'Berlin', '', '10115'], ['FR', 'Lyon', '', '69002'], ['NL', 'Utrecht', '', '3511 AB'],
	['CA', 'Toronto', 'ON', 'M5V 2T6'], ['AU', 'Melbourne', 'VIC', '3000'], ['IE', 'Dublin', '', 'D02 X285'], ['SE', 'Malmö', '', '211 22'],
];
const STREETS = ['Maple Street', 'Harbour Road', 'Station Lane', 'Elm Avenue', 'Mill Road', 'Park Terrace', 'Church Street', 'Orchard Way'];
const REFUND_REASONS = ['Damaged in transit', 'Customer changed their mind', 'Wrong size', 'Duplicate order', 'Late delivery'];

export interface DemoOptions {
	/** The moment the shop is seeded at: every date falls in the 90 days before it. */
	now?: Date;
	seed?: number;
}

export interface DemoSummary {
	products: number;
	customers: number;
	orders: number;
	subscriptions: number;
	coupons: number;
}

/** Seeds the demo shop into a started fake (its REST API answering at fake.baseUrl). */
export async function seedDemo(fake: FakeFluentCart, options: DemoOptions = {}): Promise<DemoSummary> {
	const store = fake.store;
	const anchor = (options.now ?? new Date()).getTime();
	const random = prng(options.seed ?? 20260101);
	const realNow = store.now;
	const realUuid = store.uuid.bind(store);
	let clock = anchor - (DEMO_DAYS + 30) * DAY;
	store.now = () => new Date(clock);
	store.uuid = () => random.hex(32);
	const admin = store.users.find((u) => u.isAdmin)!;
	const auth = `Basic ${Buffer.from(`${admin.username}:${admin.appPassword}`).toString('base64')}`;
	// Decimal amounts are written as decimals before FluentCart 1.6.2, as cents from it.
	const money = (decimal: number) => (fake.atLeast('1.6.2') ? Math.round(decimal * 100) : decimal);

	const call = async (method: string, path: string, body?: unknown): Promise<Row> => {
		const res = await fetch(`${fake.baseUrl}/wp-json/${FLUENTCART_NS}/${path}`, {
			method,
			headers: { authorization: auth, 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`demo seed: ${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
		return JSON.parse(text) as Row;
	};

	try {
		// ----- catalogue, 120 days ago ---------------------------------------------------------
		const sellable: Array<{ productId: number; variationId: number; price: number; physical: boolean }> = [];
		const variationBody = (productId: number, serial: number, v: { title: string; price: number; sku: string; stock?: number }, fulfillment: string, otherInfo: Row) => ({
			variants: {
				post_id: productId,
				serial_index: serial,
				variation_title: v.title,
				sku: v.sku,
				item_price: money(v.price),
				fulfillment_type: fulfillment,
				manage_cost: 'false',
				manage_stock: v.stock ? 1 : 0,
				stock_status: 'in-stock',
				total_stock: v.stock ?? 0,
				available: v.stock ?? 0,
				committed: 0,
				on_hold: 0,
				other_info: otherInfo,
			},
		});
		const addProduct = async (title: string, fulfillment: string, variations: Array<{ title: string; price: number; sku: string; stock?: number; interval?: string }>) => {
			const created = await call('POST', 'products', { post_title: title, post_status: 'publish', detail: { fulfillment_type: fulfillment, variation_type: 'simple' } });
			const data = created.data as Row;
			const productId = Number(data.ID);
			const starter = data.variant as Row | null;
			for (const [index, v] of variations.entries()) {
				const otherInfo: Row = v.interval
					? { payment_type: 'subscription', repeat_interval: v.interval, times: '', trial_days: '', manage_setup_fee: 'no', billing_summary: '' }
					: { payment_type: 'onetime', description: '' };
				const body = variationBody(productId, index + 1, v, fulfillment, otherInfo);
				if (index === 0 && starter) {
					await call('POST', `products/variants/${Number(starter.id)}`, { variants: { ...body.variants, id: Number(starter.id) } });
				} else {
					await call('POST', 'products/variants', body);
				}
				clock += 60000;
			}
			return productId;
		};
		for (const product of PRODUCTS) {
			const productId = await addProduct(product.title, product.fulfillment, product.variations);
			for (const variation of store.variationsOf(productId)) {
				sellable.push({ productId, variationId: Number(variation.id), price: Number(variation.item_price), physical: product.fulfillment === 'physical' });
			}
			clock += HOUR;
		}
		const clubId = await addProduct(SUBSCRIPTION_PRODUCT.title, 'digital', SUBSCRIPTION_PRODUCT.variations);
		// The seeded Lab T-Shirt (#4) sells too.
		for (const variation of store.variationsOf(4)) {
			sellable.push({ productId: 4, variationId: Number(variation.id), price: Number(variation.item_price), physical: false });
		}

		// ----- coupons ---------------------------------------------------------------------------
		const coupon = (title: string, code: string, type: string, amount: number, status: string, end = '') =>
			call('POST', 'coupons', {
				title, code, type, amount: type === 'percentage' ? amount : money(amount), status, notes: '', stackable: 'no', show_on_checkout: 'no',
				priority: 1, conditions: { min_purchase_amount: 0, max_discount_amount: 0, max_uses: 0, max_per_customer: 1 },
				start_date: new Date(clock).toISOString().slice(0, 10), end_date: end,
			});
		await coupon('Welcome 10% off', 'WELCOME10', 'percentage', 10, 'active');
		await coupon('Five dollars off', 'FIVEOFF', 'fixed', 5, 'active');
		await coupon('Summer sale', 'SUMMER20', 'percentage', 20, 'expired', new Date(anchor - 30 * DAY).toISOString().slice(0, 10));
		await coupon('Free shipping weekend', 'SHIPFREE', 'free_shipping', 0, 'disabled');

		// ----- customers, over the first weeks ---------------------------------------------------
		const customers = [1];
		for (let n = customers.length; n < DEMO_CUSTOMER_COUNT; n++) {
			const first = FIRST_NAMES[n % FIRST_NAMES.length];
			const last = LAST_NAMES[(n * 7) % LAST_NAMES.length];
			const [country, city, state, postcode] = random.pick(PLACES);
			const email = `${first}.${last}${n}@example.com`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
			clock = anchor - (DEMO_DAYS + 20) * DAY + n * 8 * HOUR;
			const created = await call('POST', 'customers', { email, full_name: `${first} ${last}`, first_name: first, last_name: last, country, city, state, postcode, status: 'active', notes: '' });
			const id = Number((created.data as Row).id);
			await call('POST', `customers/${id}/address`, {
				type: 'billing', label: 'Home', name: `${first} ${last}`, email, address_1: `${random.int(1, 240)} ${random.pick(STREETS)}`,
				city, state, postcode, country, phone: '', is_primary: 1, status: 'active',
			});
			customers.push(id);
		}

		// ----- orders, spread over the last 90 days (more of them lately), in time order ----------
		// Among them, paid subscription orders with their subscriptions, every fourth canceled since.
		const plans = [3, ...store.variationsOf(clubId).map((v) => Number(v.id))];
		const subscriptionOrders = 16;
		const times = Array.from({ length: DEMO_ORDER_COUNT }, () => Math.floor(anchor - Math.pow(random.next(), 1.3) * (DEMO_DAYS - 0.5) * DAY - HOUR)).sort(
			(a, b) => a - b,
		);
		const subscriptionAt = new Set(Array.from({ length: subscriptionOrders }, (_, k) => Math.floor(((k + 0.5) * DEMO_ORDER_COUNT) / subscriptionOrders)));
		let subscriptionsMade = 0;
		for (const [n, created] of times.entries()) {
			clock = created;
			if (subscriptionAt.has(n)) {
				await addSubscription(subscriptionsMade++, created);
				continue;
			}
			await addOrder(n, created);
		}

		async function addSubscription(k: number, created: number) {
			const variationId = plans[k % plans.length];
			const interval = String((store.variations.get(variationId)!.other_info as Row).repeat_interval ?? 'monthly');
			const next = new Date(created + (interval === 'yearly' ? 365 : 30) * DAY).toISOString().replace('T', ' ').slice(0, 19);
			const { orderId, subscriptionId } = addSubscriptionScenario(fake, {
				customerId: customers[(k * 3 + 2) % customers.length],
				variationId,
				status: 'active',
				nextBillingDate: next,
				vendorSubscriptionId: `sub_${random.hex(14)}`,
			});
			if (k % 4 === 3) {
				clock = Math.min(created + random.int(3, 40) * DAY, anchor - HOUR);
				await call('PUT', `orders/${orderId}/subscriptions/${subscriptionId}/cancel`, { cancel_reason: 'Too much coffee' });
			}
		}

		async function addOrder(n: number, created: number) {
			const age = (anchor - created) / DAY;
			const roll = random.next();
			// Unpaid and unshipped orders are the recent ones; the rest is settled.
			const fate =
				n % 50 === 7 ? 'failed'
				: age < 12 && roll < 0.3 ? 'pending'
				: age < 10 && roll < 0.6 ? 'processing'
				: roll < 0.08 ? 'canceled'
				: roll < 0.15 ? 'refunded'
				: roll < 0.23 ? 'partially_refunded'
				: 'completed';
			const lines = Array.from({ length: random.next() < 0.7 ? 1 : random.int(2, 3) }, () => random.pick(sellable))
				.filter((line, i, all) => all.findIndex((l) => l.variationId === line.variationId) === i);
			const physical = lines.some((l) => l.physical) || fate === 'processing';
			if (fate === 'processing' && !lines.some((l) => l.physical)) lines.push(sellable[random.int(0, 5)]);
			const order = await call('POST', 'orders', {
				customer_id: random.pick(customers),
				order_items: lines.map((l) => ({ post_id: l.productId, object_id: l.variationId, quantity: random.next() < 0.8 ? 1 : 2, unit_price: l.price, other_info: { payment_type: 'onetime' } })),
				shipping_total: physical ? 495 : 0,
			});
			const id = Number(order.order_id);
			if (fate === 'failed') {
				const row = store.orders.get(id)!;
				row.payment_status = 'failed';
				for (const tx of store.transactionsOf(id)) tx.status = 'failed';
				store.log('Order', id, 'Payment failed', 'The payment was declined by the card issuer.');
				return;
			}
			if (fate === 'pending') return;
			clock = created + random.int(1, 60) * 60000;
			if (fate === 'canceled') {
				await call('PUT', `orders/${id}/statuses`, { action: 'change_order_status', statuses: { order_status: 'canceled' } });
				return;
			}
			await call('POST', `orders/${id}/mark-as-paid`, { payment_method: 'offline_payment', transaction_type: 'charge' });
			if (fate === 'processing') {
				// FluentCart 1.3 completes every manual order on payment (its lines are all digital).
				if (store.orders.get(id)!.status !== 'processing') {
					await call('PUT', `orders/${id}/statuses`, { action: 'change_order_status', statuses: { order_status: 'processing' } });
				}
				return;
			}
			const settled = Math.min(created + random.int(1, 4) * DAY, anchor - HOUR);
			clock = settled;
			if (store.orders.get(id)!.status !== 'completed') {
				await call('PUT', `orders/${id}/statuses`, { action: 'change_order_status', statuses: { order_status: 'completed' } });
			}
			if (store.orders.get(id)!.shipping_status === 'unshipped') {
				await call('PUT', `orders/${id}/statuses`, { action: 'change_shipping_status', statuses: { shipping_status: 'delivered' } });
			}
			if (fate === 'refunded' || fate === 'partially_refunded') {
				const row = store.orders.get(id)!;
				const charge = store.transactionsOf(id).find((t) => t.transaction_type === 'charge')!;
				const paid = Number(row.total_paid);
				const cents = fate === 'refunded' ? paid : Math.round((paid * random.int(20, 50)) / 100);
				clock = Math.min(settled + random.int(1, 6) * DAY, anchor - HOUR / 2);
				await call('POST', `orders/${id}/refund`, { refund_info: { transaction_id: Number(charge.id), amount: money(cents / 100), reason: random.pick(REFUND_REASONS) } });
			}
		}

		fake.resetLog();
		fake.events.length = 0;
		return {
			products: store.products.size,
			customers: store.customers.size,
			orders: store.orders.size,
			subscriptions: store.table('subscriptions').size,
			coupons: store.table('coupons').size,
		};
	} finally {
		store.now = realNow;
		store.uuid = realUuid;
	}
}
