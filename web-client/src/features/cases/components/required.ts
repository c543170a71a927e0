import type { ProblemCode } from '@/api/types';
import type { FieldCodes } from '@/components/CommandError';

/** The API's "required" rules, checked before sending: each empty field gets the code the API would give it. */
export function required(fields: Record<string, [value: string, code: ProblemCode]>): FieldCodes {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, [value]]) => !value.trim())
      .map(([key, [, code]]) => [key, [{ code, args: {} }]]),
  );
}
