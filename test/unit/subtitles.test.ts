/**
 * The canvas subtitles, evaluated as the editor does (Workflow.expression.getSimpleParameterValue
 * on the node's parameters), with the current n8n-workflow and the oldest one we support, for
 * every operation and event the nodes offer.
 */
import type { INode, INodeParameters, INodeProperties, INodePropertyOptions, INodeType } from 'n8n-workflow';
import * as current from 'n8n-workflow';
import * as oldest from 'n8n-workflow-oldest';

import { actionLabel } from '../../nodes/shared/subtitle';
import { descriptionOf, NODES } from '../helpers/descriptions';
import { titleCase } from '../helpers/title-case';

type Library = typeof current;
const LIBRARIES: Array<[string, Library]> = [
	['n8n-workflow (current)', current],
	['n8n-workflow (oldest supported)', oldest as unknown as Library],
];

const nodeType = (name: string) => NODES.find(([n]) => n === name)![1];
const propertiesOf = (name: string) => descriptionOf(nodeType(name)).properties;
const optionsOf = (property?: INodeProperties) => (property?.options ?? []) as INodePropertyOptions[];

function subtitle(library: Library, type: INodeType, parameters: INodeParameters): unknown {
	const node: INode = { id: '1', name: 'Node', type: 'test.node', typeVersion: 1, position: [0, 0], parameters };
	const nodeTypes = {
		getByName: () => type,
		getByNameAndVersion: () => library.NodeHelpers.getVersionedNodeType(type, 1),
		getKnownTypes: () => ({}),
	};
	const workflow = new library.Workflow({ id: 'w', nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, descriptionOf(type).subtitle, 'internal', {}, undefined, '');
}

describe('actionLabel', () => {
	it.each([
		['Create an order', 'Create Order'],
		['Get many orders', 'Get Many Orders'],
		['Get the transactions of an order', 'Get Transactions of Order'],
		['Mark an order as paid', 'Mark Order as Paid'],
		['Make a custom API call', 'Make Custom API Call'],
		['Sync a subscription from its payment gateway', 'Sync Subscription From Its Payment Gateway'],
	])('%s → %s', (action, label) => expect(actionLabel(action)).toBe(label));
});

describe.each(LIBRARIES)('subtitles with %s', (_library, library) => {
	describe.each(['FluentCart', 'GT Extensions'])('%s', (name) => {
		const properties = propertiesOf(name);
		const cases = properties
			.filter((p) => p.name === 'operation')
			.flatMap((p) => (p.displayOptions!.show!.resource as string[]).flatMap((resource) => optionsOf(p).map((o) => ({ resource, o }))));

		it('covers every resource', () => {
			const resources = optionsOf(properties.find((p) => p.name === 'resource')).map((o) => o.value);
			expect([...new Set(cases.map((c) => c.resource))].sort()).toEqual([...resources].sort());
		});

		it.each(cases.map(({ resource, o }) => [resource, String(o.value), o.action ?? o.name]))(
			'%s → %s shows its action in Title Case',
			(resource, operation, action) => {
				const shown = subtitle(library, nodeType(name), { resource, operation });
				expect(shown).toBe(titleCase(action.replace(/\b(a|an|the) /gi, '')));
			},
		);

		it('shows the raw keys for an operation it does not know', () => {
			const resource = cases[0].resource;
			expect(subtitle(library, nodeType(name), { resource, operation: 'teleport' })).toBe(`teleport: ${resource}`);
		});
	});

	it('FluentCart: Create Order, Get Many Orders, Refund Order', () => {
		const fc = nodeType('FluentCart');
		expect(subtitle(library, fc, { resource: 'order', operation: 'create' })).toBe('Create Order');
		expect(subtitle(library, fc, { resource: 'order', operation: 'getAll' })).toBe('Get Many Orders');
		expect(subtitle(library, fc, { resource: 'order', operation: 'refund' })).toBe('Refund Order');
	});

	describe('FluentCart Polling Trigger', () => {
		const events = optionsOf(propertiesOf('FluentCart Polling Trigger').find((p) => p.name === 'event'));

		it.each(events.map((o) => [String(o.value), o.name]))('%s → %s', (event, label) => {
			expect(subtitle(library, nodeType('FluentCart Polling Trigger'), { event })).toBe(label);
		});
	});

	describe('FluentCart Trigger', () => {
		const trigger = nodeType('FluentCart Trigger');
		const events = optionsOf(propertiesOf('FluentCart Trigger').find((p) => p.name === 'events'));

		it.each(events.map((o) => [String(o.value), o.name]))('[%s] → %s', (event, label) => {
			expect(subtitle(library, trigger, { events: [event] })).toBe(label);
		});

		it('names the first event and counts the others', () => {
			expect(subtitle(library, trigger, { events: ['order_paid_done', 'subscription_canceled'] })).toBe('Order Paid + 1 more');
			expect(subtitle(library, trigger, { events: ['subscription_eot', 'order_paid_done', 'order_fully_refunded'] })).toBe(
				'Subscription End of Term + 2 more',
			);
			expect(events.length).toBeGreaterThan(2);
			expect(subtitle(library, trigger, { events: events.map((o) => String(o.value)) })).toBe(
				`${events[0].name} + ${events.length - 1} more`,
			);
		});

		it('is empty when no event is chosen yet', () => {
			expect(subtitle(library, trigger, { events: [] })).toBe('');
		});
	});
});
