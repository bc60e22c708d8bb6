import type { Contract } from '../foundation/contract-types.ts';

/** The one serialisation of a contract: the same contract always gives the same bytes. */
export function contractJson(contract: Contract): string {
  return `${JSON.stringify(contract, null, 2)}\n`;
}

/** `beta/intune-x-create.md` -> `beta/intune-x-create.json`. */
export function contractFileName(pageRelativePath: string): string {
  return pageRelativePath.replace(/\.(md|txt)$/i, '') + '.json';
}
