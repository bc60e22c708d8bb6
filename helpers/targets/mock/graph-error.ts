// Graph's error envelope, as the service sends it for 4xx/5xx answers.
import { formatUtcTicks } from '../../foundation/date-time-offset.ts';
import { GRAPH_JSON_CONTENT_TYPE, type MockClock, type MockReply } from './mock-types.ts';

export function graphErrorReply(status: number, code: string, message: string, clock: MockClock, clientRequestId: string): MockReply {
  const requestId = clock.newGuid();
  const body = {
    error: {
      code,
      message,
      // Graph's innerError.date has no fractional seconds.
      innerError: { date: formatUtcTicks(clock.nowTicks()).replace(/\.\d+Z$/, ''), 'request-id': requestId, 'client-request-id': clientRequestId },
    },
  };
  return {
    status,
    headers: { 'Content-Type': GRAPH_JSON_CONTENT_TYPE, 'request-id': requestId, 'client-request-id': clientRequestId },
    body: JSON.stringify(body),
  };
}
