/**
 * Money typed by users, checked before it is sent. Users always type decimals in the store
 * currency; FluentCart wants cents for some fields and decimals for others (see shared/money).
 * The store currency is only looked up when a fraction is typed, because only then can a
 * zero-decimal currency (JPY, KRW…) make the amount invalid.
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { decimalToUnit, MoneyInputError, parseDecimal } from './money';
import { inputError, requireDecimal } from './validation';
import { loadStoreCurrency } from './catalog';

async function currencyFor(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	currency?: string,
): Promise<string> {
	if (currency) return currency;
	const hasFraction = /\.\d*[1-9]/.test(String(value));
	return hasFraction ? await loadStoreCurrency(ctx, itemIndex) : 'USD';
}

/** A decimal typed by the user, checked against the store currency (one look-up at most, for a fraction). */
export async function userDecimal(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	field: string,
	currency?: string,
): Promise<number> {
	requireDecimal(ctx, itemIndex, value, { field, currency: 'USD' });
	const code = await currencyFor(ctx, itemIndex, value, currency);
	try {
		return parseDecimal(value, { field, currency: code });
	} catch (error) {
		throw inputError(ctx, itemIndex, (error as MoneyInputError).message);
	}
}

/** A decimal typed by the user → FluentCart cents (order-create prices, shipping…). */
export const userDecimalToCents = async (...args: Parameters<typeof userDecimal>): Promise<number> =>
	decimalToUnit(await userDecimal(...args), 'cents');
