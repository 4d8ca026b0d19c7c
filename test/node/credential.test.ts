/**
 * The FluentCart API credential: Basic auth, URL tidying, and a connection test that tells
 * the user which problem it is (n8n's WordPress credential passes with a wrong password,
 * n8n issue #18687: ours must not).
 */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { join } from 'node:path';

import { FakeFluentCart } from '../fake/server';
import { testCredential } from '../helpers/credential-test';
import { runFluentCart } from '../helpers/engine';
import { startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';

let ctx: StartedFake;
afterEach(async () => ctx?.fake.stop());

describe('credential test', () => {
	it('succeeds with an Administrator’s Application Password', async () => {
		ctx = await startFake();
		expect(await testCredential(ctx.credentials)).toEqual({ status: 'OK', message: 'Connection successful!' });
		const probe = ctx.fake.requests[0];
		expect([probe.method, probe.path, probe.query.per_page]).toEqual(['GET', 'orders', '1']);
	});

	it('tidies a Site URL pasted with /wp-json/fluent-cart/v2 and spaces', async () => {
		ctx = await startFake();
		const result = await testCredential({ ...ctx.credentials, url: ` ${ctx.url}/wp-json/fluent-cart/v2/ ` });
		expect(result.status).toBe('OK');
	});

	it('works over ?rest_route= for plain permalinks', async () => {
		ctx = await startFake();
		expect((await testCredential({ ...ctx.credentials, plainPermalinks: true })).status).toBe('OK');
		expect(ctx.fake.requests[0].urlForm).toBe('rest_route');
	});

	it('fails with a wrong password (as the recorded site answers it)', async () => {
		ctx = await startFake();
		const result = await testCredential({ ...ctx.credentials, password: 'gibberish' });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/did not accept the username and Application Password \(HTTP 401\)/);
		expect(result.message).toMatch(/Authorization header/);
	});

	it('names a wrong Application Password when WordPress says so', async () => {
		ctx = await startFake({ coreAuthErrors: true });
		const result = await testCredential({ ...ctx.credentials, password: 'gibberish' });
		expect(result.message).toMatch(/^Wrong Application Password \(HTTP 401\)/);
	});

	it('names an unknown username (e.g. the Application Password’s name typed instead)', async () => {
		ctx = await startFake({ coreAuthErrors: true });
		const result = await testCredential({ ...ctx.credentials, username: 'n8n' });
		expect(result.message).toMatch(/does not know this username/);
	});

	it('explains that a non-Administrator gets nothing from FluentCart', async () => {
		ctx = await startFake();
		const worker = ctx.fake.store.users.find((u) => !u.isAdmin)!;
		const result = await testCredential({ ...ctx.credentials, username: worker.username, password: worker.appPassword });
		expect(result.message).toMatch(/no permissions \(HTTP 403\).*Administrator/);
	});

	it('explains that FluentCart is not active', async () => {
		ctx = await startFake();
		ctx.fake.disabledNamespaces.add('fluent-cart/v2');
		const result = await testCredential(ctx.credentials);
		expect(result.message).toMatch(/FluentCart API is missing \(rest_no_route/);
	});

	it('explains a site that is not WordPress or hides its REST API', async () => {
		ctx = await startFake();
		const result = await testCredential({ ...ctx.credentials, url: `${ctx.url}/not-wordpress` });
		expect(result.message).toMatch(/did not answer with FluentCart data/);
		expect(result.message).toMatch(/Plain Permalinks/);
	});

	it('explains a captcha / bot-protection page', async () => {
		ctx = await startFake();
		ctx.fake.injectFault({ fault: { kind: 'html', status: 403, html: '<html><title>Just a moment...</title>cf-chl</html>' } });
		const result = await testCredential(ctx.credentials);
		expect(result.message).toMatch(/captcha page/);
	});

	it('explains a Site URL that is not a URL', async () => {
		ctx = await startFake();
		const result = await testCredential({ ...ctx.credentials, url: 'my shop' });
		expect(result.message).toMatch(/not a valid web address/);
	});

	it('sends HTTP Basic with the WordPress username and the trimmed Application Password', async () => {
		ctx = await startFake();
		await testCredential({ ...ctx.credentials, username: ' admin ', password: ` ${ctx.credentials.password} ` });
		const header = String(ctx.fake.requests[0].headers.authorization);
		expect(Buffer.from(header.replace('Basic ', ''), 'base64').toString()).toBe(`admin:${ctx.credentials.password}`);
	});
});

describe('TLS problems', () => {
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
	const dir = join(__dirname, '..', 'fixtures', 'tls');
	const tls = {
		key: readFileSync(join(dir, 'self-signed.key'), 'utf8'),
		cert: readFileSync(join(dir, 'self-signed.crt'), 'utf8'),
	};

	async function startTlsFake() {
		const fake = new FakeFluentCart();
		const url = await fake.start(0, tls);
		const admin = fake.store.users.find((u) => u.isAdmin)!;
		ctx = { fake, url, api: undefined as never, credentials: { url, username: admin.username, password: admin.appPassword } };
		return ctx;
	}

	it('the credential test fails on an untrusted certificate and passes with Ignore SSL Issues', async () => {
		const started = await startTlsFake();
		const strict = await testCredential(started.credentials);
		expect(strict.status).toBe('Error');
		expect(strict.message).toMatch(/SELF_SIGNED|CERT|certificate/i);
		const relaxed = await testCredential({ ...started.credentials, ignoreSslIssues: true });
		expect(relaxed.status).toBe('OK');
	});

	it('the node names the TLS problem and its fix', async () => {
		const started = await startTlsFake();
		const result = await runFluentCart({
			credentials: started.credentials,
			parameters: orderParams('get', { orderId: rl(1) }),
		});
		expect(result.error?.message).toBe('The secure (TLS) connection to the site failed');
		expect(result.error?.description).toMatch(/Ignore SSL Issues/);
		const order = await runFluentCart({
			credentials: { ...started.credentials, ignoreSslIssues: true },
			parameters: orderParams('get', { orderId: rl(1) }),
		});
		expect(order.error?.message).toBe('Order not found');
	});

});
