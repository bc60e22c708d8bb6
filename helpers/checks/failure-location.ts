// A check failure names the page line of the documented fact it compared against: the property
// row for a field (on the resource page, for a property the create page leaves to it) (`uploadedLogs[0].status` -> the `uploadedLogs` row), the example response's
// status line for the status and the id, so the reader goes straight to what the page promised.
import type { Contract } from '../foundation/contract-types.ts';
import type { Where } from '../foundation/where.ts';
import type { CheckFailure, CheckName } from './check-types.ts';

export function locateFailure(contract: Contract, check: CheckName, failure: CheckFailure): Where {
  const lines = contract.source.lines;
  const property = topLevelName(failure.field);
  const index = property === undefined ? -1 : contract.properties.findIndex((p) => p.name === property);
  const where: Where = { file: contract.source.file };
  if (index >= 0) {
    // A property read on the resource page is located at its row there.
    const source = contract.source.propertySources?.[index];
    const row = source?.from === 'resourcePage' ? { file: source.file, line: source.line } : { ...where, ...(lines?.properties[index] ? { line: lines.properties[index] } : {}) };
    return { ...row, section: 'Properties', ...(failure.field ? { field: failure.field } : {}) };
  }
  const line = lines?.exampleResponse;
  return { ...where, ...(line ? { line } : {}), section: check === 'echo' ? 'Example request' : 'Example response', ...(failure.field ? { field: failure.field } : {}) };
}

/** `uploadedLogs[0].status` and `/uploadedLogs/0/status` -> `uploadedLogs`. */
function topLevelName(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const trimmed = field.startsWith('/') ? field.slice(1).split('/')[0] : field.split(/[.[]/)[0];
  return trimmed ? trimmed.replace(/~1/g, '/').replace(/~0/g, '~') : undefined;
}
