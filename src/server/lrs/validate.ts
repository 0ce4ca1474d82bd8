/**
 * xAPI statements checked by Learning Locker's validator (@learninglocker/xapi-validation,
 * conformance-tested against the xAPI 1.0.x specification): the exports are tested with it, and
 * the forwarder sends no statement it rejects.
 */
import validation from '@learninglocker/xapi-validation';

interface Warning {
  path?: readonly (string | number)[];
  typeName?: string;
  name: string;
}

type Validate = (data: unknown) => Warning[];
// A CommonJS module whose `exports.default` is the function: Node's ESM import wraps it once more.
const validateStatement = ((validation as unknown as { default?: Validate }).default ??
  validation) as unknown as Validate;

/** Each problem of the statement, one line each (`result.score.scaled : TypeWarning`); none: valid. */
export function xapiProblems(statement: unknown): string[] {
  const warnings = validateStatement(statement);
  return warnings.map((w) => {
    const path = (w.path ?? []).filter((p) => p !== 'statement').join('.');
    return `${path || 'déclaration'} (${w.typeName ?? w.name})`;
  });
}
