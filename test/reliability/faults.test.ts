/**
 * Fault injection on the fake FluentCart: every kind of failure a shop's host throws, on reads
 * (which must recover within their retry budget) and on 1,000 writes (which must never be sent
 * twice, and must tell the user what happened, what to do, and whether the change may have been
 * made). Prints the figures through the suite summary. Writes whose read-back fails: read-back.test.ts.
 */
import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { transportSettings, WRITE_MAY_HAVE_HAPPENED } from '../../nodes/shared/transport';
import type { Fault, LoggedRequest } from '../fake/server';
import { recordFigure } from '../helpers/capture';
import { runFluentCart } from '../helpers/engine';
import { createOrder, markPaid, startFake } from '../helpers/fake-client';
import type { StartedFake } from '../helpers/fake-client';
import { orderParams, rl } from '../helpers/params';
import { fullPath, useTransportSettings } from '../helpers/suite';
import { TriggerHost } from '../helpers/trigger-host';

const TIMEOUT_MS = 200;
const CAPTCHA =
	'<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id="cf-chl-widget">Checking if the site connection is secure</div><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script></body></html>';
const BAD_GATEWAY = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
const GATEWAY_TIMEOUT = '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center></body></html>';
const CRITICAL =
	'<!DOCTYPE html><html><head><title>WordPress &rsaquo; Error</title></head><body id="error-page"><div class="wp-die-message"><p>There has been a critical error on this website.</p></div></body></html>';

const TIMED_OUT = /^The site did not answer in time$/;

interface FaultCase {
	label: string;
	fault: Fault;
	/** The error message the user sees. */
	message: RegExp;
	/** Whether the write reaches WordPress before the fault (the change is made). */
	applied: boolean;
}

/** Everything a host throws at a request, each with what the user must be told. */
const FAULTS: FaultCase[] = [
	{ label: '429 without Retry-After', fault: { kind: 'status', status: 429, body: { code: 'too_many_requests', message: 'Too many requests' } }, message: /rate-limiting requests \(HTTP 429\)/, applied: false },
	{ label: '429 with Retry-After', fault: { kind: 'status', status: 429, headers: { 'Retry-After': '30' }, body: '' }, message: /rate-limiting requests \(HTTP 429\)/, applied: false },
	{ label: '500 from a plugin', fault: { kind: 'status', status: 500, body: { code: 'internal_server_error', message: 'Something went wrong', data: { status: 500 } } }, message: /FluentCart failed: Something went wrong \(HTTP 500\)/, applied: false },
	{ label: '500 critical error after the change', fault: { kind: 'html', status: 500, html: CRITICAL, apply: true }, message: /critical error” page .*\(HTTP 500\)/, applied: true },
	{ label: '502 bad gateway', fault: { kind: 'html', status: 502, html: BAD_GATEWAY }, message: /error page from the web server .*\(HTTP 502\)/, applied: false },
	{ label: '503 service unavailable', fault: { kind: 'status', status: 503, body: { code: 'service_unavailable', message: 'Service Unavailable' } }, message: /\(HTTP 503\)/, applied: false },
	{ label: '504 after the change', fault: { kind: 'html', status: 504, html: GATEWAY_TIMEOUT, apply: true }, message: /error page from the web server .*\(HTTP 504\)/, applied: true },
	{ label: 'connection reset', fault: { kind: 'reset' }, message: /connection to the site was reset/, applied: false },
	{ label: 'connection reset after the change', fault: { kind: 'reset-after' }, message: /connection to the site was reset/, applied: true },
	{ label: 'slow answer past the timeout', fault: { kind: 'delay', ms: TIMEOUT_MS * 3 }, message: /did not answer in time/, applied: true },
	{ label: 'maintenance page', fault: { kind: 'html', status: 503 }, message: /maintenance page .*\(HTTP 503\)/, applied: false },
	{ label: 'captcha page', fault: { kind: 'html', status: 403, html: CAPTCHA }, message: /bot-protection or captcha page/, applied: false },
	{ label: 'redirect to the login page', fault: { kind: 'redirect', location: '/wp-login.php?redirect_to=%2Fwp-json%2F' }, message: /WordPress login page/, applied: false },
	{ label: 'invalid JSON', fault: { kind: 'invalid-json' }, message: /not valid JSON/, applied: false },
	{ label: 'PHP notice before the JSON, after the change', fault: { kind: 'invalid-json', apply: true }, message: /not valid JSON/, applied: true },
];

let ctx: StartedFake;
useTransportSettings({ baseDelayMs: 5, maxDelayMs: 20, timeoutMs: TIMEOUT_MS, maxRetryAfterMs: 2000 });
beforeEach(async () => {
	ctx = await startFake();
	ctx.fake.pro = true;
});
afterEach(async () => ctx.fake.stop());


