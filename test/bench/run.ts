/**
 * `npm run bench`: measures, in one run, against the fake FluentCart (in its own process, so its
 * memory is not counted) with 10,000 orders and 50 ms latency per request:
 *
 * - Return All of the orders through n8n's engine: requests, wall time, peak heap, for our node
 *   and for the baseline a user has without it (sequential pages of 100, like n8n's WooCommerce
 *   node), and the ratio;
 * - the Polling Trigger with nothing new: requests per poll, for every event;
 * - the FluentCart Trigger's webhook() (with the JSON parse n8n does before it) for a 4 KB and a
 *   100 KB delivery: median and p99 over many runs.
 *
 * Prints figures only; it is not a test. Options: --orders N, --latency MS, --runs N.
 */
/* eslint-disable no-console, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */
import { FAKE_VERSIONS } from '../fake/version';
import './quiet';

import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodePropertyOptions,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { newSecret } from '../../nodes/shared/secrets';
import { pollingProperties } from '../../nodes/FluentCartPollingTrigger/description';
import { fluentCartRequest, MAX_PER_PAGE } from '../../nodes/shared/transport';
import { NODE_TYPES, runFluentCart, runSingle } from '../helpers/engine';
import { fixture } from '../helpers/fixtures';
import { orderParams } from '../helpers/params';
import { PollHost } from '../helpers/poll-host';
import { TriggerHost } from '../helpers/trigger-host';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const index = args.indexOf(`--${name}`);
	return index === -1 ? fallback : Number(args[index + 1]);
};
const ORDERS = option('orders', 10000);
const LATENCY_MS = option('latency', 50);
const WEBHOOK_RUNS = option('runs', 2000);
const BASELINE_PAGE_SIZE = 100;

/** The description of a node that exists only in the benchmark. */
const benchNode = (displayName: string, description: string, withCredential: boolean): INodeTypeDescription => ({
	displayName,
	name: `bench${displayName.replace(/\s/g, '')}`,
	group: ['input'],
	version: 1,
	description,
	defaults: { name: displayName },
	usableAsTool: true,
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	credentials: withCredential ? [{ name: 'fluentCartApi', required: true }] : undefined,
	properties: [],
});

/** The baseline: what a list costs without our Return All, one page of 100 after the other. */
class SequentialPagesNode implements INodeType {
	description = benchNode('Sequential Pages', 'Baseline for the benchmark', true);

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const orders: IDataObject[] = [];
		for (let page = 1; ; page++) {
			const body = await fluentCartRequest(this, {
				method: 'GET',
				path: 'orders',
				qs: { page, per_page: BASELINE_PAGE_SIZE, sort_by: 'id', sort_type: 'desc' },
			});
			const paginator = body.orders as { data: IDataObject[]; last_page: number };
			orders.push(...paginator.data);
			if (!paginator.data.length || page >= Number(paginator.last_page)) break;
		}
		return [this.helpers.returnJsonArray(orders)];
	}
}
NODE_TYPES['bench.sequentialPages'] = new SequentialPagesNode();

/** n8n's own cost of holding a list: a node that only parses a JSON text and emits the records. */
let emitText = '[]';
class EmitNode implements INodeType {
	description = benchNode('Emit', 'Memory floor for the benchmark', false);

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return [this.helpers.returnJsonArray(JSON.parse(emitText) as IDataObject[])];
	}
}
NODE_TYPES['bench.emit'] = new EmitNode();

interface FakeStats {
	requests: number;
	maxInFlight: number;
}

/** The fake FluentCart in a child process; asks it how many requests it saw. */
const BENCH_FLUENTCART = FAKE_VERSIONS[FAKE_VERSIONS.length - 1];

class FakeProcess {
	private constructor(
		private readonly child: ChildProcess,
		readonly credentials: IDataObject,
	) {}

