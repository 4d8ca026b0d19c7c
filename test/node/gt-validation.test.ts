/**
 * GT Extensions inputs are checked (zod) before anything is sent: each invalid input below is
 * rejected with an error naming the field, the value and the item, and no HTTP request at all.
 */
import type { IDataObject } from 'n8n-workflow';

import { runGt } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { gtLimitsParams, rl } from '../helpers/params';

let ctx: StartedFake;
beforeAll(async () => {
	ctx = await startFake();
});
afterAll(async () => ctx.fake.stop());
beforeEach(() => ctx.fake.resetLog());

const limits = gtLimitsParams;
const currency = (code: string | number): IDataObject => ({
	resource: 'variation',
	operation: 'setCurrency',
	variationId: rl(1),
	currency: code,
});
const buttons = (addToCartText: string, buyNowText: string): IDataObject => ({
	resource: 'variation',
	operation: 'setButtonText',
	variationId: rl(1),
	addToCartText,
	buyNowText,
});

const CASES: Array<[string, IDataObject, RegExp]> = [
	['minimum 0', limits(0, 10, 1), /^Minimum Quantity must be at least 1, got 0/],
	['negative minimum', limits(-3, 10, 1), /^Minimum Quantity must be at least 1, got -3/],
	['fractional minimum', limits(1.5, 10, 1), /^Minimum Quantity must be a whole number, got 1.5/],
	['minimum as text', limits('={{ "two" }}', 10, 1), /^Minimum Quantity must be a whole number, got "two"/],
	['empty minimum', limits('={{ "" }}', 10, 1), /^Minimum Quantity must be a whole number, got ""/],
	['negative maximum', limits(1, -1, 1), /^Maximum Quantity must be 0 \(no limit\) or more, got -1/],
	['fractional maximum', limits(1, 9.99, 1), /^Maximum Quantity must be a whole number, got 9.99/],
	['maximum below minimum', limits(5, 3, 1), /^Maximum Quantity must be 0 \(no limit\) or at least the Minimum Quantity \(5\), got 3/],
	['step 0', limits(1, 10, 0), /^Quantity Step must be at least 1, got 0/],
	['negative step', limits(1, 10, -2), /^Quantity Step must be at least 1, got -2/],
	['fractional step', limits(1, 10, 0.5), /^Quantity Step must be a whole number, got 0.5/],
	['step as a word', limits(1, 10, '={{ "five" }}'), /^Quantity Step must be a whole number, got "five"/],
	['empty currency', currency('={{ "" }}'), /^Currency must be a 3-letter currency code such as EUR, got ""/],
	['2-letter currency', currency('EU'), /^Currency must be a 3-letter currency code such as EUR, got "EU"/],
	['4-letter currency', currency('EURO'), /^Currency must be a 3-letter currency code such as EUR, got "EURO"/],
	['currency with digits', currency('E1R'), /^Currency must be a 3-letter currency code such as EUR, got "E1R"/],
	['currency symbol', currency('€'), /^Currency must be a 3-letter currency code such as EUR, got "€"/],
	['currency as a number', currency('={{ 978 }}'), /^Currency must be a 3-letter currency code such as EUR, got 978/],
	['both button texts empty', buttons('', ''), /^Add to Cart Text or Buy Now Text must be set \(both are empty\)/],
	['button texts only spaces', buttons('   ', '  '), /^Add to Cart Text or Buy Now Text must be set/],
	['add-to-cart text too long', buttons('x'.repeat(61), ''), /^Add to Cart Text must be at most 60 characters/],
	['buy-now text too long', buttons('', 'y'.repeat(200)), /^Buy Now Text must be at most 60 characters/],
	['HTML in a button text', buttons('<b>Buy</b>', ''), /^Add to Cart Text must be plain text \(no HTML\), got "<b>Buy<\/b>"/],
	['script in a button text', buttons('', '<script>alert(1)</script>'), /^Buy Now Text must be plain text \(no HTML\)/],
	['variation ID that is not a number', { ...limits(1, 0, 1), variationId: rl('={{ "abc" }}') }, /^Variation ID must be a whole number of 1 or more, got "abc"/],
	['variation ID 0', { ...currency('EUR'), variationId: rl('={{ 0 }}') }, /^Variation ID must be a whole number of 1 or more, got 0/],
	['product ID negative', { resource: 'product', operation: 'getSoldCount', productId: rl('={{ -4 }}') }, /^Product ID must be a whole number of 1 or more, got -4/],
];

describe(`${CASES.length} invalid inputs, each rejected before any request`, () => {
	it('has at least 20 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(20));

	it.each(CASES)('%s', async (_label, parameters, message) => {
		const result = await runGt({ credentials: ctx.credentials, parameters });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(ctx.fake.requests).toHaveLength(0);
	});
});
