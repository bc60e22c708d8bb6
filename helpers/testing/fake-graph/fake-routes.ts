// Which paths the fake Graph answers, derived from the contracts: each documented create
// path is a collection (POST creates, GET lists, DELETE /{id} removes), and each collection
// before a `{parameter}` is a parent that lists one fixture member for discovery.
import { createHash } from 'node:crypto';
import type { Contract } from '../../foundation/contract-types.ts';
import { parameterSlots, pathTemplateToRegExp } from '../../foundation/path-template.ts';

export interface CreateRoute {
  pattern: RegExp;
  contract: Contract;
}

export interface FakeRoutes {
  createRouteFor(path: string): CreateRoute | undefined;
  isParentCollection(path: string): boolean;
}

export function buildFakeRoutes(contracts: Contract[]): FakeRoutes {
  const creates: CreateRoute[] = contracts.flatMap((contract) => contract.operation.paths.map((path) => ({ pattern: pathTemplateToRegExp(path), contract })));
  const parents = contracts.flatMap((c) => c.operation.paths.flatMap((path) => parameterSlots(path).map((slot) => pathTemplateToRegExp(slot.parentTemplate))));
  return {
    createRouteFor: (path) => creates.find((route) => route.pattern.test(path)),
    isParentCollection: (path) => parents.some((pattern) => pattern.test(path)),
  };
}

/** A stable id per parent collection, so discovery finds the same member every time. */
export function fixtureId(collectionPath: string): string {
  const hex = createHash('sha256').update(collectionPath).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
