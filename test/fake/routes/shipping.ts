/**
 * Shipping look-ups of the order editor: `GET orders/shipping_methods` (the methods for an address
 * and a basket) and `POST orders/calculate-shipping` (the charge of one method for a basket), as
 * recorded on 1.3.25 and 1.5.2 (live-shipping-*.json); 1.6.3's route file has both.
 *
 * Zones and methods are set up with addShippingZone / addShippingMethod (the node does not manage
 * them). A method's `amount` is a decimal string ("4.99"); every computed `shipping_charge` is in
 * cents. Rates: flat_rate per_order (the amount once, whatever the quantity, as recorded),
 * flat_rate per_price (amount = percent of the physical items' subtotal; from FluentCart's source,
 * not recorded) and free_shipping. Only physical items are charged; a basket without any (or no
 * basket) costs 0.
 */
import type { PhpValue } from '../php-query';
import { ok } from '../responses';
import type { FakeFluentCart } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore, Row } from '../store';

const PLUGIN = '/var/www/html/wp-content/plugins/fluent-cart';
const COUNTRIES: Record<string, string> = { US: 'United States (US)', DE: 'Germany', GB: 'United Kingdom (UK)' };
const US_STATES: Record<string, string> = { CA: 'California', NY: 'New York', TX: 'Texas' };

interface ShippingState {
	zones: Map<number, Row>;
	methods: Map<number, Row>;
}

const states = new WeakMap<FakeStore, ShippingState>();

function shippingState(store: FakeStore): ShippingState {
	let state = states.get(store);
	if (!state) {
		state = { zones: new Map(), methods: new Map() };
		states.set(store, state);
	}
	return state;
}

/** A zone as `POST shipping/zones` stores it; `region` is a country code (or `all`). */
export function addShippingZone(fake: FakeFluentCart, name: string, region: string): Row {
	const { zones } = shippingState(fake.store);
	const id = fake.store.nextId('shipping_zones', zones.keys());
	const zone: Row = {
		id,
		// 1.3.25 stores 0 for "no shipping class", 1.5.2 null (recorded).
		shipping_class_id: fake.atLeast('1.4.0') ? null : '0',
		name,
		region,
		meta: [],
		order: '0',
		created_at: fake.store.isoNow(),
		updated_at: fake.store.isoNow(),
		formatted_region: region === 'all' ? 'All Countries' : (COUNTRIES[region] ?? region),
	};
	zones.set(id, zone);
	return zone;
}

export interface MethodInput {
	title: string;
	type: 'flat_rate' | 'free_shipping';
	/** Decimal string, as FluentCart stores it ("4.99"). */
	amount?: string;
	configureRate?: 'per_order' | 'per_price' | null;
	states?: string[];
	enabled?: boolean;
}

export function addShippingMethod(fake: FakeFluentCart, zoneId: number, input: MethodInput): Row {
	const { methods } = shippingState(fake.store);
	const id = fake.store.nextId('shipping_methods', methods.keys());
	const method: Row = {
		id,
		zone_id: String(zoneId),
		title: input.title,
		type: input.type,
		settings: { configure_rate: input.configureRate ?? (input.type === 'flat_rate' ? 'per_order' : null), class_aggregation: null, weight_tiers: null },
		is_enabled: input.enabled ?? true,
		states: input.states ?? [],
		amount: input.amount ?? '0.00',
		order: '0',
		meta: [],
		created_at: fake.store.isoNow(),
		updated_at: fake.store.isoNow(),
	};
	methods.set(id, method);
	return method;
}

interface BasketItem {
	id: number;
	quantity: number;
	variation: Row | undefined;
}

function basket(store: FakeStore, raw: unknown): BasketItem[] {
	const entries = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? Object.values(raw as Record<string, PhpValue>) : [];
	return entries.map((entry) => {
		const item = (entry ?? {}) as Record<string, unknown>;
		const id = Number(item.id) || 0;
		return { id, quantity: Number(item.quantity) || 1, variation: store.variations.get(id) };
	});
}

/** The charge of a method for a basket, in cents. */
function charge(method: Row, items: BasketItem[]): number {
	const physical = items.filter((item) => item.variation?.fulfillment_type === 'physical');
	if (!physical.length || method.type === 'free_shipping') return 0;
	const amountCents = Math.round(Number(method.amount) * 100);
	const settings = method.settings as Row;
	if (settings.configure_rate === 'per_price') {
		const subtotal = physical.reduce((sum, item) => sum + Number(item.variation?.item_price) * item.quantity, 0);
		return Math.round((subtotal * Number(method.amount)) / 100);
	}
	return amountCents;
}

export function registerShippingRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const ns = FLUENTCART_NS;

	fake.route('GET', ns, 'orders/shipping_methods', (req) => {
		const { zones, methods } = shippingState(store);
		const country = typeof req.query.country_code === 'string' ? req.query.country_code.toUpperCase() : '';
		const state = typeof req.query.state === 'string' ? req.query.state.toUpperCase() : '';
		const items = basket(store, req.query.order_items);
		const applicable: Row[] = [];
		const others: Row[] = [];
		for (const method of [...methods.values()].filter((m) => m.is_enabled)) {
			const zone = zones.get(Number(method.zone_id));
			const methodStates = method.states as string[];
			const view: Row = {
				...method,
				shipping_charge: charge(method, items),
				formatted_states: methodStates.map((s) => US_STATES[s] ?? s),
				// FluentCart loads the zone only while checking a method's states (recorded).
				...(methodStates.length && zone ? { zone } : {}),
			};
			const inZone = !!country && !!zone && (zone.region === 'all' || zone.region === country);
			const inStates = !methodStates.length || methodStates.includes(state);
			(inZone && inStates ? applicable : others).push(view);
		}
		return ok({ shipping_methods: applicable, other_shipping_methods: others });
	});

	fake.route(
		'POST',
		ns,
		'orders/calculate-shipping',
		(req) => {
			const method = shippingState(store).methods.get(Number(req.body.shipping_id));
			if (!method) {
				// A TypeError: FluentCart looks the method up and passes null on (recorded).
				const controllerLine = fake.atLeast('1.4.0') ? 1178 : 1143;
				return {
					status: 500,
					body: {
						code: 'plugin_exception',
						data: { file: `${PLUGIN}/app/Helpers/CartHelper.php`, line: fake.atLeast('1.4.0') ? 215 : 182 },
						message: `FluentCart\\App\\Helpers\\CartHelper::calculateShippingMethodCharge(): Argument #1 ($method) must be of type FluentCart\\App\\Models\\ShippingMethod, null given, called in ${PLUGIN}/app/Http/Controllers/OrderController.php on line ${controllerLine}`,
					},
				};
			}
			const items = basket(store, req.body.order_items).filter((item) => item.variation);
			if (!items.length) return ok({ message: 'Shipping updated', shipping_charge: 0, order_items: [] });
			const orderItems = Object.fromEntries(
				items.map((item) => [
					String(item.id),
					{
						id: item.id,
						quantity: item.quantity,
						// per_order: the charge is the order's, not the items' (recorded).
						shipping_charge: 0,
						unit_price: Number(item.variation?.item_price),
						other_info: item.variation?.other_info ?? {},
						discount_total: 0,
						fulfillment_type: item.variation?.fulfillment_type,
					},
				]),
			);
			return ok({ message: 'Shipping updated', shipping_charge: charge(method, items), order_items: orderItems });
		},
		// A calculation: nothing is stored.
		{ write: false },
	);
}