	static async start(): Promise<FakeProcess> {
		// The newest FluentCart the fake answers as, so that every polling event the node offers works.
		const args = ['--orders', String(ORDERS), '--latency', String(LATENCY_MS), '--pro', '--fluentcart', BENCH_FLUENTCART];
		// The fake runs in its own process so that its memory is not counted.
		// eslint-disable-next-line @n8n/community-nodes/no-dangerous-functions
		const child = fork(join(__dirname, '..', 'fake', 'cli.ts'), args, {
			execArgv: ['-r', 'ts-node/register/transpile-only'],
			stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
		});
		const line = await new Promise<string>((resolve, reject) => {
			let text = '';
			child.stdout!.on('data', (chunk: Buffer) => {
				text += chunk.toString();
				if (text.includes('\n')) resolve(text.split('\n')[0]);
			});
			child.once('exit', (code) => reject(new Error(`the fake FluentCart exited (${code})`)));
		});
		const { url, username, applicationPassword } = JSON.parse(line) as Record<string, string>;
		return new FakeProcess(child, { url, username, password: applicationPassword });
	}

	private async ask(message: string): Promise<FakeStats> {
		return await new Promise((resolve) => {
			this.child.once('message', (answer) => resolve(answer as FakeStats));
			this.child.send(message);
		});
	}

	reset = async () => await this.ask('reset');
	stats = async () => await this.ask('stats');
	stop = () => this.child.kill();
}

const gc = () => (global as { gc?: () => void }).gc?.();
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

interface ListRun {
	items: number;
	ms: number;
	requests: number;
	maxInFlight: number;
	peakHeapAboveBase: number;
	/** Heap still used after the run with its output kept (garbage collected). */
	retainedAboveBase: number;
	outputJsonBytes: number;
	base: number;
}

/** Runs one list through n8n's engine, sampling the heap while it runs. */
async function measureList(fake: FakeProcess, run: () => Promise<{ json: IDataObject[]; error?: Error }>): Promise<ListRun> {
	await fake.reset();
	gc();
	const base = process.memoryUsage().heapUsed;
	let peak = base;
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().heapUsed);
	}, 2);
	const started = performance.now();
	const result = await run();
	const ms = performance.now() - started;
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().heapUsed);
	if (result.error) throw result.error;
	gc();
	const retained = process.memoryUsage().heapUsed - base;
	const stats = await fake.stats();
	return {
		items: result.json.length,
		ms,
		requests: stats.requests,
		maxInFlight: stats.maxInFlight,
		peakHeapAboveBase: peak - base,
		retainedAboveBase: retained,
		outputJsonBytes: Buffer.byteLength(JSON.stringify(result.json)),
		base,
	};
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A delivery of about `bytes`: the recorded Order Paid body, with more line items when needed. */
function delivery(bytes: number): IDataObject {
	const recorded = (fixture('webhook-standin-order_paid_done') as unknown as { body: IDataObject }).body;
	const order = recorded.order as IDataObject;
	const items = order.order_items as IDataObject[];
	const padded = { ...recorded, order: { ...order, order_items: [...items] } };
	while (Buffer.byteLength(JSON.stringify(padded)) < bytes - 400) {
		padded.order.order_items.push({ ...items[0], id: padded.order.order_items.length + 1 });
	}
	return padded;
}

async function measureWebhook(bytes: number, runs: number) {
	const host = new TriggerHost({}, { events: ['order_paid_done'] }, 'wh-bench');
	await host.start();
	const secret = newSecret();
	host.staticData().secret = secret;
	const body = delivery(bytes);
	const headers = { 'content-type': 'application/json', 'x-n8n-fluentcart-secret': secret, 'x-fluentcart-event': 'order_paid_done' };
	const times: number[] = [];
	let size = 0;
	for (let n = 0; n < runs + 200; n++) {
		// A new order each time, so none is dropped as a repeat.
		const raw = Buffer.from(JSON.stringify({ ...body, order: { ...(body.order as IDataObject), id: n + 1 } }));
		size = raw.length;
		const started = performance.now();
		const parsed = JSON.parse(raw.toString('utf8')) as unknown;
		const answer = await host.deliver({ body: parsed, rawBody: raw, headers, query: {} });
		const ms = performance.now() - started;
		if (!answer.items) throw new Error(`webhook() did not start an execution: ${JSON.stringify(answer.body)}`);
		if (n >= 200) times.push(ms); // the first 200 warm up
	}
	await host.stop();
	times.sort((a, b) => a - b);
	return { size, runs, median: percentile(times, 50), p99: percentile(times, 99) };
}

