/**
 * `npm test`: the unit, contract and reliability suites once, and the node-level suites (every
 * node run through n8n-core's engine against the fake FluentCart) once per FluentCart version the
 * fake answers as. test/setup/version-summary.js prints one line per version.
 */
const VERSIONS = ['1.3.25', '1.5.2', '1.6.3'];

const shared = {
	testEnvironment: 'node',
	rootDir: __dirname,
	roots: ['<rootDir>/test'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'test/tsconfig.json' }],
	},
	setupFiles: ['<rootDir>/test/setup/capture-console.ts', '<rootDir>/test/setup/regex-engine.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
	projects: [
		{
			...shared,
			displayName: 'unit, contract and reliability',
			testMatch: ['<rootDir>/test/{unit,contract,reliability}/**/*.test.ts'],
		},
		...VERSIONS.map((version) => ({
			...shared,
			displayName: `FluentCart ${version}`,
			testMatch: ['<rootDir>/test/{node,engine}/**/*.test.ts'],
			globals: { FLUENTCART_FAKE_VERSION: version },
		})),
	],
	reporters: ['default', '<rootDir>/test/setup/version-summary.js'],
	globalSetup: '<rootDir>/test/setup/global-setup.ts',
	globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
	testTimeout: 60000,
	maxWorkers: 2,
};
