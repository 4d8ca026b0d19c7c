/**
 * FluentCart's attribute library (`options/attr/*`) and `products/{id}/update-variant-option`,
 * as recorded on 1.5.2 (test/fixtures/fluentcart-1.5.2/live-variant-options-*.json); 1.6.3's
 * source has the same logic (its new variants get payment_type "onetime", 1.5.2's null). 1.3.25
 * has no library route and no `…/terms` create route (rest_no_route); its update-variant-option
 * takes another payload: given 1.5.2's, it deleted every variation and answered `data: []`.
 */
import { ok, resourceError, validationError } from '../responses';
import type { FakeFluentCart } from '../server';
import { FLUENTCART_NS } from '../server';
import type { FakeStore, Row } from '../store';
import { variationRow } from './catalog-shapes';
import { paginate } from './paginate';

export interface AttrGroup {
	id: number;
	title: string;
	slug: string;
	settings: Row | null;
	is_system: boolean;
}
export interface AttrTerm {
	id: number;
	group_id: number;
	title: string;
	slug: string;
	serial: number;
}

interface AttrState {
	groups: Map<number, AttrGroup>;
	terms: Map<number, AttrTerm>;
}

const states = new WeakMap<FakeStore, AttrState>();

/** The system groups 1.5.2 ships (live-variant-options-attr-groups-library) and Size's terms (…-attr-terms-list). */
const SYSTEM_GROUPS = ['Color', 'Size', 'Material', 'Storage', 'Memory (RAM)', 'Weight', 'Style', 'Pattern', 'Age Group', 'Target Gender'];
const SIZE_TERMS: Array<[number, string]> = [[11, 'XS'], [12, 'S'], [13, 'M'], [14, 'L'], [15, 'XL'], [16, 'XXL']];
/** The recorded site's system terms end at 62; terms created later start above. */
const LAST_SYSTEM_TERM = 62;

const slugOf = (title: string) => title.toLowerCase().trim().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'term';
const num = (value: unknown) => Number(value) || 0;

export function attrState(fake: FakeFluentCart): AttrState {
	let state = states.get(fake.store);
	if (!state) {
		state = { groups: new Map(), terms: new Map() };
		states.set(fake.store, state);
		if (fake.atLeast('1.5.0')) {
			SYSTEM_GROUPS.forEach((title, n) => {
				const slug = title === 'Memory (RAM)' ? 'memory' : slugOf(title);
				state!.groups.set(n + 1, { id: n + 1, title, slug, settings: title === 'Color' ? { type: 'color' } : null, is_system: true });
			});
			SIZE_TERMS.forEach(([id, title], n) => state!.terms.set(id, { id, group_id: 2, title, slug: slugOf(title), serial: n + 1 }));
		}
	}
	return state;
}

