import type { ResourceDefinition } from '../../../shared/types';
import { cancel, chargeNow, pause, reactivate, resume, resync, skipRenewal } from './actions';
import { get, getAll } from './read';
import { searchSubscriptions } from './search';
import { subscriptionProperties } from './subscription.description';

export const subscriptionResource: ResourceDefinition = {
	option: {
		name: 'Subscription',
		value: 'subscription',
		description: 'Subscriptions: read, cancel, re-sync from the gateway, and version-dependent actions',
	},
	properties: subscriptionProperties,
	operations: {
		cancel,
		chargeNow,
		get,
		getAll,
		pause,
		reactivate,
		resume,
		resync,
		skipRenewal,
	},
	listSearch: { searchSubscriptions },
};
