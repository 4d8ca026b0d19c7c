/** GT Extensions operations: every input is checked (zod) before the first request. */
import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { FluentCartApiError, fluentCartRequest } from '../shared/transport';
import type { RequestSpec } from '../shared/transport';
import { inputError } from '../shared/validation';
import { findVariation } from '../shared/catalog';
import { readId } from '../shared/locators';
import {
	buttonTextSchema,
	check,
	currencySchema,
	quantityLimitsSchema,
	unreachableMaximumHint,
} from './schemas';
import type { RuleProblem } from './schemas';

export const GT_NAMESPACE = 'gt-extensions-fluentcart/v1';

type Ctx = IExecuteFunctions | ILoadOptionsFunctions;

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? 'nothing');

function ruleError(ctx: IExecuteFunctions, i: number, problem: RuleProblem) {
	return inputError(
		ctx,
		i,
		`${problem.label} ${problem.message}, got ${show(problem.value)}`,
		'Nothing was sent to the site. Correct the value and run again.',
	);
}

/** A request to GT Extensions' REST namespace, with its failures put in GT's terms. */
export async function gtRequest(ctx: Ctx, spec: Omit<RequestSpec, 'namespace'>): Promise<IDataObject> {
	try {
		return await fluentCartRequest(ctx, { ...spec, namespace: GT_NAMESPACE });
	} catch (error) {
		// Input problems (the Site URL…) stay NodeOperationErrors (re-wrapping returns the same error).
		if (error instanceof NodeOperationError) throw new NodeOperationError(ctx.getNode(), error);
		if (!(error instanceof FluentCartApiError)) throw new NodeApiError(ctx.getNode(), error as JsonObject);
		const failure = error.failureInfo;
		if (failure.kind === 'no_route') {
			error.message = 'GT Extensions is not active on this site (or the module is switched off)';
			error.description =
				'Install and activate "GT Extensions for FluentCart", then switch on the module you need under FluentCart → GT Extensions.';
		} else if (failure.httpCode === 403 || (failure.httpCode === 401 && failure.code === 'rest_forbidden')) {
			error.message = 'The WordPress user needs the Administrator role for GT Extensions';
			error.description = 'Every GT Extensions route requires manage_options: use an Administrator’s Application Password.';
		} else if (failure.code === 'rest_invalid_param' || failure.code === 'rest_missing_callback_param') {
			error.message = `GT Extensions rejected ${failure.fields?.join(', ') || 'the data'}: ${failure.message.replace(/^The site rejected the data: /, '')}`;
		}
		throw new NodeApiError(ctx.getNode(), error as unknown as JsonObject, { itemIndex: spec.itemIndex });
	}
}

/** The enabled currencies as GT reports them: `{currencies: {USD: {code, sign}}, defaultCurrency}`. */
export async function readCurrencies(ctx: Ctx, itemIndex?: number) {
	const body = await gtRequest(ctx, { method: 'GET', path: 'currencies', itemIndex });
	const currencies = (body.currencies ?? {}) as Record<string, IDataObject>;
	return { currencies, defaultCurrency: String(body.defaultCurrency ?? '') };
}

async function ensureVariationExists(ctx: IExecuteFunctions, i: number, variationId: number) {
	if (!(await findVariation(ctx, variationId, i))) {
		throw inputError(ctx, i, `Variation ${variationId} does not exist in FluentCart`, 'Pick the variation from the list.');
	}
}

export async function getSoldCount(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product ID');
	const body = await gtRequest(this, { method: 'GET', path: `sold-count/${productId}`, itemIndex: i });
	// GT answers 0 for a product that does not exist: tell those apart.
	if (Number(body.sold_count) === 0) {
		await fluentCartRequest(this, { method: 'GET', path: `products/${productId}`, itemIndex: i });
	}
	return {
		product_id: Number(body.product_id ?? productId),
		sold_count: Number(body.sold_count ?? 0),
		counts: 'orders',
		badge_html: body.badge_html ?? '',
	};
}

export async function getCurrencies(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const { currencies, defaultCurrency } = await readCurrencies(this, i);
	return Object.entries(currencies).map(([code, info]) => ({
		code: String(info.code ?? code),
		sign: info.sign ?? '',
		is_default: code === defaultCurrency,
	}));
}

export async function setCurrency(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const variationId = readId(this, 'variationId', i, 'Variation ID');
	const parsed = check(currencySchema, { currency: this.getNodeParameter('currency', i) });
	if (parsed.problem) throw ruleError(this, i, parsed.problem);
	const { currency } = parsed.data;
	if (this.getNodeParameter('checkEnabled', i, true) === true) {
		const { currencies } = await readCurrencies(this, i);
		if (!Object.keys(currencies).includes(currency)) {
			throw inputError(
				this,
				i,
				`Currency "${currency}" is not enabled in GT Extensions`,
				`Enabled currencies: ${Object.keys(currencies).join(', ') || 'none'}. Enable it in the Multi-Currency module first.`,
			);
		}
	}
	await ensureVariationExists(this, i, variationId);
	const body = await gtRequest(this, {
		method: 'POST',
		path: `variation/${variationId}/currency`,
		body: { currency },
		itemIndex: i,
	});
	return { variation_id: variationId, ...body };
}

export async function setQuantityLimits(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const variationId = readId(this, 'variationId', i, 'Variation ID');
	const parsed = check(quantityLimitsSchema, {
		min_quantity: this.getNodeParameter('minQuantity', i),
		max_quantity: this.getNodeParameter('maxQuantity', i),
		quantity_step: this.getNodeParameter('quantityStep', i),
	});
	if (parsed.problem) throw ruleError(this, i, parsed.problem);
	const limits = parsed.data;
	const hint = unreachableMaximumHint(limits);
	await ensureVariationExists(this, i, variationId);
	const body = await gtRequest(this, {
		method: 'POST',
		path: `variation/${variationId}/quantity-limits`,
		body: { ...limits },
		itemIndex: i,
	});
	if (hint) this.addExecutionHints({ message: `Variation ${variationId}: ${hint}`, location: 'outputPane' });
	return { variation_id: variationId, ...body, ...(hint ? { hint } : {}) };
}

export async function setButtonText(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const variationId = readId(this, 'variationId', i, 'Variation ID');
	const parsed = check(buttonTextSchema, {
		add_to_cart_text: this.getNodeParameter('addToCartText', i, ''),
		buy_now_text: this.getNodeParameter('buyNowText', i, ''),
	});
	if (parsed.problem) throw ruleError(this, i, parsed.problem);
	const texts: IDataObject = {};
	if (parsed.data.add_to_cart_text) texts.add_to_cart_text = parsed.data.add_to_cart_text;
	if (parsed.data.buy_now_text) texts.buy_now_text = parsed.data.buy_now_text;
	await ensureVariationExists(this, i, variationId);
	const body = await gtRequest(this, {
		method: 'POST',
		path: `variation/${variationId}/button-text`,
		body: texts,
		itemIndex: i,
	});
	return { variation_id: variationId, ...body };
}