/** Slugs are unique over all groups: a taken one gets `-2`, `-3`… (recorded: s-2, s-3, red-2). */
function uniqueSlug(taken: Iterable<{ slug: string }>, title: string): string {
	const used = new Set([...taken].map((t) => t.slug));
	const base = slugOf(title);
	if (!used.has(base)) return base;
	for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function addAttrGroup(fake: FakeFluentCart, title: string): AttrGroup {
	const state = attrState(fake);
	const id = fake.store.nextId('attr_groups', state.groups.keys());
	const group = { id, title, slug: uniqueSlug(state.groups.values(), title), settings: null, is_system: false };
	state.groups.set(id, group);
	return group;
}

export function addAttrTerm(fake: FakeFluentCart, groupId: number, title: string): AttrTerm {
	const state = attrState(fake);
	const id = fake.store.nextId('attr_terms', [fake.atLeast('1.5.0') ? LAST_SYSTEM_TERM : 0, ...state.terms.keys()]);
	const serial = [...state.terms.values()].filter((t) => t.group_id === groupId).length + 1;
	const term = { id, group_id: groupId, title, slug: uniqueSlug(state.terms.values(), title), serial };
	state.terms.set(id, term);
	return term;
}

function groupView(fake: FakeFluentCart, group: AttrGroup): Row {
	const now = fake.store.isoNow();
	const count = [...attrState(fake).terms.values()].filter((t) => t.group_id === group.id).length;
	return { id: group.id, title: group.title, slug: group.slug, description: null, settings: group.settings, serial: String(group.id), is_system: group.is_system, created_at: now, updated_at: now, terms_count: count };
}

const termRow = (t: AttrTerm) => ({ id: t.id, group_id: String(t.group_id), serial: String(t.serial), title: t.title, slug: t.slug, description: null, settings: null, created_at: null, updated_at: null });

export function registerAttributeRoutes(fake: FakeFluentCart) {
	const ns = FLUENTCART_NS;
	const state = () => attrState(fake);

	fake.route('GET', ns, 'options/attr/groups/library', () => {
		const groups = [...state().groups.values()].slice(0, 200).map((g) => groupView(fake, g));
		return ok({ groups, total_groups: groups.length, cap: 200 });
	}, { since: '1.5.0' });

	fake.route('GET', ns, 'options/attr/group/:groupId/terms', (req) => {
		const groupId = num(req.params.groupId);
		const rows = [...state().terms.values()]
			.filter((t) => t.group_id === groupId)
			.sort((a, b) => a.serial - b.serial || a.id - b.id)
			.map((t) => ({ id: t.id, title: t.title, settings: null, serial: String(t.serial), created_at: null }));
		return ok({ terms: paginate(rows, req.query, `${fake.store.siteUrl}/wp-json/${ns}/options/attr/group/${groupId}/terms`) });
	});

	fake.route('POST', ns, 'options/attr/group/:groupId/terms', (req) => {
		const group = state().groups.get(num(req.params.groupId));
		const input = Array.isArray(req.body.terms) ? (req.body.terms as Row[]) : [];
		if (!input.length) return validationError({ terms: { required: 'At least one term is required.' } });
		if (!group) return resourceError(404, 'Attribute group not found.');
		// No check of titles: an existing one is created again (live-…-attr-terms-create-existing-title).
		const created = input.slice(0, 10).map((t) => termRow(addAttrTerm(fake, group.id, String(t.title ?? '').trim())));
		return ok({ message: 'Terms created successfully.', data: created });
	}, { since: '1.5.0' });

	fake.route('POST', ns, 'options/attr/group', (req) => {
		const title = String(req.body.title ?? '').trim();
		if (!title) return validationError({ title: { required: 'Title field is required.' } });
		const group = addAttrGroup(fake, title);
		const now = fake.store.isoNow();
		const base = { title: group.title, slug: group.slug };
		if (!fake.atLeast('1.5.0')) return ok({ message: 'Successfully created!', data: { ...base, description: null, updated_at: now, created_at: now, id: group.id } });
		return ok({ message: 'Successfully created!', data: { ...base, settings: null, serial: group.id, updated_at: now, created_at: now, id: group.id } });
	});

	fake.route('POST', ns, 'products/:postId/update-variant-option', (req) => updateVariantOption(fake, num(req.params.postId), req.body));
}

function deleteVariants(store: FakeStore, ids: number[]) {
	for (const id of ids) {
		store.variations.delete(id);
		store.variationMedia.delete(id);
	}
}

const NEW_VARIANT_INFO: Row = {
	description: '', payment_type: 'onetime', tax_class: 'standard', tax_exempt: 'no', tax_inclusion: '', times: '', repeat_interval: 'yearly',
	billing_summary: '', manage_setup_fee: 'no', signup_fee_name: '', signup_fee: '', setup_fee_per_item: 'no', package_slug: '', weight: null,
};

/** AdvancedVariationService::sync (1.5.2): full state, variants matched by their sorted term ids. */
function updateVariantOption(fake: FakeFluentCart, postId: number, body: Record<string, unknown>) {
	const store = fake.store;
	const detail = store.details.get(postId);
	const entries = Array.isArray(body.options) ? (body.options as Row[]) : [];
	if (!fake.atLeast('1.5.0')) {
		// 1.3.25 reads `options` as a list of variants; 1.5.2's entries have no id or title it keeps.
		deleteVariants(store, store.variationsOf(postId).map((v) => num(v.id)));
		if (detail) Object.assign(detail, { variation_type: 'advanced_variations', other_info: entries, updated_at: store.isoNow() });
		return ok({ message: 'Variation combination updated!', data: [] });
	}
	if (!detail) return ok({ message: 'Product details not found.' });
	if (body.variation_type !== 'advanced_variations') return resourceError(400, 'Illegal data provided.');
	const { terms } = attrState(fake);
	const ids: number[] = [];
	for (const entry of entries.slice(0, 200)) for (const id of Array.isArray(entry.variants) ? entry.variants : []) if (!ids.includes(num(id))) ids.push(num(id));
	const unknown = ids.filter((id) => !terms.has(id));
	if (unknown.length) return ok({ message: `Unknown attribute terms in payload: ${unknown.join(', ')}. Refresh the editor and try again.` });
	// Regrouped by each term's real group, groups in order of first appearance.
	const groups: Array<{ group_id: number; variants: number[] }> = [];
	for (const id of ids) {
		const gid = terms.get(id)!.group_id;
		const group = groups.find((g) => g.group_id === gid) ?? groups[groups.push({ group_id: gid, variants: [] }) - 1];
		group.variants.push(id);
	}
	let combos: number[][] = groups.length ? [[]] : [];
	for (const g of groups) combos = combos.flatMap((c) => g.variants.map((id) => [...c, id]));
	const identity = (c: number[]) => [...c].sort((a, b) => a - b).join('_');
	const wasAdvanced = detail.variation_type === 'advanced_variations';
	const existing = wasAdvanced ? store.variationsOf(postId) : [];
	if (!wasAdvanced) deleteVariants(store, store.variationsOf(postId).map((v) => num(v.id)));
	const byIdentity = new Map(existing.map((v) => [String(v.variation_identifier), v]));
	const wanted = new Set(combos.map(identity));
	const now = store.isoNow();
	const answer: Row[] = [];
	combos.forEach((combo, n) => {
		const key = identity(combo);
		const title = combo.map((id) => terms.get(id)!.title).join(' / ');
		let variant = byIdentity.get(key);
		if (variant) {
			Object.assign(variant, { serial_index: n + 1, variation_title: title });
		} else {
			// Copied from an old variant with one term fewer, or from one with one term more.
			const ancestor = existing.find((v) => {
				const old = String(v.variation_identifier ?? '').split('_').filter(Boolean).map(Number);
				return (old.length === combo.length - 1 && old.every((t) => combo.includes(t))) || (old.length === combo.length + 1 && combo.every((t) => old.includes(t)));
			});
			const copied = ancestor
				? { item_price: ancestor.item_price, compare_price: ancestor.compare_price, total_stock: ancestor.total_stock, available: ancestor.available, stock_status: ancestor.stock_status, item_status: ancestor.item_status }
				: { item_price: 0, compare_price: 0, total_stock: 1, available: 1, stock_status: 'in-stock', item_status: 'active' };
			const id = store.nextId('variations', store.variations.keys());
			variant = variationRow({
				id, post_id: postId, serial_index: n + 1, variation_title: title, variation_identifier: key, manage_stock: String(detail.manage_stock ?? '0'),
				payment_type: fake.atLeast('1.6.0') ? 'onetime' : null, fulfillment_type: detail.fulfillment_type ?? 'physical', ...copied,
				other_info: { ...NEW_VARIANT_INFO, variant: [...combo].sort((a, b) => a - b) }, created_at: now, updated_at: now,
			});
			store.variations.set(id, variant);
		}
		answer.push({
			...store.variationView(variant),
			attr_map: combo.map((termId) => ({ group_id: String(terms.get(termId)!.group_id), term_id: String(termId), object_id: String(variant!.id), created_at: now, updated_at: now })),
		});
	});
	deleteVariants(store, existing.filter((v) => !wanted.has(String(v.variation_identifier))).map((v) => num(v.id)));
	const prices = answer.map((v) => num(v.item_price));
	Object.assign(detail, {
		variation_type: 'advanced_variations',
		other_info: { ...((detail.other_info as Row | null) ?? {}), attribute_config: groups },
		default_variation_id: answer.length ? String(answer[0].id) : detail.default_variation_id,
		min_price: String(prices.length ? Math.min(...prices) : 0),
		max_price: String(prices.length ? Math.max(...prices) : 0),
		updated_at: now,
	});
	return ok({ message: 'Variation combination updated!', data: answer });
}
