// Path templates (`/users/{usersId}/managedAppRegistrations`) as matchers and fillers.
// Shared by the mock (match any parameter value) and targets (fill parameters).

export function pathTemplateToRegExp(template: string): RegExp {
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}/?$`);
}

export function templateParameters(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
}

/** Fills every `{name}` from `values`; returns the names that had no value instead of a path. */
export function fillPathTemplate(template: string, values: Record<string, string>): { path: string } | { missing: string[] } {
  const missing = templateParameters(template).filter((name) => values[name] === undefined);
  if (missing.length > 0) return { missing };
  return { path: template.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(values[name] ?? '')) };
}
