/**
 * Compares the *shape* of two JSON values: the same keys, and the same JSON type for every
 * value (number vs numeric string matters: that is the point). Arrays are compared by their
 * first element. Returns a list of differences, empty when the shapes match.
 */
export function shapeDiff(expected: unknown, actual: unknown, path = '$'): string[] {
	const te = typeOf(expected);
	const ta = typeOf(actual);
	if (te !== ta) return [`${path}: expected ${te}, got ${ta}`];
	if (te === 'array') {
		const e = expected as unknown[];
		const a = actual as unknown[];
		if (e.length === 0 || a.length === 0) return [];
		return shapeDiff(e[0], a[0], `${path}[0]`);
	}
	if (te === 'object') {
		const e = expected as Record<string, unknown>;
		const a = actual as Record<string, unknown>;
		const out: string[] = [];
		for (const key of Object.keys(e)) {
			if (!(key in a)) out.push(`${path}.${key}: missing`);
			else out.push(...shapeDiff(e[key], a[key], `${path}.${key}`));
		}
		for (const key of Object.keys(a)) if (!(key in e)) out.push(`${path}.${key}: unexpected`);
		return out;
	}
	return [];
}

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

/** Reads `a.b.0.c` out of a JSON value (undefined when absent). */
export function at(value: unknown, path: string): unknown {
	let node: unknown = value;
	for (const key of path.split('.')) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string, unknown>)[key];
	}
	return node;
}
