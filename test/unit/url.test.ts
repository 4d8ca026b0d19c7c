import { buildEndpoint, checkSiteUrl, normaliseSiteUrl } from '../../nodes/shared/url';

describe('normaliseSiteUrl', () => {
	it.each([
		['https://shop.example.com', 'https://shop.example.com'],
		['https://shop.example.com/', 'https://shop.example.com'],
		['  https://shop.example.com//  ', 'https://shop.example.com'],
		['https://shop.example.com/wp-json', 'https://shop.example.com'],
		['https://shop.example.com/wp-json/', 'https://shop.example.com'],
		['https://shop.example.com/wp-json/fluent-cart/v2', 'https://shop.example.com'],
		['https://shop.example.com/wp-json/fluent-cart/v2/', 'https://shop.example.com'],
		['https://shop.example.com/WP-JSON/fluent-cart/v2/orders', 'https://shop.example.com'],
		['https://example.com/shop/wp-json/fluent-cart/v2', 'https://example.com/shop'],
		['https://example.com/shop/', 'https://example.com/shop'],
		['https://shop.example.com/?rest_route=/fluent-cart/v2/orders', 'https://shop.example.com'],
		['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
		['shop.example.com', 'https://shop.example.com'],
		['HTTPS://Shop.Example.com/', 'https://shop.example.com'],
	])('%j → %s', (input, expected) => {
		expect(normaliseSiteUrl(input)).toBe(expected);
	});

	it.each([
		['', /empty/],
		['   ', /empty/],
		[undefined, /empty/],
		['ftp://shop.example.com', /must start with http/],
		['https://', /not a valid web address/],
		['https://shop example.com', /not a valid web address/],
		['https://shop.example.com/?page=1', /not a valid web address/],
	])('rejects %j with a clear message', (input, message) => {
		expect(() => normaliseSiteUrl(input)).toThrow(message);
		expect(checkSiteUrl(input).problem).toMatch(message);
	});
});

describe('buildEndpoint', () => {
	it('puts the path under /wp-json/<namespace>/', () => {
		expect(buildEndpoint('https://x.test', 'orders/12/refund')).toEqual({
			url: 'https://x.test/wp-json/fluent-cart/v2/orders/12/refund',
			qs: {},
		});
	});

	it('uses ?rest_route= for sites without pretty permalinks', () => {
		expect(buildEndpoint('https://x.test/shop', '/orders/', { plainPermalinks: true })).toEqual({
			url: 'https://x.test/shop/',
			qs: { rest_route: '/fluent-cart/v2/orders' },
		});
	});

	it('takes another namespace', () => {
		expect(buildEndpoint('https://x.test', 'users/me', { namespace: 'wp/v2' }).url).toBe(
			'https://x.test/wp-json/wp/v2/users/me',
		);
	});
});
