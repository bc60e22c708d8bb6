// A row's check failures as a person reads them, for the markdown and the HTML alike: each thing
// said once. A failure several checks share (an error answer fails echo and id with the same
// reason) is one line naming those checks; sent and received are shown only where the message
// does not already say them ("Expected HTTP 201, received 403." needs no "sent 201, received 403").
import { CHECK_NAMES, type CheckFailure, type CheckName } from '../checks/check-types.ts';
import type { JsonValue } from '../foundation/contract-types.ts';
import type { ReportRow } from './contract-report.ts';

export interface FailureLine {
  checks: CheckName[];
  failure: CheckFailure;
  /** The values to show beside the message: those it does not already hold. */
  values: { sent?: JsonValue; received?: JsonValue };
}

export function failureLines(row: Pick<ReportRow, 'checks'>): FailureLine[] {
  const lines = new Map<string, FailureLine>();
  for (const check of CHECK_NAMES) {
    for (const failure of row.checks[check]?.failures ?? []) {
      const key = JSON.stringify([failure.code, failure.field, failure.message]);
      const line = lines.get(key);
      if (line) line.checks.push(check);
      else lines.set(key, { checks: [check], failure, values: unsaid(failure) });
    }
  }
  return [...lines.values()];
}

function unsaid(failure: CheckFailure): FailureLine['values'] {
  // Said as the checks write values (JSON), as a whole token: 201 is said in "received 201." but not in "2010".
  const said = (value: JsonValue) => new RegExp(`(?<![\\w.])${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`).test(failure.message);
  const values: FailureLine['values'] = {};
  if (failure.sent !== undefined && !said(failure.sent)) values.sent = failure.sent;
  if (failure.received !== undefined && !said(failure.received)) values.received = failure.received;
  return values;
}
