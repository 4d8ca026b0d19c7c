/**
 * Starts the fake FluentCart on its own: `npm run fake -- --port 8089 [--latency 50] [--pro] [--subscription]`.
 * Prints the base URL and the Application Password logins, then serves until stopped.
 */
import { addSubscriptionScenario } from './routes/subscription-shapes';
import { FakeFluentCart } from './server';

function option(args: string[], name: string): string | undefined {
	const index = args.indexOf(`--${name}`);
	return index === -1 ? undefined : args[index + 1];
}

async function main() {
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals
	const args = process.argv.slice(2);
	const fake = new FakeFluentCart({ coreAuthErrors: args.includes('--core-auth-errors') });
	fake.latencyMs = Number(option(args, 'latency') ?? 0);
	fake.pro = args.includes('--pro');
	// A paid subscription order for customer 1 (variation 3), e.g. to cancel it later.
	if (args.includes('--subscription')) addSubscriptionScenario(fake);
	const url = await fake.start(Number(option(args, 'port') ?? 0));
	const admin = fake.store.users.find((u) => u.isAdmin)!;
	// eslint-disable-next-line no-console
	console.log(
		JSON.stringify({ url, username: admin.username, applicationPassword: admin.appPassword }),
	);
}

void main();
