// The mock's pure core speaks these plain shapes; nock is only the wire (create-mock-target.ts).
import type { Contract } from '../../foundation/contract-types.ts';

export interface MockRequest {
  method: string;
  /** Full URL as received, e.g. `https://graph.microsoft.com/beta/users/1/managedAppRegistrations`. */
  url: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  bodyText: string;
}

export interface MockReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sources of variation, injected so tests can pin them. */
export interface MockClock {
  newGuid(): string;
  /** Now, as 100 ns ticks since the Unix epoch. */
  nowTicks(): bigint;
}

/** Rewrites a reply before it goes on the wire: how self-tests inject faults into a correct mock. */
export type ResponseTransformer = (reply: MockReply, context: { request: MockRequest; contract: Contract | undefined }) => MockReply;

/** What happens to a request no interceptor answers (another host): refused either way, never sent. */
export type UnhandledRequestStrategy = 'error' | 'warn';

export const GRAPH_JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
