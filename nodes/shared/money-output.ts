/**
 * Money in the nodes' outputs: decimals in the store currency (49.99) by default, or cents as
 * FluentCart stores them (4999), the same in every node. The unit of each field comes from
 * money-fields.ts; nodes saved before this option existed keep FluentCart's own units.
 *
 * FluentCart multiplies every amount by 100, in every currency: ¥500 is stored as 50000 and comes
 * out as 500 here, and a 3-decimal currency (KWD, BHD…) keeps two decimals in FluentCart.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { FieldUnit, ResponseKind } from './money-fields';
import { fieldUnit } from './money-fields';

export type MoneyOutput = 'decimal' | 'cents';

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** The Money Output parameter, shown in these node versions. */
export function moneyOutputProperty(versions: number[]): INodeProperties {
	return {
		displayName: 'Money Output',
		name: 'moneyOutput',
		type: 'options',
		options: [
			{
				name: 'Decimal',
				value: 'decimal',
				description: 'Amounts in the store currency as people read them, e.g. 49.99',
			},
			{
				name: 'Cents (As FluentCart Stores Them)',
				value: 'cents',
				description: 'Amounts multiplied by 100 as FluentCart stores them, e.g. 4999',
			},
		],
		default: 'decimal',
		description: 'How amounts appear in the output. Amounts you type are always decimals.',
		displayOptions: { show: { '@version': versions } },
	};
}

/** The output unit a node at `typeVersion` was asked for, or undefined for nodes saved before the option. */
export function moneyOutputOf(typeVersion: number, since: number, read: () => unknown): MoneyOutput | undefined {
	if (typeVersion < since) return undefined;
	return read() === 'cents' ? 'cents' : 'decimal';
}

export interface MoneyLeaf {
	path: readonly string[];
	key: string;
	parent: Record<string, unknown>;
	value: number;
	unit: FieldUnit | undefined;
}

/**
 * Visits every number (or numeric string) of `value` with the unit its rules give it (how the
 * recordings are checked for money fields no rule knows).
 */
export function walkMoney(
	value: unknown,
	kind: ResponseKind,
	visit: (leaf: MoneyLeaf) => void,
	seen = new WeakSet<object>(),
	path: string[] = [],
): void {
	if (value === null || typeof value !== 'object' || seen.has(value)) return;
	seen.add(value);
	if (Array.isArray(value)) {
		for (const entry of value) walkMoney(entry, kind, visit, seen, path);
		return;
	}
	const parent = value as Record<string, unknown>;
	for (const key of Object.keys(parent)) {
		const field = parent[key];
		if (field !== null && typeof field === 'object') {
			path.push(key);
			walkMoney(field, kind, visit, seen, path);
			path.pop();
		} else if (typeof field === 'number' || (typeof field === 'string' && NUMERIC.test(field))) {
			visit({ path, key, parent, value: Number(field), unit: fieldUnit(kind, path, key, parent) });
		}
	}
}

/** Cents → decimal with two places at most (FluentCart's averages carry fractions of a cent). */
const toDecimal = (cents: number) => Math.round(cents) / 100;
const toCents = (decimal: number) => Math.round(decimal * 100);

/**
 * A copy of `value` (a response of `kind`, or items made of one) with its money fields in
 * `output`; numeric strings in money fields become numbers. A copy, because a response can also
 * sit in a per-run cache that later checks read in FluentCart's own units.
 */
export function convertMoney<T>(value: T, kind: ResponseKind, output: MoneyOutput | undefined): T {
	if (!output) return value;
	return copy(value, kind, output, []) as T;
}

function copy(value: unknown, kind: ResponseKind, output: MoneyOutput, path: string[]): unknown {
	if (Array.isArray(value)) return value.map((entry) => copy(entry, kind, output, path));
	if (value === null || typeof value !== 'object') return value;
	const parent = value as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(parent)) {
		const field = parent[key];
		if (field !== null && typeof field === 'object') {
			path.push(key);
			out[key] = copy(field, kind, output, path);
			path.pop();
			continue;
		}
		const numeric = typeof field === 'number' || (typeof field === 'string' && NUMERIC.test(field));
		const unit = numeric ? fieldUnit(kind, path, key, parent) : undefined;
		if (unit === 'cents') out[key] = output === 'decimal' ? toDecimal(Number(field)) : Number(field);
		else if (unit === 'decimal') out[key] = output === 'cents' ? toCents(Number(field)) : Number(field);
		else out[key] = field;
	}
	return out;
}
