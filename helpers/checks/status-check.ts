import type { Contract } from '../foundation/contract-types.ts';
import { checkResult, type CheckResult } from './check-types.ts';

export function checkStatus(contract: Contract, status: number): CheckResult {
  const want = contract.response.status;
  if (status === want) return checkResult('status', []);
  return checkResult('status', [
    { code: 'STATUS_MISMATCH', message: `Expected HTTP ${want}, received ${status}.`, sent: want, received: status },
  ]);
}
