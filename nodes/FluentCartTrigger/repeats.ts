/**
 * Which deliveries were seen recently, to drop FluentCart's repeats. Two memories, both bounded
 * and both consulted:
 * - the workflow's static data, which survives a restart where n8n keeps it between webhook
 *   calls;
 * - this process's own memory, because n8n 2.x reads a webhook's static data fresh for each call
 *   and may not carry one call's change into the next (seen in n8n 2.41), and two deliveries
 *   arriving together each read it before either writes it.
 * Several n8n processes taking webhooks (queue mode with webhook processors) share neither.
 */
import type { IDataObject } from 'n8n-workflow';

export const MAX_REMEMBERED_DELIVERIES = 1000;
/** Across every workflow in this process. */
const MAX_IN_PROCESS = 20_000;

const inProcess = new Map<string, number>();

function forgetOld(seen: Map<string, number> | Record<string, number>, now: number, windowMs: number) {
	if (seen instanceof Map) {
		for (const [key, at] of seen) if (now - at > windowMs) seen.delete(key);
	} else {
		for (const [key, at] of Object.entries(seen)) if (now - at > windowMs) delete seen[key];
	}
}

/**
 * Whether `key` was delivered to this trigger (`scope`: workflow and node) within `windowMs`;
 * records it when not.
 */
export function isRepeat(staticData: IDataObject, scope: string, key: string, now: number, windowMs: number): boolean {
	const stored = (staticData.recentDeliveries ?? {}) as Record<string, number>;
	forgetOld(stored, now, windowMs);
	forgetOld(inProcess, now, windowMs);
	const scoped = `${scope}\u0000${key}`;
	if (stored[key] !== undefined || inProcess.has(scoped)) return true;
	inProcess.set(scoped, now);
	while (inProcess.size > MAX_IN_PROCESS) inProcess.delete(inProcess.keys().next().value as string);
	stored[key] = now;
	// Bounded on a very busy shop: the oldest are forgotten first (keys keep insertion order).
	const keys = Object.keys(stored);
	for (const old of keys.slice(0, Math.max(0, keys.length - MAX_REMEMBERED_DELIVERIES))) delete stored[old];
	staticData.recentDeliveries = stored;
	return false;
}
