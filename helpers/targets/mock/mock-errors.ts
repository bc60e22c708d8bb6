// Errors the mock raises itself (never Graph answers, which are replies).
import { CodedError } from '../../foundation/coded-error.ts';
import { countOf } from '../../foundation/count-noun.ts';

export class MockUnhandledRequestError extends CodedError {
  readonly code = 'MOCK_UNHANDLED_REQUEST';
  constructor(readonly requests: string[]) {
    super(
      `The mock refused ${countOf(requests.length, 'request')} no contract route answers: ${requests.slice(0, 5).join(', ')}. ` +
        'The mock never lets requests reach the network; point the request at the Graph origin or set onUnhandledRequest: "warn".',
    );
  }
}

export class MockAlreadyActiveError extends CodedError {
  readonly code = 'MOCK_ALREADY_ACTIVE';
  constructor(origin: string) {
    super(`A mock target already intercepts ${origin}; close() it before creating another (nock interceptors are process-wide).`);
  }
}
