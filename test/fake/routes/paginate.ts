/** Laravel's LengthAwarePaginator as FluentCart 1.3.25 serialises it (see orders-list.json). */
import type { PhpValue } from '../php-query';

/** BaseFilter::parsePerPage: 1–199, anything else silently becomes 10. */
export function perPageOf(query: Record<string, PhpValue>, fallback = 10): number {
	const raw = query.per_page;
	const value = typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
	return value > 0 && value < 200 ? Math.floor(value) : fallback;
}

export function pageOf(query: Record<string, PhpValue>): number {
	const raw = query.page;
	const value = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : 1;
	return value > 0 ? value : 1;
}

export function paginate<T>(
	rows: T[],
	query: Record<string, PhpValue>,
	pathUrl: string,
	defaultPerPage = 10,
) {
	const perPage = perPageOf(query, defaultPerPage);
	const page = pageOf(query);
	const total = rows.length;
	const lastPage = Math.max(1, Math.ceil(total / perPage));
	const start = (page - 1) * perPage;
	const data = rows.slice(start, start + perPage);
	const url = (n: number) => `${pathUrl}/?page=${n}`;
	return {
		current_page: page,
		data,
		first_page_url: url(1),
		from: data.length ? start + 1 : null,
		last_page: lastPage,
		last_page_url: url(lastPage),
		links: [
			{ url: page > 1 ? url(page - 1) : null, label: 'pagination.previous', active: false },
			{ url: url(page), label: String(page), active: true },
		],
		next_page_url: page < lastPage ? url(page + 1) : null,
		path: pathUrl,
		per_page: perPage,
		prev_page_url: page > 1 ? url(page - 1) : null,
		to: data.length ? start + data.length : null,
		total,
	};
}

/** `search` as an operator expression: `<field> <op> <value>` (BaseFilter::applySimpleOperatorFilter). */
export function parseOperatorSearch(
	search: string,
	fields: Record<string, string>,
): { column: string; operator: string; value: string } | undefined {
	// PHP tries the operators in this order at the first position any of them matches, so
	// "id >= 5" is read as ">" with value "= 5" (a FluentCart quirk we keep).
	const match = /\s*(=|!=|>|<|>=|<=|::)\s*/.exec(search.trim());
	if (!match) return undefined;
	const operator = match[1];
	const parts = search.trim().split(operator);
	if (parts.length < 2) return undefined;
	const column = fields[parts[0].trim().toLowerCase()];
	if (!column) return undefined;
	return { column, operator, value: parts[1].trim() };
}

export function compare(actual: unknown, operator: string, expected: string): boolean {
	const a = actual === null || actual === undefined ? '' : String(actual);
	const numeric = /^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(expected);
	const left: number | string = numeric ? Number(a) : a;
	const right: number | string = numeric ? Number(expected) : expected;
	switch (operator) {
		case '=':
		case '!=': {
			let equal: boolean;
			if (expected.startsWith('*') || expected.endsWith('*')) {
				const core = expected.replace(/^\*|\*$/g, '').toLowerCase();
				const text = a.toLowerCase();
				equal =
					expected.startsWith('*') && expected.endsWith('*')
						? text.includes(core)
						: expected.startsWith('*')
							? text.endsWith(core)
							: text.startsWith(core);
			} else {
				equal = a.toLowerCase() === expected.toLowerCase();
			}
			return operator === '=' ? equal : !equal;
		}
		case '>':
			return left > right;
		case '<':
			return left < right;
		case '>=':
			return left >= right;
		case '<=':
			return left <= right;
		case '::': {
			const [low, high] = expected.split('-').map((x) => Number(x));
			return Number(a) >= low && Number(a) <= high;
		}
		default:
			return false;
	}
}

/** Sort by a fillable column (else the default), asc/desc. */
export function sortRows<T extends Record<string, unknown>>(
	rows: T[],
	query: Record<string, PhpValue>,
	fillable: string[],
	defaultColumn = 'id',
): T[] {
	const requested = typeof query.sort_by === 'string' ? query.sort_by : '';
	const column = fillable.includes(requested) ? requested : defaultColumn;
	const direction = query.sort_type === 'asc' || query.sort_type === 'ASC' ? 1 : -1;
	return [...rows].sort((x, y) => {
		const a = x[column];
		const b = y[column];
		const na = Number(a);
		const nb = Number(b);
		const diff =
			Number.isFinite(na) && Number.isFinite(nb) && a !== '' && b !== ''
				? na - nb
				: String(a ?? '').localeCompare(String(b ?? ''));
		return diff * direction || (Number(x.id ?? x.ID) - Number(y.id ?? y.ID)) * direction;
	});
}