async function main() {
	console.log(`n8n-nodes-fluentcart benchmark: ${ORDERS} orders, ${LATENCY_MS} ms latency per request, fake FluentCart ${BENCH_FLUENTCART}`);
	console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${mb(totalmem())} RAM, Node ${process.version}`);
	if (!(global as { gc?: unknown }).gc) console.log('(run with --expose-gc for steadier memory figures)');
	const fake = await FakeProcess.start();
	const credentials = fake.credentials as ICredentialDataDecryptedObject;
	try {
		const ours = () => runFluentCart({ credentials, parameters: orderParams('getAll', { returnAll: true, simplify: false }) });
		const baseline = () => runSingle('bench.sequentialPages', { credentials, parameters: {} });
		// Warm-up (JIT, connections), not counted.
		await measureList(fake, () => runFluentCart({ credentials, parameters: orderParams('getAll', { limit: 400, simplify: false }) }));

		const before = await measureList(fake, baseline);
		const after = await measureList(fake, ours);
		emitText = JSON.stringify((await ours()).json);
		const floor = await measureList(fake, () => runSingle('bench.emit', { credentials, parameters: {} }));
		emitText = '[]';
		console.log('\nReturn All of the orders (through n8n’s engine)');
		const row = (label: string, r: ListRun) =>
			console.log(
				`  ${label.padEnd(38)} ${String(r.items).padStart(6)} orders  ${String(r.requests).padStart(4)} requests  ` +
					`${(r.ms / 1000).toFixed(2).padStart(6)} s  heap +${mb(r.peakHeapAboveBase)} peak, +${mb(r.retainedAboveBase)} kept  (max ${r.maxInFlight} at once)`,
			);
		row(`baseline: sequential pages of ${BASELINE_PAGE_SIZE}`, before);
		row('FluentCart node: Return All', after);
		const bound = Math.ceil(ORDERS / MAX_PER_PAGE) + 1;
		const speedUp = before.ms / after.ms;
		console.log(`  speed-up: ${speedUp.toFixed(1)}× (target ≥ 3×: ${speedUp >= 3 ? 'met' : 'NOT met'})`);
		console.log(`  requests: ${after.requests} (bound ceil(${ORDERS} / ${MAX_PER_PAGE}) + 1 = ${bound}) vs ${before.requests}`);
		row('floor: a node that only emits the same', floor);
		const allowance = floor.peakHeapAboveBase + 2 * after.outputJsonBytes;
		console.log(
			`  output JSON ${mb(after.outputJsonBytes)}; heap above n8n's base (${mb(after.base)}): ` +
				`peak ${mb(after.peakHeapAboveBase)} (${(after.peakHeapAboveBase / after.outputJsonBytes).toFixed(2)}× the JSON; ` +
				`the floor's ${mb(floor.peakHeapAboveBase)}), kept ${mb(after.retainedAboveBase)} (${(after.retainedAboveBase / after.outputJsonBytes).toFixed(2)}× the JSON)`,
		);
		console.log(
			`  memory target, peak ≤ n8n's floor + 2 × output JSON = ${mb(allowance)}: ` +
				`${after.peakHeapAboveBase <= allowance ? 'met' : 'NOT met'} (${mb(after.peakHeapAboveBase)})`,
		);
		console.log('\nPolling Trigger, nothing new (second poll after activation)');
		// Every event the node offers.
		const eventField = pollingProperties.find((p) => p.name === 'event');
		const events = (eventField?.options ?? []).map((option) => ({ event: (option as INodePropertyOptions).value }));
		for (const parameters of events) {
			const poller = new PollHost(credentials, parameters);
			await poller.poll();
			await fake.reset();
			const started = performance.now();
			const items = await poller.poll();
			const ms = performance.now() - started;
			const { requests } = await fake.stats();
			console.log(`  ${String(parameters.event).padEnd(26)} ${requests} request  ${items ? items.length : 0} items  ${ms.toFixed(0)} ms`);
		}

		console.log(`\nFluentCart Trigger webhook(): JSON parse + secret check + checks + normalisation, ${WEBHOOK_RUNS} deliveries each`);
		for (const bytes of [4 * 1024, 100 * 1024]) {
			const r = await measureWebhook(bytes, WEBHOOK_RUNS);
			console.log(`  ${(r.size / 1024).toFixed(1).padStart(6)} KB payload   median ${r.median.toFixed(3)} ms   p99 ${r.p99.toFixed(3)} ms`);
		}
	} finally {
		fake.stop();
	}
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	},
);
