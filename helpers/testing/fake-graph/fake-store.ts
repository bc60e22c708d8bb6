// Entities created through the fake, per collection path. Fixtures (parents listed for
// discovery) are computed, never stored, so "the store is empty" means "nothing left behind".
import type { JsonObject } from '../../foundation/contract-types.ts';

export class FakeStore {
  private readonly collections = new Map<string, Map<string, JsonObject>>();

  add(collectionPath: string, entity: JsonObject & { id: string }): void {
    let members = this.collections.get(collectionPath);
    if (!members) this.collections.set(collectionPath, (members = new Map()));
    members.set(entity.id, entity);
  }

  list(collectionPath: string): JsonObject[] {
    return [...(this.collections.get(collectionPath)?.values() ?? [])];
  }

  remove(collectionPath: string, id: string): boolean {
    return this.collections.get(collectionPath)?.delete(id) ?? false;
  }

  /** Every stored entity with where it lives, for assertions and failure messages. */
  entries(): Array<{ collectionPath: string; entity: JsonObject }> {
    return [...this.collections].flatMap(([collectionPath, members]) => [...members.values()].map((entity) => ({ collectionPath, entity })));
  }

  size(): number {
    return this.entries().length;
  }
}