describe('reads recover within their retry budget', () => {
	const retryable = FAULTS.filter((f) => /^(429|502|503|504|connection reset$|slow|maintenance)/.test(f.label));
	const final = FAULTS.filter((f) => !retryable.includes(f) && !f.fault.apply && f.fault.kind !== 'reset-after');
	let recovered = 0;
	afterAll(() => recordFigure('reads that met 2 faults in a row and recovered on the 3rd try', `${recovered} of ${retryable.length} fault kinds`));

	it.each(retryable.map((f) => [f.label, f] as const))('GET after %s, twice in a row: third try succeeds', async (_label, { fault }) => {
		await createOrder(ctx);
		ctx.fake.resetLog();
		const headers = fault.kind === 'status' && fault.headers ? { headers: { 'Retry-After': '1' } } : {};
		ctx.fake.injectFault({ method: 'GET', path: /orders\/1$/, times: transportSettings.attempts - 1, fault: { ...fault, ...headers } });
		const result = await runFluentCart({ credentials: ctx.credentials, parameters: orderParams('get', { orderId: rl(1) }) });
		expect(result.error).toBeUndefined();
		expect(result.json[0].id).toBe(1);
		if (fault.kind === 'delay') await sleep(TIMEOUT_MS * 4); // slow answers land late
		const tries = ctx.fake.requests.filter((r) => r.method === 'GET' && /orders\/1$/.test(fullPath(r)));
		expect(tries).toHaveLength(transportSettings.attempts);
		recovered += 1;
	});

	it.each(final.map((f) => [f.label, f] as const))('GET answered with %s: not retried, explained', async (_label, { fault, message }) => {
		await createOrder(ctx);
		ctx.fake.resetLog();
		ctx.fake.injectFault({ method: 'GET', path: /orders\/1$/, fault });
		const result = await runFluentCart({ credentials: ctx.credentials, parameters: orderParams('get', { orderId: rl(1) }) });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description?.length).toBeGreaterThan(20);
		expect(ctx.fake.requests.filter((r) => r.method === 'GET' && /orders\/1$/.test(fullPath(r)))).toHaveLength(1);
	});
});

/** One write the suite attempts: which request it sends, and how to recognise it on the fake. */
interface WriteKind {
	name: string;
	method: string;
	path: RegExp;
	/** Identifies the attempt a logged write request belongs to. */
	key(request: { path: string; body: unknown }): string;
	/** Creates what the attempts need; returns one input item per attempt. */
	prepare(count: number): Promise<IDataObject[]>;
	/** Makes the attempts, one per input item, in order. */
	run(input: IDataObject[]): Promise<Outcome[]>;
}

interface Outcome {
	key: string;
	message?: string;
	description?: string;
}

const orderIdFrom = (path: string) => /orders\/(\d+)/.exec(path)?.[1] ?? '?';

/** Runs one FluentCart node over many items (one per attempt), continuing on failure. */
async function runItems(parameters: IDataObject, input: IDataObject[], key: (item: IDataObject) => string): Promise<Outcome[]> {
	const result = await runFluentCart({ credentials: ctx.credentials, parameters, input, continueOnFail: true });
	expect(result.error).toBeUndefined();
	expect(result.json).toHaveLength(input.length);
	return result.json.map((json, i) => ({
		key: key(input[i]),
		message: json.error as string | undefined,
		description: json.description as string | undefined,
	}));
}

async function orders(count: number, paid = false): Promise<IDataObject[]> {
	const input: IDataObject[] = [];
	for (let n = 0; n < count; n++) {
		const id = await createOrder(ctx);
		if (paid) await markPaid(ctx, id);
		input.push({ id });
	}
	return input;
}

const WRITES: WriteKind[] = [
	{
		name: 'create order',
		method: 'POST',
		path: /fluent-cart\/v2\/orders$/,
		// Each attempt has its own shipping total (in cents on the wire), which tells the requests apart.
		key: (r) => `create:${String((r.body as IDataObject)?.shipping_total)}`,
		prepare: async (count) => Array.from({ length: count }, (_, n) => ({ shipping: ((n + 1) / 100).toFixed(2) })),
		run: async (input) =>
			await runItems(
				orderParams('create', {
					customerId: rl(1),
					lineItems: { item: [{ variationId: 1, quantity: 1 }] },
					additionalFields: { shippingTotal: '={{ $json.shipping }}' },
				}),
				input,
				(item) => `create:${Math.round(Number(item.shipping) * 100)}`,
			),
	},
	{
		name: 'mark paid',
		method: 'POST',
		path: /orders\/\d+\/mark-as-paid$/,
		key: (r) => `paid:${orderIdFrom(r.path)}`,
		prepare: async (count) => await orders(count),
		run: async (input) =>
			await runItems(orderParams('markPaid', { orderId: rl('={{ $json.id }}') }), input, (item) => `paid:${String(item.id)}`),
	},
	{
		name: 'refund',
		method: 'POST',
		path: /orders\/\d+\/refund$/,
		key: (r) => `refund:${orderIdFrom(r.path)}`,
		prepare: async (count) => await orders(count, true),
		run: async (input) =>
			await runItems(orderParams('refund', { orderId: rl('={{ $json.id }}'), amount: '5' }), input, (item) => `refund:${String(item.id)}`),
	},
	{
		name: 'status change',
		method: 'PUT',
		path: /orders\/\d+\/statuses$/,
		key: (r) => `status:${orderIdFrom(r.path)}`,
		prepare: async (count) => await orders(count),
		run: async (input) =>
			await runItems(
				orderParams('updateStatus', { orderId: rl('={{ $json.id }}'), statusType: 'order', orderStatus: 'processing' }),
				input,
				(item) => `status:${String(item.id)}`,
			),
	},
	{
		name: 'webhook feed create',
		method: 'POST',
		path: /integration\/global-feeds\/settings$/,
		key: (r) => {
			const integration = (r.body as IDataObject)?.integration;
			const url = typeof integration === 'string' ? String((JSON.parse(integration) as IDataObject).request_url) : '?';
			return `feed:${/webhook\/([^/]+)\/webhook/.exec(url)?.[1] ?? url}`;
		},
		prepare: async (count) => Array.from({ length: count }, (_, n) => ({ webhookId: `wh-fault-${n}` })),
		run: async (input) => {
			const outcomes: Outcome[] = [];
			for (const { webhookId } of input) {
				const host = new TriggerHost(ctx.credentials, { events: ['order_paid_done'] }, String(webhookId));
				await host.start();
				const outcome: Outcome = { key: `feed:${String(webhookId)}` };
				try {
					await host.activate();
				} catch (error) {
					outcome.message = (error as Error).message;
					outcome.description = (error as { description?: string }).description;
				} finally {
					await host.stop();
				}
				outcomes.push(outcome);
			}
			return outcomes;
		},
	},
];

