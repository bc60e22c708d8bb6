import type { EchoRules, JsonObject, PropertyFacts } from '../foundation/contract-types.ts';

// Fields the service assigns itself, whatever the page's table says about them.
export const SERVER_OWNED = ['id', 'createdDateTime', 'lastModifiedDateTime', 'version'];

/**
 * Sent fields come back equal, unless read-only or owned by the server (then: present, right
 * format). A shortened (`truncated`) example response promises only what it shows: a server-owned
 * field it leaves out is not asserted present. An `@odata.bind` annotation binds a relationship
 * and is never returned, so it is no echoed field.
 */
export function echoRules(properties: PropertyFacts[], requestBody: JsonObject, responseBody: JsonObject, truncated = false): EchoRules {
  const readOnly = new Set(properties.filter((property) => property.readOnly).map((property) => property.name));
  const known = new Set([...properties.map((property) => property.name), ...Object.keys(responseBody)]);
  // A Set, not Array.includes: a page may document thousands of read-only properties.
  const serverOwned = new Set(SERVER_OWNED.filter((name) => known.has(name)));
  for (const name of readOnly) serverOwned.add(name);
  if (truncated) for (const name of serverOwned) if (name !== 'id' && !Object.hasOwn(responseBody, name)) serverOwned.delete(name);
  const equal = Object.keys(requestBody).filter((name) => !serverOwned.has(name) && !BINDING.test(name));
  return { equal, serverOwned: [...serverOwned] };
}

const BINDING = /@odata\.bind$/;
