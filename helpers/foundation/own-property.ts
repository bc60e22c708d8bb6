// Documented names (property names, header names, path parameters) index plain objects all
// over the pipeline, and a page may document `constructor`, `toString` or `__proto__`. A plain
// `object[name]` finds Object.prototype's members for those, and `object[name] = value` on
// `__proto__` replaces the prototype instead of adding a property. These read and write own
// properties only.

/** The own property `key` of `object`, or undefined (never an inherited member). */
export function ownValue<T>(object: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Adds or replaces the own property `key`, `__proto__` included, as JSON.parse would. */
export function setOwn<T>(object: Record<string, T>, key: string, value: T): void {
  // `__proto__` is Object.prototype's only accessor: every other name, `constructor` included,
  // is shadowed by a plain assignment, which is several times faster than defineProperty.
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
