import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { JsonObject } from '../foundation/contract-types.ts';
import { isJsonObject } from '../foundation/json-object.ts';
import { jsonDepthExceededAt } from '../foundation/json-depth.ts';

// The docs mark their example blocks with an HTML comment holding JSON: `<!-- { "blockType":
// "request", "name": "create_group" } -->`. Writers edit these by hand, so a trailing comma is
// forgiven (jsonc-parser); a comment that is not an object is no annotation, just a comment.

const COMMENT = /^\s*<!--([\s\S]*?)-->\s*$/;

export function readDocAnnotation(html: string): JsonObject | undefined {
  const inner = COMMENT.exec(html)?.[1]?.trim();
  // jsonc-parser recurses: a comment nesting deeper than any example may is no annotation.
  if (!inner?.startsWith('{') || jsonDepthExceededAt(inner) !== undefined) return undefined;
  const errors: ParseError[] = [];
  const data: unknown = parseJsonc(inner, errors, { allowTrailingComma: true, disallowComments: true });
  return errors.length === 0 && isJsonObject(data) ? data : undefined;
}

/** What an annotation says about the block after it. */
export interface ExampleAnnotation {
  blockType: 'request' | 'response' | 'other';
  name?: string;
  truncated: boolean;
  odataType?: string;
}

export function exampleAnnotation(data: JsonObject): ExampleAnnotation {
  const blockType = data.blockType === 'request' || data.blockType === 'response' ? data.blockType : 'other';
  const annotation: ExampleAnnotation = { blockType, truncated: data.truncated === true };
  if (typeof data.name === 'string' && data.name.trim() !== '') annotation.name = data.name.trim();
  const type = data['@odata.type'];
  if (typeof type === 'string' && type.trim() !== '') annotation.odataType = type.trim().replace(/^#/, '');
  return annotation;
}
