/**
 * The codex files: n8n reads `categories`, `alias` and the documentation links from them when it
 * loads a community package, and the node panel's search matches the aliases.
 */
import fluentCart from '../../nodes/FluentCart/FluentCart.node.json';
import pollingTrigger from '../../nodes/FluentCartPollingTrigger/FluentCartPollingTrigger.node.json';
import trigger from '../../nodes/FluentCartTrigger/FluentCartTrigger.node.json';
import gt from '../../nodes/GtExtensions/GtExtensions.node.json';
import { descriptionOf, NODES } from '../helpers/descriptions';

const CODEX: Record<string, { node: string; categories: string[]; alias: string[] }> = {
	FluentCart: fluentCart,
	'GT Extensions': gt,
	'FluentCart Trigger': trigger,
	'FluentCart Polling Trigger': pollingTrigger,
};

const EVERY_NODE = ['WordPress', 'WooCommerce', 'Shop', 'Store', 'Ecommerce', 'E-commerce', 'Order', 'Refund'];

describe.each(NODES)('%s codex', (name, node) => {
	const codex = CODEX[name];

	it('names its node', () => {
		expect(codex.node).toBe(`n8n-nodes-fluentcart.${descriptionOf(node).name}`);
		expect(codex.categories).toEqual(['Sales']);
	});

	it('is found by the words people search for', () => {
		expect(codex.alias).toEqual(expect.arrayContaining(EVERY_NODE));
		expect(new Set(codex.alias.map((a) => a.toLowerCase())).size).toBe(codex.alias.length);
	});
});

it('GT Extensions is also found by variation, currency and quantity limit', () => {
	expect(gt.alias).toEqual(expect.arrayContaining(['Variation', 'Currency', 'Quantity Limit']));
});
