/**
 * Input rules for GT Extensions, checked with zod before anything is sent: the plugin's own
 * validation is undocumented, so we do not rely on it.
 *
 * zod is never a runtime dependency of this package: n8n-workflow declares zod as a peer
 * dependency, so every n8n install that provides n8n-workflow to community nodes provides zod
 * next to it (see the README, "zod").
 */
import { z } from 'zod';

/** Display names of the fields, for messages. */
export const FIELD_LABELS: Record<string, string> = {
	min_quantity: 'Minimum Quantity',
	max_quantity: 'Maximum Quantity',
	quantity_step: 'Quantity Step',
	currency: 'Currency',
	add_to_cart_text: 'Add to Cart Text',
	buy_now_text: 'Buy Now Text',
};

export const BUTTON_TEXT_MAX_LENGTH = 60;

/** A whole number typed in a number field or passed by an expression (number or numeric string). */
const wholeNumber = z.preprocess(
	(value) => (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value),
	z
		.number({ invalid_type_error: 'must be a whole number', required_error: 'is required' })
		.finite('must be a whole number')
		.int('must be a whole number'),
);

export const quantityLimitsSchema = z
	.object({
		min_quantity: wholeNumber.pipe(z.number().min(1, 'must be at least 1')),
		max_quantity: wholeNumber.pipe(z.number().min(0, 'must be 0 (no limit) or more')),
		quantity_step: wholeNumber.pipe(z.number().min(1, 'must be at least 1')),
	})
	.superRefine((limits, ctx) => {
		if (limits.max_quantity !== 0 && limits.max_quantity < limits.min_quantity) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['max_quantity'],
				message: `must be 0 (no limit) or at least the Minimum Quantity (${limits.min_quantity})`,
			});
		}
	});

export type QuantityLimits = z.infer<typeof quantityLimitsSchema>;

export const currencySchema = z.object({
	currency: z
		.string({ invalid_type_error: 'must be a 3-letter currency code such as EUR', required_error: 'is required' })
		.trim()
		.regex(/^[A-Za-z]{3}$/, 'must be a 3-letter currency code such as EUR')
		.transform((code) => code.toUpperCase()),
});

const buttonText = z
	.string({ invalid_type_error: 'must be text' })
	.trim()
	.max(BUTTON_TEXT_MAX_LENGTH, `must be at most ${BUTTON_TEXT_MAX_LENGTH} characters`)
	.refine((text) => !/[<>]/.test(text), 'must be plain text (no HTML)')
	.optional();

export const buttonTextSchema = z
	.object({ add_to_cart_text: buttonText, buy_now_text: buttonText })
	.transform((texts) => ({
		add_to_cart_text: texts.add_to_cart_text || undefined,
		buy_now_text: texts.buy_now_text || undefined,
	}))
	.superRefine((texts, ctx) => {
		if (!texts.add_to_cart_text && !texts.buy_now_text) {
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['add_to_cart_text'],
				message: 'or Buy Now Text must be set (both are empty)',
			});
		}
	});

export interface RuleProblem {
	field: string;
	label: string;
	message: string;
	value: unknown;
}

/** Runs a schema; returns the parsed value or the first problem, in words a user understands. */
export function check<T>(
	schema: z.ZodType<T, z.ZodTypeDef, unknown>,
	input: Record<string, unknown>,
): { data: T; problem?: undefined } | { data?: undefined; problem: RuleProblem } {
	const result = schema.safeParse(input);
	if (result.success) return { data: result.data };
	const issue = result.error.issues[0];
	const field = String(issue.path[0] ?? '');
	return {
		problem: { field, label: FIELD_LABELS[field] ?? field, message: issue.message, value: input[field] },
	};
}

/** When the step cannot land on the maximum: a hint, not an error. */
export function unreachableMaximumHint(limits: QuantityLimits): string | undefined {
	const { min_quantity: min, max_quantity: max, quantity_step: step } = limits;
	if (max === 0 || (max - min) % step === 0) return undefined;
	const last = max - ((max - min) % step);
	return `Quantity Step ${step} never reaches the Maximum Quantity ${max} from the Minimum Quantity ${min} (${min}, ${min + step}, … ${last}): customers can buy at most ${last}.`;
}
