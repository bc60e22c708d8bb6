// The expectations baseline (GRAPH_EXPECTATIONS), in the manner of web-platform-tests'
// expectation files and Chromium's TestExpectations: which contract paths are known not to
// pass on a tenant, in which class and with which Graph error code, and why. A path that is
// not listed is expected to pass. Validated on load: a mistake names the file, the field
// and what was expected.
import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../contract/create-ajv.ts';
import { OUTCOME_CLASSES, type OutcomeClass } from './outcome-rules.ts';

export const EXPECTATIONS_FORMAT = 1 as const;

export interface PathExpectation {
  outcome: OutcomeClass;
  /** Graph's error code (or the check code of a broken contract); absent: any code. */
  code?: string;
  /**
   * For a per-property code (READ_WRITE_ONLY): the properties known to have it. The path is as
   * expected while every property it is reported for is listed; absent: any.
   */
  fields?: string[];
  /** Free text for people: why this path is expected not to pass. */
  reason?: string;
}

/** A model check finding (severity error) known to hold: the page disagrees with the service's model. */
export interface ModelFindingExpectation {
  code: string;
  /** The property the finding is about; absent for one about the whole contract or a path. */
  property?: string;
  reason?: string;
}

export interface ExpectationsFile {
  format: typeof EXPECTATIONS_FORMAT;
  /** contract name (file name without .json) -> path template -> expectation. */
  expectations: Record<string, Record<string, PathExpectation>>;
  /** page (a contract's source.file) -> the model findings of severity error known to hold for it. */
  modelFindings?: Record<string, ModelFindingExpectation[]>;
}

export class ExpectationsFileError extends Error {
  readonly code = 'EXPECTATIONS_INVALID';
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: not a usable expectations file:\n${problems.map((p) => `  - ${p}`).join('\n')}\nWrite it with "graph-contracts expectations <contract-report.json> --out ${file}" or fix the fields above.`);
    this.name = 'ExpectationsFileError';
  }
}

const SCHEMA = {
  type: 'object',
  required: ['format', 'expectations'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    format: { const: EXPECTATIONS_FORMAT },
    expectations: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        propertyNames: { pattern: '^/' },
        additionalProperties: {
          type: 'object',
          required: ['outcome'],
          additionalProperties: false,
          properties: {
            outcome: { enum: [...OUTCOME_CLASSES] },
            code: { type: 'string', minLength: 1 },
            fields: { type: 'array', items: { type: 'string' } },
            reason: { type: 'string' },
          },
        },
      },
    },
    modelFindings: {
      type: 'object',
      additionalProperties: {
        type: 'array',
        items: {
          type: 'object',
          required: ['code'],
          additionalProperties: false,
          properties: { code: { type: 'string', minLength: 1 }, property: { type: 'string' }, reason: { type: 'string' } },
        },
      },
    },
  },
};

// Compiled on first use: most runs (every mock run) have no expectations file.
let validateExpectations: ValidateFunction<ExpectationsFile> | undefined;

/** Parses and validates the text of an expectations file; `file` names it in errors. */
export function parseExpectations(text: string, file: string): ExpectationsFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ExpectationsFileError(file, [`(whole file): expected JSON: ${(error as Error).message}`]);
  }
  const validate = (validateExpectations ??= createAjv().compile<ExpectationsFile>(SCHEMA));
  if (validate(value)) return value;
  const problems = (validate.errors ?? []).map((e) => {
    const where = fieldOf(e.instancePath, e.keyword === 'required' ? String(e.params.missingProperty) : e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined);
    const allowed = e.keyword === 'enum' ? `: expected one of ${(e.params.allowedValues as string[]).join(', ')}` : e.keyword === 'const' ? `: expected ${JSON.stringify(e.params.allowedValue)}` : e.keyword === 'pattern' || e.keyword === 'propertyNames' ? ': expected a path template starting with "/"' : e.keyword === 'additionalProperties' ? ': unknown field (expected outcome, code, fields, reason)' : '';
    return `${where}: ${e.message ?? e.keyword}${allowed}`;
  });
  throw new ExpectationsFileError(file, [...new Set(problems)]);
}

export function readExpectationsFile(path: string): ExpectationsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ExpectationsFileError(path, [`(whole file): cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); GRAPH_EXPECTATIONS must name an existing JSON file`]);
  }
  return parseExpectations(text, path);
}

export function expectationFor(file: ExpectationsFile | undefined, contract: string, pathTemplate: string): PathExpectation | undefined {
  return file?.expectations[contract]?.[pathTemplate];
}

/** `/expectations/c/~1users~1{id}/outcome` -> `expectations > c > /users/{id} > outcome`. */
function fieldOf(pointer: string, child: string | undefined): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  return parts.length === 0 ? '(top level)' : parts.join(' > ');
}
