import { describeHttpFailure } from '../../nodes/shared/errors';
import { describeNetworkFailure, looksLikeHtml } from '../../nodes/shared/site-answers';
import { fixture } from '../helpers/fixtures';

const fromFixture = (name: string) => {
	const f = fixture(name);
	return describeHttpFailure(f.status, f.response);
};

describe('describeHttpFailure: the recorded FluentCart error shapes', () => {
	it('422 field → rule → message map: first message, every field listed', () => {
		const failure = fromFixture('error-422-coupon-validation');
		expect(failure.httpCode).toBe(422);
		expect(failure.kind).toBe('validation');
		expect(failure.message).toBe('FluentCart rejected the data: code: Code is required.');
		expect(failure.fields).toEqual(['code', 'type', 'amount', 'status', 'stackable', 'show_on_checkout']);
		expect(failure.description).toContain('Fields with problems: code, type, amount, status, stackable, show_on_checkout');
		expect(failure.description).toContain('show_on_checkout: The show_on_checkout field is required.');
	});

	it('422 map with numeric rule keys and dotted fields', () => {
		const failure = fromFixture('error-422-product-validation');
		expect(failure.fields).toEqual(['post_title', 'detail.fulfillment_type']);
		expect(failure.description).toContain('detail.fulfillment_type: Invalid fulfillment type.');
	});

	it('422 {message, errors} (integration feed validation)', () => {
		const failure = fromFixture('error-422-integration-feed-validation');
		expect(failure.kind).toBe('validation');
		expect(failure.message).toContain('Please fill up the required fields:');
		expect(failure.message).toContain('request_url: Request URL is required.');
		expect(failure.fields).toEqual(['name', 'request_url', 'event_trigger']);
	});

	it('422 {message} business error keeps FluentCart’s words', () => {
		const failure = fromFixture('error-422-subscription-cancel-no-reason');
		expect(failure.httpCode).toBe(422);
		expect(failure.message).toBe('Please select cancel reason!');
	});

	it('HTTP 500 with a numeric code: the number is the real status', () => {
		const failure = fromFixture('error-500-order-status-invalid');
		expect(failure.httpCode).toBe(400);
		expect(failure.message).toBe('Provided status is not valid');
		expect(failure.description).toContain('sent as HTTP 500');
	});

	it('403 Permission Callback Error + No query results = not found', () => {
		const failure = fromFixture('error-403-product-not-found');
		expect(failure.httpCode).toBe(404);
		expect(failure.kind).toBe('not_found');
		expect(failure.message).toBe('The product was not found');
	});

	it('404 fluent_cart_entity_not_found: message under data.message', () => {
		const failure = fromFixture('error-404-order-not-found');
		expect(failure.httpCode).toBe(404);
		expect(failure.message).toBe('Order not found');
		expect(fromFixture('error-404-customer-not-found').message).toBe('Customer not found');
	});

	it('423 and 400 {message}', () => {
		expect(fromFixture('error-423-order-already-paid')).toMatchObject({
			httpCode: 423,
			message: 'Order has already been paid',
		});
		expect(fromFixture('error-400-subscription-in-manual-order')).toMatchObject({
			httpCode: 400,
			message: 'Subscription order with Manual Order is not supported yet!',
		});
	});

	it('401 rest_forbidden → credentials message with the fix', () => {
		const failure = fromFixture('error-401-bad-app-password');
		expect(failure.httpCode).toBe(401);
		expect(failure.kind).toBe('unauthorized');
		expect(failure.description).toMatch(/Application Password/);
	});

	it('403 rest_forbidden → Administrator needed', () => {
		const failure = describeHttpFailure(403, {
			code: 'rest_forbidden',
			message: 'Sorry, you are not allowed to do that.',
			data: { status: 403 },
		});
		expect(failure.kind).toBe('forbidden');
		expect(failure.description).toMatch(/Administrator/);
	});

	it('404 rest_no_route → route missing (FluentCart inactive, too old, or Pro needed)', () => {
		const failure = describeHttpFailure(404, { code: 'rest_no_route', message: 'No route', data: { status: 404 } });
		expect(failure.kind).toBe('no_route');
		expect(failure.description).toMatch(/FluentCart Pro/);
	});

	it('404 findOrFail {message: No query results…}', () => {
		const failure = describeHttpFailure(404, {
			message: 'No query results for model [FluentCart\\App\\Models\\OrderTransaction].',
		});
		expect(failure.message).toBe('The order transaction was not found');
	});

	it('400 order delete refusal keeps the reason', () => {
		const failure = describeHttpFailure(400, {
			message: 'Order INV-3 cannot be deleted due to its current order status: completed.',
			data: { order_id: 3, status: 'error', reason: 'order_cannot_be_deleted' },
			errors: ['Order INV-3 cannot be deleted due to its current order status: completed.'],
		});
		expect(failure.message).toMatch(/cannot be deleted/);
		expect(failure.httpCode).toBe(400);
	});
});

