/** Shared-secret handling for incoming webhooks. */
import { createHash, randomBytes, timingSafeEqual } from 'crypto';

/** A new random secret: 32 bytes, hex. */
export function newSecret(): string {
	return randomBytes(32).toString('hex');
}

/**
 * Compares a received secret with the expected one in constant time, whatever their lengths:
 * both are hashed first, so neither the content nor the length leaks through timing.
 */
export function secretsMatch(received: unknown, expected: unknown): boolean {
	if (typeof received !== 'string' || typeof expected !== 'string' || expected === '') return false;
	const a = createHash('sha256').update(received, 'utf8').digest();
	const b = createHash('sha256').update(expected, 'utf8').digest();
	return timingSafeEqual(a, b) && received.length === expected.length;
}
