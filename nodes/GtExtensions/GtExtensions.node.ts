import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { fluentCartApiTest } from '../shared/connection-test';
import { operationSubtitle } from '../shared/subtitle';
import { runOperations, type OperationTable } from '../shared/execute';

import { gtProperties } from './description';
import { getCurrencies, getSoldCount, setButtonText, setCurrency, setQuantityLimits } from './operations';
import { getEnabledCurrencies, searchProducts, searchVariations } from './search';

const HANDLERS: OperationTable = {
	currency: { getAll: getCurrencies },
	product: { getSoldCount },
	variation: { setButtonText, setCurrency, setQuantityLimits },
};

export class GtExtensions implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GT Extensions for FluentCart',
		name: 'gtExtensions',
		icon: { light: 'file:../../icons/gt.svg', dark: 'file:../../icons/gt.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: operationSubtitle(gtProperties),
		description:
			'Read sold counts and currencies, and set per-variation currency, quantity limits and button texts with GT Extensions for FluentCart',
		defaults: { name: 'GT Extensions for FluentCart' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fluentCartApi', required: true, testedBy: 'fluentCartApiTest' }],
		properties: gtProperties,
	};

	methods = {
		credentialTest: { fluentCartApiTest },
		listSearch: { searchProducts, searchVariations },
		loadOptions: { getEnabledCurrencies },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await runOperations.call(this, HANDLERS);
	}
}
