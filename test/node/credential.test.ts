/**
 * The FluentCart API credential: Basic auth, URL tidying, and a connection test that tells
 * the user which problem it is (n8n's WordPress credential passes with a wrong password,
 * n8n issue #18687: ours must not).
 */
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { readFileSync } from 'node:fs';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { join } from 'node:path';

// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import { createServer as createNetServer } from 'node:net';
// eslint-disable-next-line @n8n/community-nodes/no-restricted-imports
import type { AddressInfo, Server, Socket } from 'node:net';

import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { FluentCart } from '../../nodes/FluentCart/FluentCart.node';
import { FluentCartPollingTrigger } from '../../nodes/FluentCartPollingTrigger/FluentCartPollingTrigger.node';
import { FluentCartTrigger } from '../../nodes/FluentCartTrigger/FluentCartTrigger.node';
import { GtExtensions } from '../../nodes/GtExtensions/GtExtensions.node';
import { CONNECTION_MESSAGES, connectionTestSettings } from '../../nodes/shared/connection-test';
import { DETECT_VERSION, VERSION_BANDS, VERSION_OPTION } from '../../nodes/shared/versions';
import { FakeFluentCart } from '../fake/server';
import { credentialTestOf, testCredential } from '../helpers/credential-test';
import { runFluentCart } from '../helpers/engine';
import { startFake, suiteVersion } from '../helpers/fake-client';

type Creds = ICredentialDataDecryptedObject;
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';

let ctx: StartedFake;
afterEach(async () => ctx?.fake.stop());

