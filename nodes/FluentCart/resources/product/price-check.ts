/** After a price write: the price FluentCart stored must be the one typed, not 100 times off. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { centsToDecimal, unitSlip } from '../../../shared/money';
import { SET_VERSION_HINT } from '../../../shared/profile';
import { inputError } from '../../../shared/validation';

/**
 * Compares the stored `item_price` (cents) of a record, or of a product's only variation, with
 * the decimal price sent. A 100-fold difference means the site took another unit than its version
 * said: the write went through with a wrong price, and the user must be told.
 */
export function checkStoredPrice(ctx: IExecuteFunctions, i: number, record: IDataObject, sentDecimal: number, what: string) {
	const variants = Array.isArray(record.variants) ? (record.variants as IDataObject[]) : [record];
	const stored = Number(variants[0]?.item_price);
	if (!Number.isFinite(stored)) return;
	const slip = unitSlip(sentDecimal, stored);
	if (!slip) return;
	throw inputError(
		ctx,
		i,
		`FluentCart stored the price of ${what} as ${centsToDecimal(stored)} instead of ${sentDecimal}: the write went through with a wrong price`,
		`The site took the price in another unit than its FluentCart version implies (${slip === 'x100' ? 'cents read as decimals' : 'decimals read as cents'}). Correct the price in FluentCart now. ${SET_VERSION_HINT}`,
	);
}
