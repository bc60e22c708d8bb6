// Which contract answers a URL: every documented path of every contract, any parameter values.
import type { Contract } from '../../foundation/contract-types.ts';
import { pathTemplateToRegExp } from '../../foundation/path-template.ts';

export interface MockRoute {
  contract: Contract;
  pathTemplate: string;
  method: string;
  pattern: RegExp;
}

/** `routes` share the URL and method (a polymorphic collection): the body's `@odata.type` picks one. */
export type RouteMatch = { kind: 'found'; routes: MockRoute[] } | { kind: 'wrong-method'; allowed: string[] } | { kind: 'not-found' };

export class MockRoutes {
  // Routes grouped by version, then by segment count, so lookup stays cheap over ~1,000 contracts.
  private readonly byKey = new Map<string, MockRoute[]>();

  constructor(contracts: readonly Contract[]) {
    for (const contract of contracts) {
      for (const pathTemplate of contract.operation.paths) {
        const route = { contract, pathTemplate, method: contract.operation.method, pattern: pathTemplateToRegExp(pathTemplate) };
        const key = routeKey(contract.apiVersion, pathTemplate);
        this.byKey.set(key, [...(this.byKey.get(key) ?? []), route]);
      }
    }
  }

  match(version: string, path: string, method: string): RouteMatch {
    const candidates = (this.byKey.get(routeKey(version, path)) ?? []).filter((r) => r.pattern.test(path));
    if (candidates.length === 0) return { kind: 'not-found' };
    // A literal segment beats a parameter (`/users/me/x` vs `/users/{id}/x`): fewest placeholders first.
    const sameMethod = candidates.filter((r) => r.method === method.toUpperCase()).sort((a, b) => placeholders(a) - placeholders(b));
    if (sameMethod.length > 0) return { kind: 'found', routes: sameMethod };
    return { kind: 'wrong-method', allowed: [...new Set(candidates.map((r) => r.method))] };
  }
}

/** Request header naming the contract (`source.file`) a request was built from. */
export const CONTRACT_HINT_HEADER = 'x-mock-contract';

/**
 * The route that answers `body`. The corpus holds several versions of one API (a 2017 page
 * and its 2021 rewrite disagree on what is read-only), so a request built from a contract
 * names it in CONTRACT_HINT_HEADER. Without the hint, like Graph, a collection of a base
 * type dispatches on the body's `@odata.type`, and among equals the first wins.
 */
export function routeForBody(routes: readonly MockRoute[], body: unknown, hint?: string): MockRoute {
  const hinted = hint === undefined ? undefined : routes.find((r) => r.contract.source.file === hint);
  if (hinted) return hinted;
  const sentType = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)['@odata.type'] : undefined;
  const bare = typeof sentType === 'string' ? sentType.replace(/^#/, '') : undefined;
  return routes.find((r) => `${r.contract.namespace}.${r.contract.resource}` === bare) ?? routes[0]!;
}

function routeKey(version: string, path: string): string {
  return `${version} ${path.replace(/\/$/, '').split('/').length}`;
}

function placeholders(route: MockRoute): number {
  return (route.pathTemplate.match(/\{/g) ?? []).length;
}
