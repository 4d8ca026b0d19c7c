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

/** Deliveries remembered in a trigger's static data, at most. */
const MAX_REMEMBERED_DELIVERIES = 1000;
/** Across every workflow in this process. */
const MAX_IN_PROCESS = 20_000;

/** `workflow:node` + key → when it stops counting as seen (ms). Oldest entries first. */
const inProcess = new Map<string, number>();

/**
 * Drops what has expired from the front of the process's memory. Entries go in roughly in expiry
 * order, so this stops at the first live one instead of reading all of them on every delivery; an
 * expired entry left behind is told apart by its expiry when looked up.
 */
function forgetExpired(now: number) {
	for (const [key, until] of inProcess) {
		if (until > now) return;
		inProcess.delete(key);
	}
}

/**
 * Whether `key` was delivered to this trigger (`scope`: workflow and node) within `windowMs`;
 * records it when not.
 */
export function isRepeat(staticData: IDataObject, scope: string, key: string, now: number, windowMs: number): boolean {
	const stored = (staticData.recentDeliveries ?? {}) as Record<string, number>;
	for (const [old, at] of Object.entries(stored)) if (now - at > windowMs) delete stored[old];
	forgetExpired(now);
	const scoped = `${scope}\u0000${key}`;
	if (stored[key] !== undefined || (inProcess.get(scoped) ?? 0) > now) return true;
	inProcess.delete(scoped);
	inProcess.set(scoped, now + windowMs);
	while (inProcess.size > MAX_IN_PROCESS) inProcess.delete(inProcess.keys().next().value as string);
	stored[key] = now;
	// Bounded on a very busy shop: the oldest are forgotten first (keys keep insertion order).
	const keys = Object.keys(stored);
	for (const old of keys.slice(0, Math.max(0, keys.length - MAX_REMEMBERED_DELIVERIES))) delete stored[old];
	staticData.recentDeliveries = stored;
	return false;
}
