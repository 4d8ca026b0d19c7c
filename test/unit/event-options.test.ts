/**
 * The event dropdowns of both triggers show each event's key under its name, so feeds can be
 * registered by hand: the key shown is the value the node registers (webhook trigger) or polls
 * for (polling trigger).
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { pollingProperties } from '../../nodes/FluentCartPollingTrigger/description';
import { SOURCES } from '../../nodes/FluentCartPollingTrigger/pollers';
import { TRIGGER_EVENTS } from '../../nodes/FluentCartTrigger/events';
import { triggerProperties } from '../../nodes/FluentCartTrigger/description';

const optionsOf = (properties: INodeProperties[], name: string) =>
	(properties.find((p) => p.name === name)?.options ?? []) as INodePropertyOptions[];

const shownKey = (option: INodePropertyOptions) => /Event key: <code>([^<]+)<\/code>$/.exec(option.description ?? '')?.[1];

describe('FluentCart Trigger → Events', () => {
	const options = optionsOf(triggerProperties, 'events');

	it('offers every FluentCart event, under its name, in alphabetical order', () => {
		const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
		expect(options.map((o) => [o.name, o.value])).toEqual([...TRIGGER_EVENTS].sort(byName).map((e) => [e.name, e.value]));
		expect(options.map((o) => o.name).slice(0, 3)).toEqual(['Order Canceled', 'Order Delivered', 'Order Fully Refunded']);
	});

	it.each(TRIGGER_EVENTS.map((e) => [e.name, e.value]))('"%s" shows its FluentCart key %s', (name, key) => {
		const option = options.find((o) => o.name === name)!;
		expect(shownKey(option)).toBe(key);
		expect(option.description).toBe(`${TRIGGER_EVENTS.find((e) => e.value === key)!.description}. Event key: <code>${key}</code>`);
	});

	it('shows the key the feeds are registered with, e.g. Order Paid → order_paid_done', () => {
		expect(options.find((o) => o.name === 'Order Paid')?.description).toMatch(/Event key: <code>order_paid_done<\/code>$/);
	});
});

describe('FluentCart Polling Trigger → Event', () => {
	const options = optionsOf(pollingProperties, 'event');

	it('offers exactly the events the poller handles', () => {
		expect(options.map((o) => o.value).sort()).toEqual([...Object.keys(SOURCES), 'lowStock'].sort());
	});

	it('shows each event’s key under its name', () => {
		expect(options.length).toBeGreaterThan(0);
		for (const option of options) expect([option.name, shownKey(option)]).toEqual([option.name, option.value]);
		expect(options.find((o) => o.name === 'New Order')?.description).toBe(
			'An order was created (paid or not). Event key: <code>newOrder</code>',
		);
	});
});
