import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { gtProperties } from './description';
import { getCurrencies, getSoldCount, setButtonText, setCurrency, setQuantityLimits } from './operations';
import { getEnabledCurrencies, searchProducts, searchVariations } from './search';

type Handler = (this: IExecuteFunctions, i: number) => Promise<IDataObject | IDataObject[]>;

const HANDLERS: Record<string, Record<string, Handler>> = {
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
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read sold counts and currencies, and set per-variation currency, quantity limits and button texts with GT Extensions for FluentCart',
		defaults: { name: 'GT Extensions for FluentCart' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fluentCartApi', required: true }],
		properties: gtProperties,
	};

	methods = {
		listSearch: { searchProducts, searchVariations },
		loadOptions: { getEnabledCurrencies },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const returnData: INodeExecutionData[] = [];
		for (let i = 0; i < items.length; i++) {
			try {
				const resource = this.getNodeParameter('resource', i) as string;
				const operation = this.getNodeParameter('operation', i) as string;
				const handler = HANDLERS[resource]?.[operation];
				if (!handler) {
					throw new NodeOperationError(
						this.getNode(),
						`The operation "${operation}" is not supported for resource "${resource}"`,
						{ itemIndex: i },
					);
				}
				const result = await handler.call(this, i);
				returnData.push(
					...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(result), {
						itemData: { item: i },
					}),
				);
			} catch (error) {
				if (this.continueOnFail()) {
					const description = (error as NodeApiError).description;
					returnData.push({
						json: { error: (error as Error).message, ...(description ? { description } : {}) },
						pairedItem: { item: i },
					});
					continue;
				}
				if (error instanceof NodeApiError) {
					throw new NodeApiError(this.getNode(), error as unknown as JsonObject, { itemIndex: i });
				}
				throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
			}
		}
		return [returnData];
	}
}