const ATTEMPTS_PER_WRITE = 200;

/** How many times each key occurs, minus one, summed: requests or writes beyond the first. */
function extra(keys: string[]): number {
	const counts = new Map<string, number>();
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	return [...counts.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
}

describe('writes are never sent twice', () => {
	const tally = { attempts: 0, explained: 0, duplicateRequests: 0, duplicateApplied: 0, appliedUnflagged: 0 };
	afterAll(() => {
		recordFigure('faulted write attempts (create order, mark paid, refund, status change, feed create)', tally.attempts);
		recordFigure('fault kinds injected into writes', FAULTS.length);
		recordFigure('faulted writes reported with what happened and what to do', tally.explained);
		recordFigure('duplicate write requests', tally.duplicateRequests);
		recordFigure('duplicate writes applied on the fake', tally.duplicateApplied);
		recordFigure('writes applied but not flagged "check whether it went through"', tally.appliedUnflagged);
	});

	it.each(WRITES.map((w) => [w.name, w] as const))(`%s: ${ATTEMPTS_PER_WRITE} attempts, each meeting one of the faults`, async (_name, write) => {
		const input = await write.prepare(ATTEMPTS_PER_WRITE);
		ctx.fake.resetLog();
		// Attempt n meets FAULTS[n % FAULTS.length]; reads pass untouched.
		const plan = input.map((_, n) => FAULTS[n % FAULTS.length]);
		for (const { fault } of plan) ctx.fake.injectFault({ method: write.method, path: write.path, times: 1, fault });

		const outcomes = await write.run(input);
		// Writes delayed past the client's timeout land afterwards.
		await sleep(TIMEOUT_MS * 4);

		const isWrite = (r: { method: string; namespace: string; path: string }) =>
			r.method === write.method && write.path.test(fullPath(r));
		const requests = ctx.fake.requests.filter(isWrite) as LoggedRequest[];
		const requestKeys = requests.map((r) => write.key({ path: fullPath(r), body: r.body }));
		const applied = ctx.fake.appliedWrites.filter((w) => w.method === write.method && write.path.test(w.path));
		const appliedKeyList = applied.map((w) => write.key({ path: w.path, body: w.body }));
		const appliedKeys = new Set(appliedKeyList);

		tally.attempts += outcomes.length;
		tally.duplicateRequests += extra(requestKeys);
		tally.duplicateApplied += extra(appliedKeyList);

		expect(requests.length).toBe(ATTEMPTS_PER_WRITE);
		expect(new Set(requestKeys).size).toBe(ATTEMPTS_PER_WRITE);
		outcomes.forEach((outcome, n) => {
			const { message, applied: madeChange } = plan[n];
			// On a loaded machine any request can outlast the short timeout used here; that is a
			// fault too, and the checks below still hold for it.
			const said = TIMED_OUT.test(outcome.message ?? '') ? TIMED_OUT : message;
			expect({ n, message: outcome.message }).toEqual({ n, message: expect.stringMatching(said) });
			expect(outcome.description?.length ?? 0).toBeGreaterThan(40);
			// The fault decides whether WordPress made the change; the fake agrees.
			expect({ n, applied: appliedKeys.has(outcome.key) }).toEqual({ n, applied: madeChange });
			if (madeChange && !outcome.description?.includes(WRITE_MAY_HAVE_HAPPENED)) tally.appliedUnflagged += 1;
			tally.explained += 1;
		});
		expect(tally.appliedUnflagged).toBe(0);
		expect(tally.duplicateRequests).toBe(0);
		expect(tally.duplicateApplied).toBe(0);
	});
});
