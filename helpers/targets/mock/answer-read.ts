// A GET of an entity the mock created: its create's answer, or Graph's 404. The entity is
// addressed as Graph addresses it: `{collection}/{id}` or the key syntax of the mock's own
// Location header, `{collection}('{id}')`.
import type { MockEntities } from './mock-entities.ts';
import { GRAPH_JSON_CONTENT_TYPE, type MockReply } from './mock-types.ts';

export interface EntityAddress {
  collectionPath: string;
  id: string;
}

/** `/a/b('x')` or `/a/b/x` -> collection `/a/b`, id `x` (percent-decoded); undefined when it names none. */
export function entityAddress(path: string): EntityAddress | undefined {
  const keyed = /^(\/.+)\('((?:[^']|'')*)'\)$/.exec(path);
  const cut = path.lastIndexOf('/');
  const [collectionPath, rawId] = keyed ? [keyed[1]!, keyed[2]!.replace(/''/g, "'")] : [path.slice(0, cut), path.slice(cut + 1)];
  if (collectionPath === '' || rawId === '') return undefined;
  try {
    return { collectionPath, id: decodeURIComponent(rawId) };
  } catch {
    return undefined; // a malformed escape names no entity
  }
}

export function answerRead(entities: MockEntities | undefined, version: string, path: string, headers: Record<string, string>, notFound: () => MockReply): MockReply {
  const address = entityAddress(path);
  const json = address && entities?.get(version, address.collectionPath, address.id);
  if (json === undefined || json === '') return notFound();
  return { status: 200, headers: { 'Content-Type': GRAPH_JSON_CONTENT_TYPE, ...headers }, body: json };
}
