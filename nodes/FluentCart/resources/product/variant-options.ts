/**
 * Product → Set Variation Options (FluentCart 1.5.0+): attributes such as Size: S, M, L and
 * Color: Red, Blue, from which FluentCart makes one variation per combination ("advanced
 * variations", `POST products/{id}/update-variant-option`).
 *
 * That route takes the full state and deletes for good whatever is not in it: the variations of a
 * removed value; every variation when an attribute is added or removed (they come back with new
 * IDs, prices copied); every variation of a product that does not use attributes yet (converted
 * for good). So the node reads the product first, works out what would be deleted, and refuses
 * unless Allow Deleting Variations is on. FluentCart answers its own failures (unknown term,
 * too many combinations) with HTTP 200 and only a message; that is a failure here.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { requireFeature } from '../../../shared/profile';
import { readBackAfterWrite } from '../../../shared/read-back';
import { fluentCartRequest } from '../../../shared/transport';
import { inputError } from '../../../shared/validation';
import { readId } from '../../../shared/locators';
import { simplifyVariation } from '../variation/helpers';
import { createMissing, describeMissing, readWantedOptions, resolveOptions } from './attributes';
import type { ResolvedOption } from './attributes';
import { fetchPricing } from './helpers';

const ADVANCED = 'advanced_variations';
const list = (value: unknown) => (Array.isArray(value) ? (value as IDataObject[]) : []);

/** A variation's identity in FluentCart: its term ids, sorted, joined by `_`. */
const identity = (ids: Array<number | string>) =>
	ids
		.map((id) => String(id))
		.sort((a, b) => (Number(a) || 0) - (Number(b) || 0) || a.localeCompare(b))
		.join('_');
const identityOf = (variation: IDataObject) => identity(String(variation.variation_identifier ?? '').split('_').filter(Boolean));

/** Every combination's identity; a value not created yet stands in as `new:<attribute>:<value>`. */
function combinations(options: ResolvedOption[]): string[] {
	let combos: string[][] = [[]];
	for (const option of options) {
		const ids = option.values.map((v) => (v.termId === undefined ? `new:${option.name}:${v.title}` : String(v.termId)));
		combos = combos.flatMap((combo) => ids.map((id) => [...combo, id]));
	}
	return combos.map((combo) => identity(combo));
}

const label = (v: IDataObject) => `${String(v.id)} (${String(v.variation_title ?? 'untitled')})`;

function refuseDeletion(ctx: IExecuteFunctions, i: number, productId: number, doomed: IDataObject[], advanced: boolean) {
	const why = advanced
		? 'FluentCart deletes the variations of a removed value, and re-creates every variation with a new ID when an attribute is added or removed.'
		: 'This product does not use attributes yet: FluentCart converts it for good and deletes all its current variations.';
	throw inputError(
		ctx,
		i,
		`Setting these options would delete ${doomed.length} variation${doomed.length === 1 ? '' : 's'} of product ${productId}: ${doomed.map(label).join(', ')}`,
		`${why} Nothing was sent. Turn on Allow Deleting Variations to go ahead (orders keep their lines, but the variations are gone for good).`,
	);
}

/** Term id → "Size" / "S", to show each variation's attributes. */
function attributeNames(options: ResolvedOption[]): Map<string, { name: string; value: string }> {
	const map = new Map<string, { name: string; value: string }>();
	for (const option of options) for (const v of option.values) if (v.termId !== undefined) map.set(String(v.termId), { name: option.name, value: v.title });
	return map;
}

function variationOut(variation: IDataObject, names: Map<string, { name: string; value: string }>): IDataObject {
	const attributes: IDataObject = {};
	for (const id of String(variation.variation_identifier ?? '').split('_')) {
		const found = names.get(id);
		if (found) attributes[found.name] = found.value;
	}
	return { ...simplifyVariation(variation), attributes };
}

/** Whether the product now has exactly these options: its attribute config and its variations. */
function matches(product: IDataObject, options: ResolvedOption[], expected: string[]): boolean {
	const detail = (product.detail ?? {}) as IDataObject;
	if (detail.variation_type !== ADVANCED) return false;
	const config = list(((detail.other_info ?? {}) as IDataObject).attribute_config);
	const stored = new Set(config.map((c) => identity(list(c.variants) as unknown as string[])));
	const wanted = options.map((o) => identity(o.values.map((v) => String(v.termId))));
	if (stored.size !== wanted.length || !wanted.every((w) => stored.has(w))) return false;
	const variants = list(product.variants).map(identityOf);
	return variants.length === expected.length && expected.every((e) => variants.includes(e));
}

