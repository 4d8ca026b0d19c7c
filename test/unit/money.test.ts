import {
	centsToDecimal,
	centsToUnit,
	decimalToUnit,
	unitSlip,
	decimalToCents,
	isZeroDecimalCurrency,
	parseDecimal,
} from '../../nodes/shared/money';

describe('money', () => {
	it.each([
		['19.99', 'USD', 1999],
		[19.99, 'USD', 1999],
		['0.1', 'EUR', 10],
		[0.29, 'USD', 29],
		['1234.5', 'GBP', 123450],
		['10', 'USD', 1000],
		// FluentCart stores every currency ×100, zero-decimal ones included (¥500 → 50000).
		['500', 'JPY', 50000],
		['500.00', 'JPY', 50000],
		[0, 'USD', 0],
	])('decimalToCents(%j, %s) = %d', (value, currency, cents) => {
		expect(decimalToCents(value, { field: 'Amount', currency })).toBe(cents);
	});

	it('avoids floating point drift', () => {
		// 1.005 * 100 = 100.49999… in floating point; inputs have at most 2 decimals.
		expect(decimalToCents('0.57', { field: 'x' })).toBe(57);
		expect(decimalToCents('4.35', { field: 'x' })).toBe(435);
		expect(decimalToCents('1.15', { field: 'x' })).toBe(115);
	});

	it.each([
		['19.999', 'USD', /more than 2 decimals/],
		['500.5', 'JPY', /whole number: JPY has no minor unit/],
		['-5', 'USD', /cannot be negative/],
		['1,250.00', 'USD', /plain decimal number/],
		['abc', 'USD', /plain decimal number/],
		['', 'USD', /plain decimal number/],
		[Number.NaN, 'USD', /must be a number/],
		[null, 'USD', /must be a number/],
	])('rejects %j (%s)', (value, currency, message) => {
		expect(() => parseDecimal(value, { field: 'Amount', currency })).toThrow(message);
	});

	it('names the field in the message', () => {
		expect(() => parseDecimal('x', { field: 'Unit Price' })).toThrow(/^Unit Price/);
	});

	it('refuses zero when asked to', () => {
		expect(() => parseDecimal('0', { field: 'Amount', allowZero: false })).toThrow(/greater than 0/);
	});

	it('knows the zero-decimal currencies FluentCart lists', () => {
		expect(isZeroDecimalCurrency('jpy')).toBe(true);
		expect(isZeroDecimalCurrency('KRW')).toBe(true);
		expect(isZeroDecimalCurrency('USD')).toBe(false);
		expect(isZeroDecimalCurrency(undefined)).toBe(false);
	});

	it('turns cents into decimals', () => {
		expect(centsToDecimal(5997)).toBe(59.97);
		expect(centsToDecimal(1000)).toBe(10);
	});
});

describe('money in the unit a FluentCart version takes', () => {
	it('converts stored cents and typed decimals to either unit', () => {
		expect(centsToUnit(2450, 'decimal')).toBe(24.5);
		expect(centsToUnit(2450, 'cents')).toBe(2450);
		expect(decimalToUnit(5.5, 'decimal')).toBe(5.5);
		expect(decimalToUnit(5.5, 'cents')).toBe(550);
		expect(decimalToUnit(19.99, 'cents')).toBe(1999);
	});

	it('recognises a price stored 100 times off, both ways', () => {
		expect(unitSlip(24.5, 2450)).toBeUndefined();
		// 2450 sent as decimals to a site that multiplies by 100.
		expect(unitSlip(24.5, 245000)).toBe('x100');
		// 24.5 sent to a site that takes cents, rounded to 25 cents.
		expect(unitSlip(24.5, 25)).toBe('div100');
		// Another difference (a concurrent edit) is not called a unit slip.
		expect(unitSlip(24.5, 2500)).toBeUndefined();
	});
});