describe('describeHttpFailure: what sits in front of WordPress', () => {
	it('HTML instead of JSON: captcha / bot protection', () => {
		const failure = describeHttpFailure(
			403,
			'<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>cf-chl challenge-platform</body></html>',
		);
		expect(failure.kind).toBe('html');
		expect(failure.message).toMatch(/bot-protection or captcha page/);
		expect(failure.description).toMatch(/Allow n8n's IP/);
		expect(failure.description).toContain('Just a moment...');
	});

	it('HTML: maintenance page', () => {
		const failure = describeHttpFailure(
			503,
			'<html><head><title>Maintenance</title></head><body>Briefly unavailable for scheduled maintenance.</body></html>',
		);
		expect(failure.message).toMatch(/maintenance page/);
	});

	it('HTML: redirected to the login page', () => {
		const failure = describeHttpFailure(
			200,
			'<!DOCTYPE html><html><body><form name="loginform" id="loginform" action="https://x.test/wp-login.php"></form></body></html>',
		);
		expect(failure.message).toMatch(/login page/);
		expect(failure.description).toMatch(/Site URL/);
	});

	it('HTML: WordPress’s critical error page (PHP fatal error)', () => {
		const failure = describeHttpFailure(
			500,
			'<!DOCTYPE html><html><head><title>WordPress &rsaquo; Error</title></head><body><p>There has been a critical error on this website.</p></body></html>',
		);
		expect(failure.message).toBe('The site answered with WordPress’s “critical error” page instead of FluentCart JSON (HTTP 500)');
		expect(failure.description).toMatch(/PHP fatal error/);
	});

	it('HTML: a gateway’s error page (502/504) says the server failed, not that the URL is wrong', () => {
		const failure = describeHttpFailure(502, '<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>');
		expect(failure.message).toBe('The site answered with an error page from the web server instead of FluentCart JSON (HTTP 502)');
		expect(failure.description).toMatch(/Try again later/);
		expect(failure.description).toContain('502 Bad Gateway');
	});

	it('HTML: anything else points at the URL, caching and security plugins', () => {
		const failure = describeHttpFailure(404, '<html><head><title>Page not found</title></head></html>');
		expect(failure.message).toMatch(/an HTML page instead of FluentCart JSON/);
		expect(failure.description).toMatch(/caching or security plugin/);
		expect(failure.description).toMatch(/Plain Permalinks/);
	});

	it('broken JSON: PHP notices printed before the body', () => {
		const failure = describeHttpFailure(200, '<br />\n<b>Warning</b>: Undefined array key in x.php {"orders":');
		expect(failure.kind).toBe('invalid_json');
		expect(failure.description).toMatch(/WP_DEBUG_DISPLAY/);
	});

	it('429 mentions the wait FluentCart asked for', () => {
		const failure = describeHttpFailure(429, {}, { 'retry-after': '30' });
		expect(failure.kind).toBe('rate_limited');
		expect(failure.description).toContain('30 s');
	});

	it('502/503/504 are explained as hosting problems', () => {
		expect(describeHttpFailure(502, {}).description).toMatch(/proxy/);
		expect(describeHttpFailure(504, {}).httpCode).toBe(504);
	});

	it('looksLikeHtml only for HTML documents', () => {
		expect(looksLikeHtml('<!doctype html><p>x</p>')).toBe(true);
		expect(looksLikeHtml('{"a":1}')).toBe(false);
		expect(looksLikeHtml({ a: 1 })).toBe(false);
	});
});

describe('describeNetworkFailure', () => {
	it.each([
		['DEPTH_ZERO_SELF_SIGNED_CERT', /TLS/, /Ignore SSL Issues/, false],
		['CERT_HAS_EXPIRED', /TLS/, /certificate/, false],
		['ENOTFOUND', /could not be found/, /Site URL/, false],
		['ECONNREFUSED', /refused/, /Site URL/, false],
		['ECONNRESET', /reset/, /firewall/, true],
		['ETIMEDOUT', /did not answer in time/, /timed out/, true],
		['ECONNABORTED', /did not answer in time/, /timed out/, true],
	])('%s', (code, message, description, retryable) => {
		const failure = describeNetworkFailure(code, '');
		expect(failure.message).toMatch(message);
		expect(failure.description).toMatch(description);
		expect(failure.retryable).toBe(retryable);
	});
});

describe('describeHttpFailure: WordPress argument validation', () => {
	it('rest_invalid_param names each parameter and why', () => {
		const failure = describeHttpFailure(400, {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): min_quantity',
			data: { status: 400, params: { min_quantity: 'min_quantity is not of type integer.' } },
		});
		expect(failure).toMatchObject({
			httpCode: 400,
			kind: 'validation',
			code: 'rest_invalid_param',
			fields: ['min_quantity'],
			message: 'The site rejected the data: min_quantity: min_quantity is not of type integer.',
		});
	});

	it('rest_missing_callback_param lists the missing parameters', () => {
		const failure = describeHttpFailure(400, {
			code: 'rest_missing_callback_param',
			message: 'Missing parameter(s): currency',
			data: { status: 400, params: ['currency'] },
		});
		expect(failure.fields).toEqual(['currency']);
		expect(failure.message).toBe('Missing parameter(s): currency');
	});
});