describe('credential test', () => {
	it('names the FluentCart version and the WordPress role it connected with', async () => {
		ctx = await startFake();
		const result = await testCredential(ctx.credentials);
		expect(result).toEqual({ status: 'OK', message: `Connected to FluentCart ${suiteVersion()} as admin (Administrator)` });
		const probe = ctx.fake.requests[0];
		expect([probe.method, probe.path, probe.query.per_page]).toEqual(['GET', 'orders', '1']);
	});

	it('says the version came from the credential when it is set there', async () => {
		ctx = await startFake();
		const band = VERSION_BANDS.find((b) => b.value !== DETECT_VERSION)!;
		const result = await testCredential({ ...ctx.credentials, [VERSION_OPTION]: band.value });
		expect(result.message).toBe(`Connected to FluentCart ${band.label} (set in the credential) as admin (Administrator)`);
	});

	it('every node names the same programmatic test, so n8n finds it from any of them', () => {
		const tests = [new FluentCart(), new FluentCartTrigger(), new FluentCartPollingTrigger(), new GtExtensions()].map(credentialTestOf);
		expect(new Set(tests).size).toBe(1);
	});

	it('tidies a Site URL pasted with /wp-json/fluent-cart/v2 and spaces', async () => {
		ctx = await startFake();
		const result = await testCredential({ ...ctx.credentials, url: ` ${ctx.url}/wp-json/fluent-cart/v2/ ` });
		expect(result.status).toBe('OK');
	});

	it('works over ?rest_route= for plain permalinks', async () => {
		ctx = await startFake();
		ctx.fake.plainPermalinks = true;
		expect((await testCredential({ ...ctx.credentials, plainPermalinks: true })).status).toBe('OK');
		expect(ctx.fake.requests[0].urlForm).toBe('rest_route');
	});

	it('finds plain permalinks when the option is off', async () => {
		ctx = await startFake();
		ctx.fake.plainPermalinks = true;
		const result = await testCredential(ctx.credentials);
		expect(result.status).toBe('Error');
		expect(result.message).toBe(CONNECTION_MESSAGES.plainPermalinks);
	});

	it.each([
		['a wrong Application Password', (c: Creds) => ({ ...c, password: 'zzzz zzzz zzzz zzzz zzzz zzzz' })],
		['an unknown username', (c: Creds) => ({ ...c, username: 'n8n' })],
	])('says honestly that the username or password is wrong for %s (real sites answer both alike)', async (_, change) => {
		ctx = await startFake();
		const result = await testCredential(change(ctx.credentials));
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^The username or Application Password is wrong \(HTTP 401\)/);
		expect(result.message).toMatch(/login name or email.*new Application Password.*Authorization header/s);
	});

	it('names a wrong Application Password when WordPress says so', async () => {
		ctx = await startFake({ coreAuthErrors: true });
		const result = await testCredential({ ...ctx.credentials, password: 'gibberish' });
		expect(result.message).toMatch(/^Wrong Application Password \(HTTP 401\)/);
	});

	it('names an unknown username when WordPress says so', async () => {
		ctx = await startFake({ coreAuthErrors: true });
		const result = await testCredential({ ...ctx.credentials, username: 'n8n' });
		expect(result.message).toMatch(/does not know this username/);
	});

	it('names the role of a non-Administrator, whom FluentCart gives nothing', async () => {
		ctx = await startFake();
		const worker = ctx.fake.store.users.find((u) => !u.isAdmin)!;
		const result = await testCredential({ ...ctx.credentials, username: worker.username, password: worker.appPassword });
		expect(result.message).toBe(
			`The login works, but FluentCart gives ${worker.username} (Editor) no permissions (HTTP 403). Use an Application Password of a user with the Administrator role: without FluentCart Pro only Administrators have FluentCart permissions.`,
		);
	});

	it('explains that FluentCart is not active', async () => {
		ctx = await startFake();
		ctx.fake.disabledNamespaces.add('fluent-cart/v2');
		const result = await testCredential(ctx.credentials);
		expect(result.message).toMatch(/FluentCart API is missing \(rest_no_route/);
	});

	it('explains a page that is not the REST API', async () => {
		ctx = await startFake();
		const result = await testCredential({ ...ctx.credentials, url: `${ctx.url}/not-wordpress` });
		expect(result.message).toMatch(/^The site answered with an HTML page \(HTTP 404, “Page not found – Fake Shop”\) instead of FluentCart data/);
		expect(result.message).toMatch(/Plain Permalinks/);
	});

	it('explains a captcha / bot-protection page', async () => {
		ctx = await startFake();
		ctx.fake.injectFault({ fault: { kind: 'html', status: 403, html: '<html><title>Just a moment...</title>cf-chl</html>' } });
		const result = await testCredential(ctx.credentials);
		expect(result.message).toMatch(/bot-protection or captcha page/);
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

describe('credential test: no HTTP answer', () => {
	let servers: Server[] = [];
	const sockets = new Set<Socket>();
	afterEach(async () => {
		for (const socket of sockets) socket.destroy();
		sockets.clear();
		await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
		servers = [];
		connectionTestSettings.timeoutMs = 20_000;
	});
	const admin = { username: 'admin', password: 'abcd EFGH ijkl MNOP qrst UVWX' };

	async function listen(onConnection: (socket: Socket) => void): Promise<number> {
		const server = createNetServer((socket) => {
			sockets.add(socket);
			onConnection(socket);
		});
		servers.push(server);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		return (server.address() as AddressInfo).port;
	}

	it('a refused connection names the host and port and what to check', async () => {
		const port = await listen(() => undefined);
		await new Promise((resolve) => servers.pop()!.close(resolve));
		const result = await testCredential({ url: `http://127.0.0.1:${port}`, ...admin });
		expect(result.message).toBe(
			`The site refused the connection (127.0.0.1:${port}, ECONNREFUSED). Nothing is listening at the Site URL (wrong port, or the web server is down). Check the Site URL and that the site is up.`,
		);
	});

	it('an unknown host is a DNS problem', async () => {
		const result = await testCredential({ url: 'https://shop.invalid', ...admin });
		expect(result.message).toMatch(/^The site address could not be found \(shop\.invalid, (ENOTFOUND|EAI_AGAIN)\)/);
	});

	it('a reset connection says so', async () => {
		const port = await listen((socket) => socket.resetAndDestroy());
		const result = await testCredential({ url: `http://127.0.0.1:${port}`, ...admin });
		expect(result.message).toMatch(new RegExp(`^The connection to the site was reset \\(127\\.0\\.0\\.1:${port}, ECONNRESET\\)`));
		expect(result.message).toMatch(/type https:\/\/ in front of the Site URL/);
	});

	it('a Site URL typed without http:// on an http-only site: https was assumed, type http://', async () => {
		ctx = await startFake();
		const hostAndPort = ctx.url.replace(/^http:\/\//, '');
		const result = await testCredential({ ...ctx.credentials, url: hostAndPort });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(new RegExp(`\\(${hostAndPort.replace(/\./g, '\\.')}, [A-Z_]+\\)`));
		expect(result.message).toMatch(/so https:\/\/ was assumed: if the site runs on plain http, type http:\/\/ in front of it\.$/);
		expect((await testCredential({ ...ctx.credentials, url: `http://${hostAndPort}` })).status).toBe('OK');
	});

	it('a site that never answers times out with plain words', async () => {
		connectionTestSettings.timeoutMs = 200;
		const port = await listen(() => undefined); // accepts, never answers
		const result = await testCredential({ url: `http://127.0.0.1:${port}`, ...admin });
		expect(result.message).toMatch(new RegExp(`^The site did not answer in time \\(127\\.0\\.0\\.1:${port}, [A-Z]+\\)`));
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
