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
export type RouteMatch = { kind: 'found'; routes: readonly MockRoute[] } | { kind: 'wrong-method'; allowed: readonly string[] } | { kind: 'not-found' };

/** Answers kept for URLs already seen; a client sending endless distinct URLs stops adding. */
const MAX_REMEMBERED = 10_000;

export class MockRoutes {
  // Routes grouped by version, then by segment count, so lookup stays cheap over ~1,000 contracts.
  private readonly byKey = new Map<string, MockRoute[]>();
  // Hundreds of contracts share one collection URL (every device configuration type POSTs to
  // /deviceManagement/deviceConfigurations), so each lookup there tested hundreds of patterns
  // (~100 ms a corpus run); routes never change after construction, so an answer is kept.
  private readonly remembered = new Map<string, RouteMatch>();

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
    const key = `${method.toUpperCase()} ${version} ${path}`;
    const known = this.remembered.get(key);
    if (known) return known;
    const found = this.lookup(version, path, method);
    if (this.remembered.size < MAX_REMEMBERED) this.remembered.set(key, found);
    return found;
  }

  private lookup(version: string, path: string, method: string): RouteMatch {
    const candidates = (this.byKey.get(routeKey(version, path)) ?? []).filter((r) => r.pattern.test(path));
    if (candidates.length === 0) return { kind: 'not-found' };
    // A literal segment beats a parameter (`/users/me/x` vs `/users/{id}/x`): fewest placeholders first.
    const sameMethod = candidates.filter((r) => r.method === method.toUpperCase()).sort((a, b) => placeholders(a) - placeholders(b));
    if (sameMethod.length > 0) return { kind: 'found', routes: sameMethod };
    return { kind: 'wrong-method', allowed: [...new Set(candidates.map((r) => r.method))] };
  }
}

/**
 * The route that answers `body`. A request sent by the mock target carries the contract it was
 * built from (`sender`, through the target's async context, never on the wire): the corpus holds
 * several versions of one API (a 2017 page and its 2021 rewrite disagree on what is read-only).
 * Any other request is dispatched like Graph: a collection of a base type on the body's
 * `@odata.type`, and among equals the first wins.
 */
export function routeForBody(routes: readonly MockRoute[], body: unknown, sender?: Contract): MockRoute {
  const own = sender === undefined ? undefined : routes.find((r) => r.contract === sender);
  if (own) return own;
  const sentType = body !== null && typeof body === 'object' && Object.hasOwn(body, '@odata.type') ? (body as Record<string, unknown>)['@odata.type'] : undefined;
  const bare = typeof sentType === 'string' ? sentType.replace(/^#/, '') : undefined;
  return routes.find((r) => `${r.contract.namespace}.${r.contract.resource}` === bare) ?? routes[0]!;
}

function routeKey(version: string, path: string): string {
  return `${version} ${path.replace(/\/$/, '').split('/').length}`;
}

function placeholders(route: MockRoute): number {
  return (route.pathTemplate.match(/\{/g) ?? []).length;
}