export async function setVariationOptions(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const productId = readId(this, 'productId', i, 'Product ID');
	const wanted = readWantedOptions(this, i);
	const allowDeleting = this.getNodeParameter('allowDeletingVariations', i, false) === true;
	const createAllowed = this.getNodeParameter('createMissingAttributes', i, true) !== false;
	await requireFeature(this, 'variationOptions', i);

	const before = await fetchPricing(this, productId, i);
	const advanced = ((before.detail ?? {}) as IDataObject).variation_type === ADVANCED;
	const current = list(before.variants);
	const config = list((((before.detail ?? {}) as IDataObject).other_info as IDataObject | undefined)?.attribute_config);
	const options = await resolveOptions(this, i, wanted, {
		groups: new Set(config.map((c) => Number(c.group_id))),
		terms: new Set(config.flatMap((c) => list(c.variants) as unknown as number[]).map(Number)),
	});
	const missing = describeMissing(options);
	if (missing.length && !createAllowed) {
		throw inputError(
			this,
			i,
			`Not in FluentCart’s attribute library: ${missing.join('; ')}`,
			'Turn on Create Missing Attributes, or add them in FluentCart (Products → Attributes). Nothing was sent.',
		);
	}
	const expected = combinations(options);
	const keep = new Set(expected);
	const doomed = current.filter((v) => !advanced || !keep.has(identityOf(v)));
	if (doomed.length && !allowDeleting) refuseDeletion(this, i, productId, doomed, advanced);

	const createdAttributes = await createMissing(this, i, options);
	const body = {
		variation_type: ADVANCED,
		options: options.map((o) => ({ group_id: o.groupId, variants: o.values.map((v) => v.termId) })),
	};
	const response = await fluentCartRequest(this, {
		method: 'POST',
		path: `products/${productId}/update-variant-option`,
		body,
		itemIndex: i,
	});
	if (!Array.isArray(response.data)) {
		throw inputError(
			this,
			i,
			`FluentCart did not apply the variation options: ${String(response.message ?? 'no answer')}`,
			`FluentCart answered without the list of variations, which means it changed none.${createdAttributes.length ? ` Created in the attribute library before: ${createdAttributes.join('; ')}.` : ''}`,
		);
	}
	const answered = list(response.data);
	const combinationsFinal = combinations(options);

	const read = await readBackAfterWrite(this, i, `The variation options of product ${productId} were sent`, async () => await fetchPricing(this, productId, i));
	const after = read.failed ? answered : list(read.value.variants);
	const beforeIds = current.map((v) => Number(v.id));
	const afterIds = after.map((v) => Number(v.id));
	const createdIds = afterIds.filter((id) => !beforeIds.includes(id));
	const unpriced = after.filter((v) => createdIds.includes(Number(v.id)) && Number(v.item_price) === 0).map((v) => Number(v.id));
	if (unpriced.length) {
		this.addExecutionHints({
			message: `Item ${i}: ${unpriced.length} new variation${unpriced.length === 1 ? ' is' : 's are'} priced 0 and can be bought for nothing until priced: set the prices with Variation → Update (IDs ${unpriced.join(', ')}).`,
			location: 'outputPane',
		});
	}
	const applied = read.failed
		? 'unknown'
		: answered.length === combinationsFinal.length && matches(read.value, options, combinationsFinal)
			? 'applied'
			: 'not applied';
	const names = attributeNames(options);
	return {
		product_id: productId,
		options: options.map((o) => ({ attribute: o.name, group_id: o.groupId, values: o.values.map((v) => ({ value: v.title, term_id: v.termId })) })),
		variations: after.map((v) => variationOut(v, names)),
		created_variation_ids: createdIds,
		deleted_variation_ids: beforeIds.filter((id) => !afterIds.includes(id)),
		kept_variation_ids: beforeIds.filter((id) => afterIds.includes(id)),
		unpriced_variation_ids: unpriced,
		created_attributes: createdAttributes,
		variationOptionsApplied: applied,
		message: response.message,
		...(read.failed ?? {}),
	};
}
