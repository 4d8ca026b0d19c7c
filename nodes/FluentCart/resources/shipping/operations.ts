/**
 * Shipping → Get Shipping Methods / Get Shipping Quote: the order editor's look-ups. A method's
 * `amount` is its rate as stored (a decimal, or a percent for per_price rates); `shipping_charge`
 * is what it costs for the items, in cents (both converted by Money Output in node version 2).
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fluentCartRequest } from '../../../shared/transport';
import { inputError, requireInteger, requirePositiveId } from '../../../shared/validation';
import { requireCountry } from '../customer/helpers';

interface BasketItem {
	id: number;
	quantity: number;
}

function readItems(ctx: IExecuteFunctions, i: number, required: boolean): BasketItem[] {
	const rows = ((ctx.getNodeParameter('items', i, {}) as IDataObject).item ?? []) as IDataObject[];
	if (required && !rows.length) {
		throw inputError(ctx, i, 'Items is empty', 'Add at least one product variation and its quantity.');
	}
	const items = rows.map((row, n) => ({
		id: requirePositiveId(ctx, i, `Item ${n + 1}: Variation`, row.variationId),
		quantity: requireInteger(ctx, i, `Item ${n + 1}: Quantity`, row.quantity ?? 1, { min: 1 }),
	}));
	// FluentCart keys the basket by variation: a second line of the same variation would replace the first.
	items.forEach((item, n) => {
		if (items.findIndex((other) => other.id === item.id) !== n) {
			throw inputError(ctx, i, `Item ${n + 1}: Variation ${item.id} is already in Items`, 'Put each variation in Items once, with the total quantity.');
		}
	});
	return items;
}

/** What a workflow needs of a method row. */
function method(row: IDataObject, available: boolean): IDataObject {
	const settings = (row.settings ?? {}) as IDataObject;
	return {
		id: row.id,
		title: row.title,
		type: row.type,
		zone_id: Number(row.zone_id),
		configure_rate: settings.configure_rate ?? null,
		amount: row.amount,
		states: row.states ?? [],
		available,
		shipping_charge: row.shipping_charge,
	};
}

const rows = (value: unknown) => (Array.isArray(value) ? (value as IDataObject[]) : []);

export async function getMethods(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const country = requireCountry(this, i, 'Country Code', this.getNodeParameter('countryCode', i));
	const state = String(this.getNodeParameter('state', i, '') ?? '').trim().toUpperCase();
	const items = readItems(this, i, false);
	const includeUnavailable = this.getNodeParameter('includeUnavailable', i, false) as boolean;
	const qs: IDataObject = { country_code: country, ...(state ? { state } : {}) };
	// PHP's nested query form, indexed (the brackets form would split each item in two).
	items.forEach((item, n) => {
		qs[`order_items[${n}][id]`] = item.id;
		qs[`order_items[${n}][quantity]`] = item.quantity;
	});
	const response = await fluentCartRequest(this, { method: 'GET', path: 'orders/shipping_methods', qs, itemIndex: i });
	return {
		country_code: country,
		state: state || null,
		methods: rows(response.shipping_methods).map((row) => method(row, true)),
		...(includeUnavailable ? { unavailable_methods: rows(response.other_shipping_methods).map((row) => method(row, false)) } : {}),
	};
}

export async function getQuote(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const methodId = requirePositiveId(this, i, 'Shipping Method ID', this.getNodeParameter('shippingMethodId', i));
	const items = readItems(this, i, true);
	// FluentCart fails with a PHP TypeError (HTTP 500) for an unknown method: look it up first.
	// Without an address every enabled method is listed (as not applicable).
	const all = await fluentCartRequest(this, { method: 'GET', path: 'orders/shipping_methods', itemIndex: i });
	const found = [...rows(all.shipping_methods), ...rows(all.other_shipping_methods)].find((row) => Number(row.id) === methodId);
	if (!found) {
		throw inputError(
			this,
			i,
			`Shipping Method ID ${methodId} is not an enabled shipping method`,
			'Use Shipping → Get Shipping Methods to see the methods for an address, or enable the method in FluentCart → Settings → Shipping.',
		);
	}
	const response = await fluentCartRequest(this, {
		method: 'POST',
		path: 'orders/calculate-shipping',
		body: { shipping_id: methodId, order_items: items.map((item) => ({ id: item.id, quantity: item.quantity })) },
		itemIndex: i,
	});
	const quoted = response.order_items && typeof response.order_items === 'object' ? Object.values(response.order_items as IDataObject) : [];
	// FluentCart leaves out variations it does not know, and quotes the rest.
	const missing = items.find((item) => !(quoted as IDataObject[]).some((q) => Number(q.id) === item.id));
	if (missing) {
		throw inputError(this, i, `Variation ${missing.id} does not exist in FluentCart`, 'Pick the variation from the list; FluentCart quoted the basket without it.');
	}
	return {
		shipping_method_id: methodId,
		shipping_method: found.title,
		shipping_charge: response.shipping_charge,
		items: (quoted as IDataObject[]).map((item) => ({
			variation_id: item.id,
			quantity: item.quantity,
			unit_price: item.unit_price,
			shipping_charge: item.shipping_charge,
			fulfillment_type: item.fulfillment_type,
		})),
	};
}
