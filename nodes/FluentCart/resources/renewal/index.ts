import type { ResourceDefinition } from '../../../shared/types';
import { get, getAll, voidInvoice } from './operations';
import { renewalProperties } from './renewal.description';
import { searchRenewals } from './search';

export const renewalResource: ResourceDefinition = {
	option: {
		name: 'Renewal Invoice',
		value: 'renewal',
		description: 'Invoices FluentCart 1.6+ creates before a store-billed subscription renews',
	},
	properties: renewalProperties,
	operations: { get, getAll, void: voidInvoice },
	listSearch: { searchRenewals },
};
