import type { PageExample } from '../parse/page-model.ts';

// A page with one create example keeps its contract name (`beta/api/group-post-groups`); with
// several, each is named after its example: the docs' annotation name, else its heading, else
// its place (`beta/api/group-post-groups.create_prepopulated_group`). Names stay unique on a page.

export function exampleContractNames(base: string, examples: readonly PageExample[]): string[] {
  if (examples.length === 1) return [base];
  const taken = new Set<string>();
  return examples.map((example, index) => {
    const label = slug(example.name ?? example.heading ?? '') || `example-${index + 1}`;
    let name = label;
    for (let suffix = 2; taken.has(name); suffix++) name = `${label}-${suffix}`;
    taken.add(name);
    return `${base}.${name}`;
  });
}

/** Letters, digits, `_` and `-` only, at most 80: the name becomes part of a file name. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
}
