/**
 * Parses a query string the way PHP fills $_GET: `a[]=1&a[]=2` → {a: ['1','2']},
 * `params[startDate]=x` → {params: {startDate: 'x'}}, `with[0]=customer` → {with: ['customer']}.
 */
export type PhpValue = string | PhpValue[] | { [key: string]: PhpValue };

export function parsePhpQuery(search: string): Record<string, PhpValue> {
	const out: Record<string, PhpValue> = {};
	const text = search.startsWith('?') ? search.slice(1) : search;
	if (!text) return out;
	for (const pair of text.split('&')) {
		if (!pair) continue;
		const eq = pair.indexOf('=');
		const rawKey = decode(eq === -1 ? pair : pair.slice(0, eq));
		const value = decode(eq === -1 ? '' : pair.slice(eq + 1));
		const match = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(rawKey);
		if (!match) {
			out[rawKey] = value;
			continue;
		}
		const path = [match[1], ...[...match[2].matchAll(/\[([^\]]*)\]/g)].map((m) => m[1])];
		assign(out, path, value);
	}
	return out;
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text;
	}
}

function assign(target: Record<string, PhpValue> | PhpValue[], path: string[], value: string) {
	let node: Record<string, PhpValue> | PhpValue[] = target;
	for (let i = 0; i < path.length; i++) {
		const key = path[i];
		const last = i === path.length - 1;
		if (Array.isArray(node)) {
			const index = key === '' ? node.length : Number(key);
			if (last) {
				node[index] = value;
				return;
			}
			if (typeof node[index] !== 'object' || node[index] === null) {
				node[index] = path[i + 1] === '' || /^\d+$/.test(path[i + 1]) ? [] : {};
			}
			node = node[index] as Record<string, PhpValue> | PhpValue[];
		} else {
			if (last) {
				node[key] = value;
				return;
			}
			if (typeof node[key] !== 'object' || node[key] === null) {
				node[key] = path[i + 1] === '' || /^\d+$/.test(path[i + 1]) ? [] : {};
			}
			node = node[key] as Record<string, PhpValue> | PhpValue[];
		}
	}
}

/** `x` or `[x, y]` → string[] (PHP's Arr::wrap on a query value). */
export function asList(value: PhpValue | undefined): string[] {
	if (value === undefined) return [];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
	if (typeof value === 'string') return value === '' ? [] : [value];
	return Object.values(value).filter((v): v is string => typeof v === 'string');
}
