/** The per-item loop both action nodes share: dispatch, paired items, Continue On Fail, item-tagged errors. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { ResponseKind } from './money-fields';
import { convertMoney, moneyOutputOf } from './money-output';

export type ItemHandler = (this: IExecuteFunctions, itemIndex: number) => Promise<IDataObject | IDataObject[]>;

/** resource value → operation value → handler */
export type OperationTable = Record<string, Record<string, ItemHandler>>;

/** Money Output: the node version that has it, and which rules each operation's output follows. */
export interface MoneyOutputSpec {
	since: number;
	kindOf: (ctx: IExecuteFunctions, itemIndex: number, resource: string, operation: string) => ResponseKind;
}

export async function runOperations(
	this: IExecuteFunctions,
	table: OperationTable,
	money?: MoneyOutputSpec,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const returnData: INodeExecutionData[] = [];

	for (let i = 0; i < items.length; i++) {
		try {
			const resource = this.getNodeParameter('resource', i) as string;
			const operation = this.getNodeParameter('operation', i) as string;
			const handler = table[resource]?.[operation];
			if (!handler) {
				throw new NodeOperationError(
					this.getNode(),
					`The operation "${operation}" is not supported for resource "${resource}"`,
					{ itemIndex: i },
				);
			}
			let result = await handler.call(this, i);
			if (money) {
				const output = moneyOutputOf(this.getNode().typeVersion, money.since, () =>
					this.getNodeParameter('moneyOutput', i, 'decimal'),
				);
				result = convertMoney(result, money.kindOf(this, i, resource, operation), output);
			}
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
				error.context.itemIndex ??= i;
				throw new NodeApiError(this.getNode(), error as unknown as JsonObject, { itemIndex: i });
			}
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex: i });
		}
	}
	return [returnData];
}
