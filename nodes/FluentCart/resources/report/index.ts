import type { ResourceDefinition } from '../../../shared/types';
import { dashboardStats, overview, salesReport } from './operations';
import { reportProperties } from './report.description';

export const reportResource: ResourceDefinition = {
	option: {
		name: 'Report',
		value: 'report',
		description: 'Store reports: revenue overview, dashboard stats, sales report',
	},
	properties: reportProperties,
	operations: { dashboardStats, overview, salesReport },
};
