// The reference pages' tables that are facts of the code, not prose: each is rendered from the
// table the code itself reads, between markers in its page. `npm run docs` writes them;
// generated-sections.test.ts fails while a page is behind, naming the page and the command.
import { CHECK_FAILURES } from '../checks/check-types.ts';
import { COMMANDS } from '../cli/commands.ts';
import { ENV_VARIABLES, type EnvValue, type EnvVariable } from '../config/env-variables.ts';
import { diffRulesMarkdown } from '../diff/diff-rules.ts';
import { RUN_ERRORS } from '../foundation/coded-error.ts';
import { markdownCell } from '../foundation/markdown-cell.ts';
import { pageProblemTable } from '../foundation/problem-table.ts';
import { OUTCOME_RULES } from '../gate/outcome-rules.ts';
import { lintRulesMarkdown } from '../model/lint-rules.ts';

export interface GeneratedSection {
  /** Path of the page, relative to the repository root. */
  page: string;
  name: string;
  render(): string;
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`)].join('\n');
}

function defaultText(value: EnvValue): string {
  switch (value.kind) {
    case 'choice':
      return value.default ? `\`${value.default}\`` : '(none)';
    case 'boolean':
      return `\`${value.default}\``;
    case 'int':
      return value.defaultNote ?? `\`${value.default}\``;
    case 'secret':
      return '(none)';
    case 'text':
    case 'url':
      return value.default === undefined ? '(none)' : /^[\w.\-/]+$/.test(value.default) ? `\`${value.default}\`` : value.default;
  }
}

function acceptedText(value: EnvValue): string {
  switch (value.kind) {
    case 'choice':
      return `one of ${value.choices.map((choice) => `\`${choice}\``).join(', ')}`;
    case 'boolean':
      return '`true` or `false`, in any case (`True`, `TRUE`); anything else stops the run';
    case 'int':
      return `a whole number from ${value.min} to ${value.max}`;
    default:
      return value.expected;
  }
}

function environmentTable(scope: EnvVariable['scope']): () => string {
  return () =>
    table(
      ['variable', 'default', 'accepted', 'what it does'],
      ENV_VARIABLES.filter((variable) => variable.scope === scope).map((variable) => [`\`${variable.name}\``, defaultText(variable.value), acceptedText(variable.value), variable.meaning]),
    );
}

function cliReference(): string {
  return COMMANDS.map((command) => [`### \`graph-contracts ${command.name}\``, '', '```text', command.usage, '', command.help, '```'].join('\n')).join('\n\n');
}

export const GENERATED_SECTIONS: readonly GeneratedSection[] = [
  { page: 'docs/configuration.md', name: 'run-variables', render: environmentTable('run') },
  { page: 'docs/configuration.md', name: 'tenant-variables', render: environmentTable('tenant') },
  { page: 'docs/configuration.md', name: 'tooling-variables', render: environmentTable('tooling') },
  { page: 'docs/errors.md', name: 'run-errors', render: () => table(['code', 'meaning', 'what to do'], Object.entries(RUN_ERRORS).map(([code, error]) => [`\`${code}\``, error.meaning, error.action])) },
  { page: 'docs/errors.md', name: 'page-problems', render: pageProblemTable },
  { page: 'docs/errors.md', name: 'check-failures', render: () => table(['code', 'check', 'meaning'], Object.entries(CHECK_FAILURES).map(([code, failure]) => [`\`${code}\``, `\`${failure.check}\``, failure.meaning])) },
  { page: 'docs/model-check.md', name: 'lint-rules', render: lintRulesMarkdown },
  { page: 'docs/tenant-runs.md', name: 'outcome-rules', render: () => table(['rule', 'class', 'reason'], OUTCOME_RULES.map((rule) => [`\`${rule.id}\``, rule.outcome, rule.reason])) },
  { page: 'docs/cli.md', name: 'commands', render: cliReference },
  { page: 'docs/diff.md', name: 'diff-rules', render: diffRulesMarkdown },
];

export const startMarker = (name: string) => `<!-- generated:${name} (npm run docs) -->`;
export const endMarker = (name: string) => `<!-- /generated:${name} -->`;

/** `text` (the page `page`) with every section generated for it replaced by its current rendering. */
export function withGeneratedSections(page: string, text: string): string {
  let result = text;
  for (const section of GENERATED_SECTIONS.filter((candidate) => candidate.page === page)) {
    const start = result.indexOf(startMarker(section.name));
    const end = result.indexOf(endMarker(section.name));
    if (start < 0 || end < start) throw new Error(`${page} has no "${startMarker(section.name)}" ... "${endMarker(section.name)}" section to fill`);
    result = `${result.slice(0, start)}${startMarker(section.name)}\n${section.render()}\n${result.slice(end)}`;
  }
  return result;
}

export function generatedPages(): string[] {
  return [...new Set(GENERATED_SECTIONS.map((section) => section.page))];
}
