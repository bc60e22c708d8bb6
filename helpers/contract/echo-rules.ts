import type { EchoRules, JsonObject, PropertyFacts } from '../foundation/contract-types.ts';

// Fields the service assigns itself, whatever the page's table says about them.
export const SERVER_OWNED = ['id', 'createdDateTime', 'lastModifiedDateTime', 'version'];

/** Sent fields come back equal, unless read-only or owned by the server (then: present, right format). */
export function echoRules(properties: PropertyFacts[], requestBody: JsonObject, responseBody: JsonObject): EchoRules {
  const readOnly = new Set(properties.filter((property) => property.readOnly).map((property) => property.name));
  const known = new Set([...properties.map((property) => property.name), ...Object.keys(responseBody)]);
  // A Set, not Array.includes: a page may document thousands of read-only properties.
  const serverOwned = new Set(SERVER_OWNED.filter((name) => known.has(name)));
  for (const name of readOnly) serverOwned.add(name);
  const equal = Object.keys(requestBody).filter((name) => !serverOwned.has(name));
  return { equal, serverOwned: [...serverOwned] };
}
