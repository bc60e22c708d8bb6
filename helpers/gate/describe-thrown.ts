// What a target threw, as a code and a message for the report. Programming errors (a
// TypeError in our own code) must not pass for the target's fault.
const INTERNAL_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError];

export function describeThrown(error: unknown): { code: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  if (code) return { code, message };
  if (INTERNAL_ERRORS.some((type) => error instanceof type)) {
    const frame = (error as Error).stack?.split('\n').find((line) => line.includes('/helpers/'))?.trim();
    return { code: 'INTERNAL_ERROR', message: `a defect in graph-contracts, not in the target: ${(error as Error).name}: ${message}${frame ? ` (${frame})` : ''}` };
  }
  return { code: 'TARGET_ERROR', message };
}
