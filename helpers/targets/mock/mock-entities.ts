// What the mock created, so that reading an entity back answers what its create answered, as a
// faithful service does. Kept as the answer's JSON text per version, collection path and id,
// until the target's cleanup forgets them all.
export class MockEntities {
  private readonly byKey = new Map<string, string>();

  add(version: string, collectionPath: string, id: string, json: string): void {
    this.byKey.set(key(version, collectionPath, id), json);
  }

  get(version: string, collectionPath: string, id: string): string | undefined {
    return this.byKey.get(key(version, collectionPath, id));
  }

  /** Forgets every entity; how many there were. */
  clear(): number {
    const count = this.byKey.size;
    this.byKey.clear();
    return count;
  }

  get size(): number {
    return this.byKey.size;
  }
}

function key(version: string, collectionPath: string, id: string): string {
  return `${version}\u0000${collectionPath.replace(/\/+$/, '')}\u0000${id}`;
}
