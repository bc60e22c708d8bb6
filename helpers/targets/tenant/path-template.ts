// Where each `{parameter}` of a path template gets its value from: the collection before it.
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
