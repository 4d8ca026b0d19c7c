/**
 * Input checks that run before any request, so bad input never reaches FluentCart. Each
 * failure is a NodeOperationError that names the field, the value and the item.
 */
import type { IExecuteFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { MoneyInputError, parseDecimal } from './money';
import type { MoneyCheck } from './money';

type Ctx = Pick<IExecuteFunctions, 'getNode'> | { getNode(): INode };

/** `itemIndex` is undefined for parameters of a trigger, which has no input items. */
export function inputError(
	ctx: Ctx,
	itemIndex: number | undefined,
	message: string,
	description?: string,
): NodeOperationError {
	const item = itemIndex === undefined ? '' : ` [item ${itemIndex}]`;
	return new NodeOperationError(ctx.getNode(), `${message}${item}`, {
		itemIndex,
		description,
	});
}

const show = (value: unknown) =>
	typeof value === 'string' ? `"${value}"` : value === undefined ? 'nothing' : JSON.stringify(value);

/** A FluentCart record id: a whole number ≥ 1 (numbers or numeric strings accepted). */
export function requirePositiveId(ctx: Ctx, itemIndex: number, field: string, value: unknown): number {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (text === '') {
		throw inputError(ctx, itemIndex, `${field} is empty`, `Enter the ${field}, or pick one from the list.`);
	}
	if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
		throw inputError(
			ctx,
			itemIndex,
			`${field} must be a whole number of 1 or more, got ${show(value)}`,
			`FluentCart IDs are positive whole numbers, e.g. 42.`,
		);
	}
	return Number(text);
}

/** A whole number within bounds (quantities, stock, per-page sizes…). */
export function requireInteger(
	ctx: Ctx,
	itemIndex: number | undefined,
	field: string,
	value: unknown,
	bounds: { min?: number; max?: number } = {},
): number {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^-?\d+$/.test(text)) {
		throw inputError(ctx, itemIndex, `${field} must be a whole number, got ${show(value)}`);
	}
	const n = Number(text);
	if (bounds.min !== undefined && n < bounds.min) {
		throw inputError(ctx, itemIndex, `${field} must be at least ${bounds.min}, got ${n}`);
	}
	if (bounds.max !== undefined && n > bounds.max) {
		throw inputError(ctx, itemIndex, `${field} must be at most ${bounds.max}, got ${n}`);
	}
	return n;
}

/** A decimal money amount typed by the user, checked against the currency's precision. */
export function requireDecimal(ctx: Ctx, itemIndex: number, value: unknown, check: MoneyCheck): number {
	try {
		return parseDecimal(value, check);
	} catch (error) {
		if (error instanceof MoneyInputError) {
			throw inputError(ctx, itemIndex, error.message, 'Enter the amount in the currency\'s major unit, e.g. 19.99.');
		}
		throw inputError(ctx, itemIndex, `${check.field} is not a valid amount`);
	}
}

/** One of a fixed list of values (statuses…), compared case-insensitively; returns the canonical one. */
export function requireOneOf(
	ctx: Ctx,
	itemIndex: number,
	field: string,
	value: unknown,
	allowed: readonly string[],
): string {
	const text = typeof value === 'string' ? value.trim() : '';
	const found = allowed.find((a) => a.toLowerCase() === text.toLowerCase());
	if (!found) {
		throw inputError(
			ctx,
			itemIndex,
			`${field} ${show(value)} is not one FluentCart knows`,
			`Use one of: ${allowed.join(', ')}.`,
		);
	}
	return found;
}

/** Parses a JSON object typed by the user (or passed from an expression). */
export function requireJsonObject(ctx: Ctx, itemIndex: number, field: string, value: unknown): Record<string, unknown> {
	if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
	if (typeof value === 'string') {
		if (value.trim() === '') return {};
		try {
			const parsed = JSON.parse(value) as unknown;
			if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
		} catch (error) {
			throw inputError(ctx, itemIndex, `${field} is not valid JSON: ${(error as Error).message}`, 'Enter a JSON object, e.g. {"key": "value"}.');
		}
	}
	throw inputError(ctx, itemIndex, `${field} must be a JSON object`, 'Enter a JSON object, e.g. {"key": "value"}.');
}
