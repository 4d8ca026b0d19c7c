/**
 * Runs the FluentCart Polling Trigger's poll() the way n8n does on each tick, through n8n-core's
 * real PollContext; the node's static data persists between polls, as in n8n.
 */
import { PollContext } from 'n8n-core';
import type { ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { FluentCartPollingTrigger } from '../../nodes/FluentCartPollingTrigger/FluentCartPollingTrigger.node';
import { capture } from './capture';
import { additionalDataFor, onlyNodeType } from './engine';

export class PollHost {
	readonly trigger = new FluentCartPollingTrigger();
	readonly node: INode;
	readonly workflow: Workflow;

	constructor(
		/** The credential the next poll uses (a test may point it at another site). */
		public credentials: ICredentialDataDecryptedObject,
		parameters: IDataObject,
		/** Poll as n8n before 2.38 does: its PollContext has no getPollBudgetMs. */
		private readonly olderN8n = false,
		typeVersion = 1,
	) {
		this.node = {
			id: 'poll',
			name: 'FluentCart Polling Trigger',
			type: 'n8n-nodes-fluentcart.fluentCartPollingTrigger',
			typeVersion,
			position: [0, 0],
			parameters: parameters as INode['parameters'],
			credentials: { fluentCartApi: { id: '1', name: 'FluentCart account' } },
		};
		const nodeTypes = onlyNodeType(this.trigger);
		this.workflow = new Workflow({
			id: 'wf-poll',
			name: 'Polling',
			nodes: [this.node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: {},
		});
	}

	/** One poll; returns the emitted items, or null when the poll emitted nothing. */
	async poll(mode: 'trigger' | 'manual' = 'trigger'): Promise<IDataObject[] | null> {
		const context = new PollContext(
			this.workflow,
			this.node,
			additionalDataFor({ fluentCartApi: this.credentials }),
			mode,
			'activate',
		);
		if (this.olderN8n) delete (context as unknown as { getPollBudgetMs?: unknown }).getPollBudgetMs;
		const result = await this.trigger.poll.call(context).catch((error: unknown) => {
			capture('poll-error', error);
			throw error;
		});
		const items = result ? result[0].map((item) => item.json) : null;
		capture('poll', items);
		return items;
	}

	/** Changes node parameters between polls, as editing an active workflow does. */
	setParameters(parameters: IDataObject) {
		Object.assign(this.workflow.getNode(this.node.name)!.parameters, parameters);
	}

	staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}
}
