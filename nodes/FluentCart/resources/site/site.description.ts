import type { INodeProperties } from 'n8n-workflow';

export const siteProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['site'] } },
		default: 'getConnectionInfo',
		options: [
			{
				name: 'Get Connection Info',
				value: 'getConnectionInfo',
				action: 'Get the connection info',
				description:
					'Which FluentCart the site runs and how that was found, which user the credential logs in as, and what the version means: the unit refunds and prices are sent in, and the operations it has',
			},
		],
	},
];
