/**
 * Starts the fake FluentCart on its own:
 * `npm run fake -- --port 8089 [--fluentcart 1.3.25|1.5.2|1.6.3] [--wp-debug-off] [--latency 50] [--pro]
 * [--subscription] [--orders 10000] [--demo]`.
 * `--demo` fills the shop with the demo catalogue, customers and 90 days of orders (demo.ts).
 * Prints the base URL and the Application Password logins, then serves until stopped.
 */
import { addBulkOrders } from './bulk';
import { seedDemo } from './demo';
import { addSubscriptionScenario } from './routes/subscription-shapes';
import { FakeFluentCart } from './server';
import { DEFAULT_FAKE_VERSION, FAKE_VERSIONS, isFakeVersion } from './version';

function option(args: string[], name: string): string | undefined {
	const index = args.indexOf(`--${name}`);
	return index === -1 ? undefined : args[index + 1];
}

async function main() {
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
	const args = process.argv.slice(2);
	const version = option(args, 'fluentcart') ?? DEFAULT_FAKE_VERSION;
	if (!isFakeVersion(version)) throw new Error(`--fluentcart ${version}: the fake answers as ${FAKE_VERSIONS.join(', ')}`);
	const fake = new FakeFluentCart({ coreAuthErrors: args.includes('--core-auth-errors'), version });
	fake.wpDebug = !args.includes('--wp-debug-off');
	fake.latencyMs = Number(option(args, 'latency') ?? 0);
	fake.pro = args.includes('--pro');
	// A paid subscription order for customer 1 (variation 3), e.g. to cancel it later.
	if (args.includes('--subscription')) addSubscriptionScenario(fake);
	// Many orders for customer 1, e.g. to measure Return All.
	const orders = Number(option(args, 'orders') ?? 0);
	if (orders > 0) addBulkOrders(fake.store, orders);
	const url = await fake.start(Number(option(args, 'port') ?? 0));
	// The demo shop is written through the fake's own routes, before anyone is told the URL.
	const demo = args.includes('--demo') ? await seedDemo(fake) : undefined;
	// Started by another process (the benchmark): answer its questions about the requests seen.
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
	const parent = process;
	if (parent.send) {
		parent.on('message', (message: unknown) => {
			if (message === 'reset') fake.resetLog();
			parent.send!({ requests: fake.requests.length, maxInFlight: fake.maxInFlight });
		});
	}
	const admin = fake.store.users.find((u) => u.isAdmin)!;
	// eslint-disable-next-line no-console
	console.log(
		JSON.stringify({ url, fluentCart: fake.version, username: admin.username, applicationPassword: admin.appPassword, ...(demo ? { demo } : {}) }),
	);
}

void main();
