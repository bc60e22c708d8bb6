// The request the mock (and a replay's path with no recording, which the mock answers) sends for
// one documented path: any value matches a route, so each parameter gets a placeholder that
// names it, and failures read well.
import type { Contract } from '../../foundation/contract-types.ts';
import { fillPathTemplate } from '../../foundation/path-template.ts';
import { buildOutgoingRequest } from '../outgoing-request.ts';
import type { PreparedRequest, SkipReason } from '../target-types.ts';

export function prepareMockRequest(contract: Contract, pathTemplate: string): PreparedRequest | SkipReason {
  const values = Object.fromEntries(contract.operation.pathParameters.map((name) => [name, `mock-${name}`]));
  const filled = fillPathTemplate(pathTemplate, values);
  if ('missing' in filled) return { skip: true, reason: `No value for the path ${filled.missing.length === 1 ? 'parameter' : 'parameters'} ${filled.missing.join(', ')} of ${pathTemplate}.` };
  return { skip: false, request: buildOutgoingRequest(contract, pathTemplate, filled.path) };
}
