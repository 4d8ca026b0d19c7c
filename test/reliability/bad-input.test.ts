/**
 * Bad input, across every node: each case is refused with a NodeOperationError that names the
 * field (and the item, for action nodes) before anything is sent. Cases that can only be judged
 * against the shop (a refund above what is left, a variation that does not exist) may read, but
 * never write. Prints how many cases were rejected.
 */
import type { IDataObject } from 'n8n-workflow';

import { recordFigure } from '../helpers/capture';
import { runFluentCart, runGt } from '../helpers/engine';
import type { NodeRun } from '../helpers/engine';
import { createOrder, markPaid, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { gtLimitsParams, orderParams, rl } from '../helpers/params';
import { PollHost } from '../helpers/poll-host';
import { TriggerHost } from '../helpers/trigger-host';

type Target = 'FluentCart' | 'GT Extensions' | 'Polling Trigger' | 'Trigger';

interface Case {
	label: string;
	target: Target;
	parameters: IDataObject;
	/** The message, which starts with the field's name. */
	message: RegExp;
	/** Credential fields to override. */
	credentials?: IDataObject;
	/** Needs to look at the shop first (GET only). */
	reads?: boolean;
	/** The node's version, when not the one the helpers use. */
	typeVersion?: number;
}

const fc = (resource: string, operation: string, extra: IDataObject = {}): IDataObject => ({ resource, operation, ...extra });
const order = orderParams;
const oneLine = (line: IDataObject) => ({ customerId: rl(1), lineItems: { item: [{ variationId: 1, quantity: 1, ...line }] } });
const coupon = (extra: IDataObject) => fc('coupon', 'create', { code: 'SAVE5', title: 'Save 5', type: 'fixed', amount: '5', ...extra });
const limits = gtLimitsParams;

const CASES: Case[] = [
	// Order
	{ label: 'order ID empty', target: 'FluentCart', parameters: order('get', { orderId: rl('={{ "" }}') }), message: /^Order ID is empty/ },
	{ label: 'order ID not numeric', target: 'FluentCart', parameters: order('get', { orderId: rl('={{ "abc" }}') }), message: /^Order ID must be a whole number of 1 or more, got "abc"/ },
	{ label: 'order ID negative', target: 'FluentCart', parameters: order('markPaid', { orderId: rl('={{ -3 }}') }), message: /^Order ID must be a whole number of 1 or more, got -3/ },
	{ label: 'order ID zero', target: 'FluentCart', parameters: order('refund', { orderId: rl('={{ 0 }}'), amount: '1' }), message: /^Order ID must be a whole number of 1 or more, got 0/ },
	{ label: 'customer ID negative text', target: 'FluentCart', parameters: order('create', { ...oneLine({}), customerId: rl('={{ "-4" }}') }), message: /^Customer ID must be a whole number of 1 or more/ },
	{ label: 'no line items', target: 'FluentCart', parameters: order('create', { customerId: rl(1), lineItems: { item: [] } }), message: /^Line Items is empty/ },
	{ label: 'zero quantity', target: 'FluentCart', parameters: order('create', oneLine({ quantity: 0 })), message: /^Line item 1 Quantity must be at least 1/ },
	{ label: 'unit price with 3 decimals', target: 'FluentCart', parameters: order('create', oneLine({ unitPrice: '19.999' })), message: /^Line item 1 Unit Price has more than 2 decimals/ },
	{ label: 'negative unit price', target: 'FluentCart', parameters: order('create', oneLine({ unitPrice: '-3' })), message: /^Line item 1 Unit Price cannot be negative/ },
	{ label: 'negative shipping', target: 'FluentCart', parameters: order('create', { ...oneLine({}), additionalFields: { shippingTotal: '-1' } }), message: /^Shipping Total cannot be negative/ },
	{ label: 'discount above 100 %', target: 'FluentCart', parameters: order('create', { ...oneLine({}), additionalFields: { discountType: 'percentage', discountValue: '120' } }), message: /^Discount must be 100 % or less/ },
	{ label: 'variation that does not exist', target: 'FluentCart', parameters: order('create', oneLine({ variationId: 99 })), message: /^Line item 1: variation 99 does not exist/, reads: true },
	{ label: 'refund with 3 decimals', target: 'FluentCart', parameters: order('refund', { orderId: rl(2), amount: '1.234' }), message: /^Amount has more than 2 decimals \(got 1.234\)/ },
	{ label: 'negative refund', target: 'FluentCart', parameters: order('refund', { orderId: rl(2), amount: '-5' }), message: /^Amount (cannot be negative|must be greater than 0)/ },
	{ label: 'refund above the refundable amount', target: 'FluentCart', parameters: order('refund', { orderId: rl(2), amount: '500' }), message: /^Amount 500 is more than the refundable/, reads: true },
	{ label: 'unknown order status', target: 'FluentCart', parameters: order('updateStatus', { orderId: rl(1), statusType: 'order', orderStatus: '={{ "archived" }}' }), message: /^Order Status "archived" is not one FluentCart knows/ },
	{ label: 'unknown shipping status', target: 'FluentCart', parameters: order('updateStatus', { orderId: rl(1), statusType: 'shipping', shippingStatus: '={{ "lost" }}' }), message: /^Shipping Status "lost" is not one FluentCart knows/ },
	{ label: 'order update with no field', target: 'FluentCart', parameters: order('update', { orderId: rl(1), updateFields: {} }), message: /^Update Fields is empty/ },
	// Customer
	{ label: 'customer email invalid', target: 'FluentCart', parameters: fc('customer', 'create', { email: 'not-an-email', firstName: 'X' }), message: /^Email "not-an-email" is not a valid email address/ },
	{ label: 'customer first name blank', target: 'FluentCart', parameters: fc('customer', 'create', { email: 'x@example.test', firstName: '  ' }), message: /^First Name is empty/ },
	{ label: 'customer country not a code', target: 'FluentCart', parameters: fc('customer', 'create', { email: 'x@example.test', firstName: 'X', additionalFields: { country: 'Germany' } }), message: /^Country must be a two-letter country code/ },
	{ label: 'customer unknown status', target: 'FluentCart', parameters: fc('customer', 'create', { email: 'x@example.test', firstName: 'X', additionalFields: { status: '={{ "archived" }}' } }), message: /^Status "archived" is not one FluentCart knows/ },
	{ label: 'customer ID not numeric', target: 'FluentCart', parameters: fc('customer', 'get', { customerId: rl('={{ "abc" }}') }), message: /^Customer ID must be a whole number of 1 or more/ },
	// Product and variation
	{ label: 'product title too long', target: 'FluentCart', parameters: fc('product', 'create', { title: '={{ "T".repeat(201) }}' }), message: /^Title is 201 characters long; FluentCart allows at most 200/ },
	{ label: 'product unknown status', target: 'FluentCart', parameters: fc('product', 'create', { title: 'A', additionalFields: { status: '={{ "trash" }}' } }), message: /^Status "trash" is not one FluentCart knows/ },
	{ label: 'product price with a comma', target: 'FluentCart', parameters: fc('product', 'update', { productId: rl(4), updateFields: { price: '12,50' } }), message: /^Price must be a plain decimal number such as 19.99 \(got "12,50"\)/ },
	{ label: 'variation price negative', target: 'FluentCart', parameters: fc('variation', 'create', { productId: rl(4), variationTitle: 'S', price: '-1' }), message: /^Price cannot be negative/ },
	{ label: 'compare-at below price', target: 'FluentCart', parameters: fc('variation', 'create', { productId: rl(4), variationTitle: 'S', price: '10', additionalFields: { compareAtPrice: '9.99' } }), message: /^Compare-at Price \(9.99\) is lower than the Price \(10\)/ },
	{ label: 'available above total stock', target: 'FluentCart', parameters: fc('variation', 'create', { productId: rl(4), variationTitle: 'S', price: '10', additionalFields: { totalStock: 2, availableStock: 3 } }), message: /^Available Stock \(3\) is more than Total Stock \(2\)/ },
	{ label: 'variation ID zero', target: 'FluentCart', parameters: fc('variation', 'get', { variationId: rl('={{ 0 }}') }), message: /^Variation ID must be a whole number of 1 or more, got 0/ },
	// Coupon
	{ label: 'coupon percentage above 100', target: 'FluentCart', parameters: coupon({ type: 'percentage', amount: '120' }), message: /^Amount must be a percent of 100 or less/ },
	{ label: 'coupon amount with 3 decimals', target: 'FluentCart', parameters: coupon({ amount: '5.123' }), message: /^Amount has more than 2 decimals/ },
	{ label: 'coupon amount negative', target: 'FluentCart', parameters: coupon({ amount: '-5' }), message: /^Amount cannot be negative/ },
	{ label: 'coupon end before start', target: 'FluentCart', parameters: coupon({ additionalFields: { startDate: '2026-03-10', endDate: '2026-03-01' } }), message: /^End Date \(2026-03-01 00:00:00\) must be after Start Date/ },
	{ label: 'coupon ID a code', target: 'FluentCart', parameters: fc('coupon', 'get', { couponId: rl('={{ "SUMMER" }}') }), message: /^Coupon ID must be a whole number of 1 or more, got "SUMMER"/ },
	// Subscription, license, report
	{ label: 'subscription ID not numeric', target: 'FluentCart', parameters: fc('subscription', 'get', { subscriptionId: rl('={{ "abc" }}') }), message: /^Subscription ID must be a whole number of 1 or more/ },
	{ label: 'unknown cancellation reason', target: 'FluentCart', parameters: fc('subscription', 'cancel', { subscriptionId: rl(1), cancelReason: '={{ "bored" }}', otherReason: 'x' }), message: /^Cancellation Reason "bored" is not one FluentCart knows/ },
	{ label: 'license activation ID zero', target: 'FluentCart', parameters: fc('license', 'deactivateSite', { licenseId: rl(1), siteBy: 'activationId', activationId: 0 }), message: /^Activation ID must be a whole number of 1 or more/ },
	{ label: 'license site not a URL', target: 'FluentCart', parameters: fc('license', 'activateSite', { licenseId: rl(1), siteUrl: 'not a site' }), message: /^Site URL "not a site" is not a web address/ },
	{ label: 'license expiry not a date', target: 'FluentCart', parameters: fc('license', 'extendValidity', { licenseId: rl(1), expirationDate: '={{ "2028-02-30" }}' }), message: /^Expiration Date is not a valid date, got "2028-02-30"/ },
	{ label: 'report dates backwards', target: 'FluentCart', parameters: fc('report', 'dashboardStats', { startDate: '2026-02-01', endDate: '2026-01-01' }), message: /^Start Date 2026-02-01 is after End Date 2026-01-01/ },
	{ label: 'report unknown order type', target: 'FluentCart', parameters: fc('report', 'salesReport', { orderTypes: ['={{ "gift" }}'] }), message: /^Order Types "gift" is not one FluentCart knows/ },
	// Custom API Call
	{ label: 'custom call malformed JSON', target: 'FluentCart', parameters: fc('customApiCall', 'call', { method: 'POST', path: 'orders', body: '={{ "{\\"customer_id\\": " }}' }), message: /^Body \(JSON\) is not valid JSON/ },
	{ label: 'custom call JSON array body', target: 'FluentCart', parameters: fc('customApiCall', 'call', { method: 'PUT', path: 'orders/1/statuses', body: '={{ "[1, 2]" }}' }), message: /^Body \(JSON\) must be a JSON object/ },
	{ label: 'custom call path with a host', target: 'FluentCart', parameters: fc('customApiCall', 'call', { method: 'GET', path: 'https://evil.example.com/wp-json/x' }), message: /^Path "https:\/\/evil.example.com\/wp-json\/x" must not contain a scheme or host/ },
	{ label: 'custom call path with ..', target: 'FluentCart', parameters: fc('customApiCall', 'call', { method: 'GET', path: 'orders/../../wp/v2/users' }), message: /^Path "orders\/..\/..\/wp\/v2\/users" must not contain "." or ".." segments/ },
	{ label: 'custom call query without a name', target: 'FluentCart', parameters: fc('customApiCall', 'call', { method: 'GET', path: 'orders', queryParameters: { parameter: [{ name: ' ', value: 'x' }] } }), message: /^A query parameter has no name/ },
	// Credential
	{ label: 'Site URL that is not a URL', target: 'FluentCart', parameters: order('get', { orderId: rl(1) }), credentials: { url: 'my shop' }, message: /^The Site URL "my shop" is not a valid web address/ },
	{ label: 'Site URL with another scheme', target: 'GT Extensions', parameters: fc('product', 'getSoldCount', { productId: rl(4) }), credentials: { url: 'ftp://shop.example.com' }, message: /^The Site URL "ftp:\/\/shop.example.com" must start with http:\/\/ or https:\/\// },
	// GT Extensions
	{ label: 'GT minimum quantity 0', target: 'GT Extensions', parameters: limits(0, 10, 1), message: /^Minimum Quantity must be at least 1, got 0/ },
	{ label: 'GT maximum below minimum', target: 'GT Extensions', parameters: limits(5, 3, 1), message: /^Maximum Quantity must be 0 \(no limit\) or at least the Minimum Quantity \(5\), got 3/ },
	{ label: 'GT fractional step', target: 'GT Extensions', parameters: limits(1, 10, 0.5), message: /^Quantity Step must be a whole number, got 0.5/ },
	{ label: 'GT currency of 4 letters', target: 'GT Extensions', parameters: fc('variation', 'setCurrency', { variationId: rl(1), currency: 'EURO' }), message: /^Currency must be a 3-letter currency code such as EUR, got "EURO"/ },
	{ label: 'GT button text with HTML', target: 'GT Extensions', parameters: fc('variation', 'setButtonText', { variationId: rl(1), addToCartText: '<b>Buy</b>', buyNowText: '' }), message: /^Add to Cart Text must be plain text \(no HTML\)/ },
	{ label: 'GT product ID negative', target: 'GT Extensions', parameters: fc('product', 'getSoldCount', { productId: rl('={{ -4 }}') }), message: /^Product ID must be a whole number of 1 or more, got -4/ },
	// Triggers
	{ label: 'polling threshold negative', target: 'Polling Trigger', parameters: { event: 'lowStock', threshold: -1 }, message: /^Threshold must be at least 0, got -1/ },
	{ label: 'polling records watched not a number', target: 'Polling Trigger', parameters: { event: 'orderStatusChanged', watchCount: '={{ "all" }}' }, message: /^Records Watched must be a whole number, got "all"/ },
	{ label: 'polling records watched above 995', target: 'Polling Trigger', parameters: { event: 'subscriptionStatusChanged', watchCount: 5000 }, message: /^Records Watched must be at most 995, got 5000/ },
	{ label: 'trigger with no event', target: 'Trigger', parameters: { events: [] }, message: /^Events is empty/ },
	{ label: 'trigger manual secret too short', target: 'Trigger', parameters: { events: ['order_paid_done'], registration: 'manual', secret: 'hunter2' }, message: /^Secret must be at least 24 characters long, got 7/ },
	{ label: 'trigger v3 manual, no secret in the credential', target: 'Trigger', typeVersion: 3, parameters: { events: ['order_paid_done'], registration: 'manual' }, message: /^Webhook Secret \(Manual Feeds\) in the FluentCart API credential is empty/ },
	{ label: 'trigger v3 manual, credential secret too short', target: 'Trigger', typeVersion: 3, credentials: { webhookSecret: 'hunter2' }, parameters: { events: ['order_paid_done'], registration: 'manual' }, message: /^Webhook Secret \(Manual Feeds\) in the FluentCart API credential must be at least 24 characters long, got 7/ },
	{ label: 'trigger v1 manual, no secret anywhere', target: 'Trigger', typeVersion: 1, parameters: { events: ['order_paid_done'], registration: 'manual', secret: '' }, message: /^Secret is empty, and so is Webhook Secret \(Manual Feeds\) in the FluentCart API credential/ },
];

let ctx: StartedFake;
beforeAll(async () => {
	ctx = await startFake();
	ctx.fake.pro = true;
	await createOrder(ctx); // order 1: unpaid
	await markPaid(ctx, await createOrder(ctx)); // order 2: paid 39.98
});
afterAll(async () => ctx.fake.stop());
beforeEach(() => ctx.fake.resetLog());

/** Runs the case's node; returns the error it raised. */
async function attempt(c: Case): Promise<{ error?: Error & { description?: string }; itemNamed: boolean }> {
	const credentials = { ...ctx.credentials, ...c.credentials };
	if (c.target === 'FluentCart' || c.target === 'GT Extensions') {
		const run: NodeRun = await (c.target === 'FluentCart' ? runFluentCart : runGt)({ credentials, parameters: c.parameters });
		return { error: run.error, itemNamed: /\[item 0\]$/.test(run.error?.message ?? '') };
	}
	try {
		if (c.target === 'Polling Trigger') {
			await new PollHost(credentials, c.parameters).poll('trigger');
		} else {
			const host = new TriggerHost(credentials, c.parameters, 'wh-bad-input', c.typeVersion);
			await host.start();
			try {
				await host.activate();
			} finally {
				await host.stop();
			}
		}
		return { itemNamed: true };
	} catch (error) {
		// Triggers have no input items: the field alone is named.
		return { error: error as Error, itemNamed: true };
	}
}

let rejected = 0;
afterAll(() => {
	const targets = [...new Set(CASES.map((c) => c.target))];
	recordFigure('bad input cases rejected before any write', `${rejected} of ${CASES.length} (${targets.join(', ')})`);
	const reads = CASES.filter((c) => c.reads);
	recordFigure('bad input cases that sent any request', `${reads.length} read the shop first (${reads.map((c) => c.label).join('; ')}); 0 writes`);
});

it('covers at least 40 cases across every node', () => {
	expect(CASES.length).toBeGreaterThanOrEqual(40);
	expect(new Set(CASES.map((c) => c.target)).size).toBe(4);
});

it.each(CASES.map((c) => [`${c.target}: ${c.label}`, c] as const))('%s', async (_label, c) => {
	const { error, itemNamed } = await attempt(c);
	expect(error?.name).toBe('NodeOperationError');
	expect(error?.message).toMatch(c.message);
	expect(itemNamed).toBe(true);
	if (c.reads) {
		expect(ctx.fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
	} else {
		expect(ctx.fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([]);
	}
	rejected += 1;
});