describe('describeHttpFailure: FluentCart 1.4+ answers (recorded on 1.5.2)', () => {
	const recorded = (name: string) => fixture(name, '1.5.2');

	it('a database error printed before the JSON (WP_DEBUG on) names the column, not a PHP notice', () => {
		for (const [name, column] of [
			['order-create', 'shipping_total'],
			['coupon-create-fixed', 'notes'],
		]) {
			const f = recorded(name);
			const failure = describeHttpFailure(f.status, f.response, { 'content-type': 'application/json; charset=UTF-8' });
			expect(failure.kind).toBe('database');
			expect(failure.message).toBe(`FluentCart's database refused the write: Column '${column}' cannot be null (HTTP 500)`);
			expect(failure.description).toContain(`an empty "${column}"`);
			expect(failure.description).not.toMatch(/PHP notices/);
		}
	});

	it('the hidden “An internal error occurred.” (WP_DEBUG off) says what to check', () => {
		for (const name of ['extra-error-500-order-create-no-shipping-total-wp-debug-off', 'extra-error-500-coupon-create-no-notes-wp-debug-off', 'detect-error-500-order-create-bad-product-wp-debug-off']) {
			const f = recorded(name);
			const failure = describeHttpFailure(f.status, f.response);
			expect(failure.message).toBe('FluentCart failed with an internal error and did not say why (HTTP 500)');
			expect(failure.description).toMatch(/WP_DEBUG/);
			expect(failure.description).toMatch(/published and in stock/);
		}
	});

	it('a plugin_exception that carries its reason keeps it', () => {
		const f = recorded('detect-error-500-order-create-bad-product');
		const failure = describeHttpFailure(f.status, f.response);
		expect(failure.message).toBe('FluentCart failed: [] is not available. (HTTP 500)');
	});

	it('the same status again is the 400 FluentCart meant', () => {
		const f = recorded('extra-error-500-order-status-same');
		expect(describeHttpFailure(f.status, f.response)).toMatchObject({ httpCode: 400, fluentCartMessage: 'Order already has the same status' });
	});
});
