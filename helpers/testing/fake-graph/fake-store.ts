// Entities created through the fake, per collection path, each with what its create answered
// and when, so a read gives back the create's answer (or, switched, not yet). Fixtures (parents
// listed for discovery) are computed, never stored, so "the store is empty" means "nothing
// left behind".
import type { JsonObject } from '../../foundation/contract-types.ts';

interface Stored {
  entity: JsonObject;
  /** The create's answer; the entity itself when none was given. */
  answered: JsonObject;
  createdAt: number;
}

export class FakeStore {
  private readonly collections = new Map<string, Map<string, Stored>>();

  add(collectionPath: string, entity: JsonObject & { id: string }, answered: JsonObject = entity): void {
    let members = this.collections.get(collectionPath);
    if (!members) this.collections.set(collectionPath, (members = new Map()));
    members.set(entity.id, { entity, answered, createdAt: Date.now() });
  }

  /** What the create of `id` answered, and when it was made. */
  read(collectionPath: string, id: string): { answered: JsonObject; createdAt: number } | undefined {
    return this.collections.get(collectionPath)?.get(id);
  }

  list(collectionPath: string): JsonObject[] {
    return [...(this.collections.get(collectionPath)?.values() ?? [])].map((stored) => stored.entity);
  }

  remove(collectionPath: string, id: string): boolean {
    return this.collections.get(collectionPath)?.delete(id) ?? false;
  }

  /** Every stored entity with where it lives, for assertions and failure messages. */
  entries(): Array<{ collectionPath: string; entity: JsonObject }> {
    return [...this.collections].flatMap(([collectionPath, members]) => [...members.values()].map(({ entity }) => ({ collectionPath, entity })));
  }

  size(): number {
    return this.entries().length;
  }
}
