/**
 * GT Extensions for FluentCart (REST namespace gt-extensions-fluentcart/v1), as its documentation
 * describes it. Its source is not public and its validation is undocumented, so this fake checks
 * what WordPress's own route arguments would (types, required, enum) and answers with WordPress's
 * error shapes (rest_invalid_param, rest_forbidden, rest_no_route). Every route needs an
 * administrator (manage_options).
 */
import { ok, wpError } from '../responses';
import type { FakeResponse } from '../responses';
import type { FakeFluentCart, FakeRequest } from '../server';
import type { Row } from '../store';

export const GT_NS = 'gt-extensions-fluentcart/v1';

export interface GtSettings {
	enabledCurrencies: Record<string, { code: string; sign: string }>;
	soldCountTemplate: string;
}

export function gtSettings(fake: FakeFluentCart): GtSettings {
	const table = fake.store.table('gt_settings');
	if (!table.has(1)) {
		table.set(1, {
			enabledCurrencies: {
				USD: { code: 'USD', sign: '$' },
				EUR: { code: 'EUR', sign: '€' },
				GBP: { code: 'GBP', sign: '£' },
			},
			soldCountTemplate: '🔥 {count} sold',
		});
	}
	return table.get(1) as unknown as GtSettings;
}

/** WordPress's answer when a route argument fails its schema (register_rest_route args). */
function invalidParam(params: Record<string, string>): FakeResponse {
	return {
		status: 400,
		body: {
			code: 'rest_invalid_param',
			message: `Invalid parameter(s): ${Object.keys(params).join(', ')}`,
			data: { status: 400, params, details: {} },
		},
	};
}

function missingParam(names: string[]): FakeResponse {
	return {
		status: 400,
		body: {
			code: 'rest_missing_callback_param',
			message: `Missing parameter(s): ${names.join(', ')}`,
			data: { status: 400, params: names },
		},
	};
}

const isInteger = (value: unknown) =>
	(typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value));

function findVariation(fake: FakeFluentCart, req: FakeRequest): { variation?: Row; error?: FakeResponse } {
	const variation = fake.store.variations.get(Number(req.params.variation_id));
	return variation ? { variation } : { error: wpError(404, 'gtfc_not_found', 'Variation not found.') };
}

function otherInfo(variation: Row): Row {
	if (!variation.other_info || typeof variation.other_info !== 'object' || Array.isArray(variation.other_info)) {
		variation.other_info = {};
	}
	return variation.other_info as Row;
}

export function registerGtRoutes(fake: FakeFluentCart) {
	const store = fake.store;
	const admin = { access: 'admin' as const };

	fake.route(
		'GET',
		GT_NS,
		'sold-count/:product_id',
		(req) => {
			if (!isInteger(req.params.product_id)) return invalidParam({ product_id: 'product_id is not of type integer.' });
			const productId = Number(req.params.product_id);
			// Counts orders (not units) in completed or processing status that contain the product.
			const count = [...store.orders.values()].filter(
				(order) =>
					['completed', 'processing'].includes(String(order.status)) &&
					store.itemsOf(Number(order.id)).some((item) => Number(item.post_id) === productId),
			).length;
			const template = gtSettings(fake).soldCountTemplate;
			return ok({
				product_id: productId,
				sold_count: count,
				badge_html: `<span class="gtfc-sold-count">${template.replace('{count}', String(count))}</span>`,
			});
		},
		admin,
	);

	fake.route(
		'GET',
		GT_NS,
		'currencies',
		() => ok({ currencies: gtSettings(fake).enabledCurrencies, defaultCurrency: store.settings.currency }),
		admin,
	);

	fake.route(
		'POST',
		GT_NS,
		'variation/:variation_id/currency',
		(req) => {
			if (req.body.currency === undefined || req.body.currency === '') return missingParam(['currency']);
			const enabled = Object.keys(gtSettings(fake).enabledCurrencies);
			const currency = String(req.body.currency);
			if (!enabled.includes(currency)) {
				return invalidParam({ currency: `currency is not one of ${enabled.join(', ')}.` });
			}
			const { variation, error } = findVariation(fake, req);
			if (!variation) return error!;
			otherInfo(variation).currency = currency;
			return ok({ success: true, currency });
		},
		admin,
	);

	fake.route(
		'POST',
		GT_NS,
		'variation/:variation_id/quantity-limits',
		(req) => {
			const problems: Record<string, string> = {};
			for (const key of ['min_quantity', 'max_quantity', 'quantity_step']) {
				const value = req.body[key];
				if (value !== undefined && !isInteger(value)) problems[key] = `${key} is not of type integer.`;
			}
			if (Object.keys(problems).length) return invalidParam(problems);
			const { variation, error } = findVariation(fake, req);
			if (!variation) return error!;
			const info = otherInfo(variation);
			for (const key of ['min_quantity', 'max_quantity', 'quantity_step']) {
				if (req.body[key] !== undefined) info[key] = Number(req.body[key]);
			}
			return ok({
				success: true,
				min_quantity: info.min_quantity ?? 1,
				max_quantity: info.max_quantity ?? 0,
				quantity_step: info.quantity_step ?? 1,
			});
		},
		admin,
	);

	fake.route(
		'POST',
		GT_NS,
		'variation/:variation_id/button-text',
		(req) => {
			const { variation, error } = findVariation(fake, req);
			if (!variation) return error!;
			const info = otherInfo(variation);
			for (const key of ['add_to_cart_text', 'buy_now_text']) {
				if (typeof req.body[key] === 'string') info[key] = req.body[key];
			}
			return ok({
				success: true,
				add_to_cart_text: info.add_to_cart_text ?? '',
				buy_now_text: info.buy_now_text ?? '',
			});
		},
		admin,
	);
}
