/** Small things several suites set up the same way. */
import { transportSettings } from '../../nodes/shared/transport';

/** Sets the transport's retry and timeout settings for the suite, and puts them back after it. */
export function useTransportSettings(settings: Partial<typeof transportSettings>): void {
	const saved = { ...transportSettings };
	beforeAll(() => Object.assign(transportSettings, settings));
	afterAll(() => Object.assign(transportSettings, saved));
}

/** A logged request's `namespace/path`, as the fake's fault rules and applied writes name it. */
export const fullPath = (r: { namespace: string; path: string }) => (r.namespace ? `${r.namespace}/${r.path}` : r.path);
