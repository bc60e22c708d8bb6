// Path templates (`/users/{usersId}/managedAppRegistrations`) as matchers, fillers and parameter
// slots. Shared by the parser (parameters), the mock (match any parameter value) and targets
// (fill and discover parameters).

/** Every `{name}` placeholder of a template, in order. */
export function pathParameters(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
}

export function pathTemplateToRegExp(template: string): RegExp {
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}/?$`);
}

/** Fills every `{name}` from `values`; returns the names that had no value instead of a path. */
export function fillPathTemplate(template: string, values: Record<string, string>): { path: string } | { missing: string[] } {
  // Own values only: a parameter documented as `{constructor}` has no value until one is given.
  const value = (name: string) => (Object.hasOwn(values, name) ? values[name] : undefined);
  const missing = pathParameters(template).filter((name) => value(name) === undefined);
  if (missing.length > 0) return { missing };
  return { path: template.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(value(name) ?? '')) };
}

// Where each `{parameter}` gets its value from: the collection before it.
// `/a/{x}/b/{y}/c` -> x is a member of `/a`, y a member of `/a/{x}/b`.
export interface ParameterSlot {
  name: string;
  /** The template up to (not including) `/{name}`: the collection whose members the parameter names. */
  parentTemplate: string;
}

export function parameterSlots(template: string): ParameterSlot[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((match) => ({
    name: match[1]!,
    parentTemplate: template.slice(0, match.index).replace(/\/$/, ''),
  }));
}
