/**
 * Money, the FluentCart way.
 *
 * FluentCart stores and returns every amount as an integer of "cents": the major-unit
 * amount multiplied by 100 (`Helper::toCent`). It does that for every currency, zero-decimal
 * ones included: ¥500 is stored as 50000 and shown as "¥500". What differs for zero-decimal
 * currencies is only that a fraction of the major unit does not exist.
 *
 * Inputs are mixed, so every write names the unit it needs:
 * - always cents: order-create `unit_price`, `shipping_total` (use `decimalToCents`);
 * - always decimal: fixed coupon `amount`, coupon min/max, manual discount `value`;
 * - decimal before FluentCart 1.6.2 and cents from 1.6.2: refund `amount`, variation prices,
 *   product pricing (`item_price`, `compare_price`, `item_cost`, `signup_fee`). The site profile
 *   (profile.ts) tells the unit; the functions here take it as an argument and never guess.
 * Users always type decimals in the node.
 */

/** The unit a FluentCart write takes an amount in. */
export type MoneyUnit = 'cents' | 'decimal';

/** Zero-decimal currencies as FluentCart 1.3.25 lists them (CurrenciesHelper). */
export const ZERO_DECIMAL_CURRENCIES = new Set([
	'BIF',
	'CLP',
	'DJF',
	'GNF',
	'JPY',
	'KMF',
	'KRW',
	'MGA',
	'PYG',
	'RWF',
	'VND',
	'VUV',
	'XAF',
	'XOF',
	'XPF',
	'UGX',
]);

export function isZeroDecimalCurrency(currency: string | undefined | null): boolean {
	return !!currency && ZERO_DECIMAL_CURRENCIES.has(currency.toUpperCase());
}

/** How many decimals a user may type for this currency. */
export function decimalPlaces(currency: string | undefined | null): number {
	return isZeroDecimalCurrency(currency) ? 0 : 2;
}

export class MoneyInputError extends Error {}

export interface MoneyCheck {
	/** Field name as the user sees it, used in the error message. */
	field: string;
	currency?: string | null;
	/** Allow 0 (default true). */
	allowZero?: boolean;
}

/**
 * Parses a decimal amount typed by the user ("19.99", 19.99, "1,250.50" is refused) and
 * checks its precision against the currency. Returns the amount as a JS number.
 */
export function parseDecimal(value: unknown, check: MoneyCheck): number {
	const { field } = check;
	let text: string;
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) {
			throw new MoneyInputError(`${field} must be a number, not ${String(value)}`);
		}
		text = String(value);
		if (/e/i.test(text)) text = value.toFixed(10).replace(/\.?0+$/, '');
	} else if (typeof value === 'string') {
		text = value.trim();
	} else {
		throw new MoneyInputError(`${field} must be a number`);
	}
	if (!/^-?\d+(\.\d+)?$/.test(text)) {
		throw new MoneyInputError(
			`${field} must be a plain decimal number such as 19.99 (got "${String(value)}")`,
		);
	}
	if (text.startsWith('-')) {
		throw new MoneyInputError(`${field} cannot be negative (got ${text})`);
	}
	const places = decimalPlaces(check.currency);
	const fraction = text.split('.')[1]?.replace(/0+$/, '') ?? '';
	if (fraction.length > places) {
		throw new MoneyInputError(
			places === 0
				? `${field} must be a whole number: ${String(check.currency).toUpperCase()} has no minor unit (got ${text})`
				: `${field} has more than ${places} decimals (got ${text})`,
		);
	}
	const amount = Number(text);
	if (amount === 0 && check.allowZero === false) {
		throw new MoneyInputError(`${field} must be greater than 0`);
	}
	return amount;
}

/** Decimal (major units) → FluentCart cents, exact for 2-decimal inputs. */
export function decimalToCents(value: unknown, check: MoneyCheck): number {
	const amount = parseDecimal(value, check);
	return Math.round(amount * 100);
}

/** Returns the decimal amount FluentCart wants for a decimal field, validated. */
export function normaliseDecimal(value: unknown, check: MoneyCheck): number {
	return parseDecimal(value, check);
}

/** FluentCart cents → decimal major units (for display and for decimal inputs). */
export function centsToDecimal(cents: number): number {
	return Math.round(cents) / 100;
}

/** A stored amount (FluentCart cents) as a write in `unit` takes it. */
export function centsToUnit(cents: number, unit: MoneyUnit): number {
	return unit === 'cents' ? Math.round(cents) : centsToDecimal(cents);
}

/** A checked decimal amount (major units) as a write in `unit` takes it. */
export function decimalToUnit(amount: number, unit: MoneyUnit): number {
	return unit === 'cents' ? Math.round(amount * 100) : amount;
}

/** An amount in a write's `unit` back as a decimal (for checks made in the currency's major unit). */
export function unitToDecimal(amount: unknown, unit: MoneyUnit): number {
	return unit === 'cents' ? Number(amount) / 100 : Number(amount);
}

/** An amount FluentCart read back (cents) compared with what was sent: a 100-fold slip, or none. */
export function unitSlip(sentDecimal: number, storedCents: number): 'x100' | 'div100' | undefined {
	const expected = Math.round(sentDecimal * 100);
	if (expected === storedCents || expected === 0) return undefined;
	if (Math.abs(storedCents - expected * 100) <= 100) return 'x100';
	if (Math.abs(storedCents - sentDecimal) <= 1 && Math.abs(expected - storedCents) > 1) return 'div100';
	return undefined;
}
