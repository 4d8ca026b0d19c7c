/** Date inputs for FluentCart, which reads them as wall-clock `Y-m-d H:i:s` strings. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../../shared/validation';

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
}

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

/**
 * Reads a date typed by the user (`2027-06-15`, `2027-06-15 10:00:00`, ISO from the date
 * picker or an expression) as the wall-clock time shown, without shifting time zones.
 * Returns undefined for an empty value; throws a field-named error for anything else.
 */
export function readDate(
	ctx: Pick<IExecuteFunctions, 'getNode'>,
	itemIndex: number,
	field: string,
	value: unknown,
): WallClock | undefined {
	let text: string;
	if (value instanceof Date) text = value.toISOString();
	else if (typeof value === 'string') text = value.trim();
	else if (value === undefined || value === null) return undefined;
	else if (typeof (value as { toISO?: unknown }).toISO === 'function') {
		text = String((value as { toISO: () => string }).toISO());
	} else text = String(value);
	if (text === '') return undefined;
	const match = DATE.exec(text);
	const parts = match?.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
	if (parts) {
		const [year, month, day, hour, minute, second] = parts;
		const check = new Date(Date.UTC(year, month - 1, day));
		if (
			check.getUTCFullYear() === year &&
			check.getUTCMonth() === month - 1 &&
			check.getUTCDate() === day &&
			hour < 24 &&
			minute < 60 &&
			second < 60
		) {
			return { year, month, day, hour, minute, second };
		}
	}
	throw inputError(ctx, itemIndex, `${field} is not a valid date, got "${text}"`, 'Use a date like 2027-06-15 or 2027-06-15 18:30:00.');
}

/** `Y-m-d H:i:s`, optionally forced to the start or end of the day. */
export function formatDate(date: WallClock, at?: 'start' | 'end'): string {
	const time =
		at === 'start'
			? '00:00:00'
			: at === 'end'
				? '23:59:59'
				: `${pad(date.hour)}:${pad(date.minute)}:${pad(date.second)}`;
	return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)} ${time}`;
}

/** Orders two dates (by wall clock). */
export function compareDates(a: WallClock, b: WallClock): number {
	return formatDate(a).localeCompare(formatDate(b));
}
