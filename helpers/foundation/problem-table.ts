// The table of page problem codes, rendered from the registry; docs/errors.md holds it
// (helpers/docs/generated-sections.ts, `npm run docs`).
import { markdownCell } from './markdown-cell.ts';
import { PAGE_PROBLEMS, type PageProblemRule } from './problem-registry.ts';

export function pageProblemTable(): string {
  const rows = (Object.entries(PAGE_PROBLEMS) as Array<[string, PageProblemRule]>).map(
    ([code, rule]) => `| \`${code}\` | ${rule.fatal ? 'yes' : 'no'} | ${rule.section ?? ''} | ${markdownCell(rule.meaning)} |`,
  );
  return ['| code | fatal | section | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
