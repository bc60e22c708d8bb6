// The one SARIF 2.1.0 writer: lint findings, build problems and contract changes each become one
// `run` with one rule per code, so GitHub code scanning shows them as annotations on the page
// lines. GitHub needs each rule's full description and help (the multitool's GH2012): code
// scanning shows them beside the alert, with the link to the code's entry in this project's docs.
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import type { JsonObject } from '../foundation/contract-types.ts';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  id: string;
  level: SarifLevel;
  /** One line: what the rule finds (`shortDescription`). */
  reason: string;
  /** The reason and what follows from it: what it means for the contract, what to do (`fullDescription`, `help`). */
  description: string;
  /** Where this project's docs/ explain the code: a page and its anchor (`errors.md#page-problems`). */
  docs: string;
}

export interface SarifResultInput {
  ruleId: string;
  level: SarifLevel;
  message: string;
  /** The page, relative, `/`-separated (a contract's `source.file`). */
  file: string;
  line?: number;
  /** `<resource>/<property>` or `<resource>`. */
  logicalName?: string;
}

export interface SarifTool {
  name: string;
  version: string;
  informationUri?: string;
  /** Where this project's docs/ folder is published, ending in `/`: each rule's `helpUri` (absolute, as SARIF requires); without it the help names the page. */
  docsUrl?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export function sarifLog(tool: SarifTool, rules: readonly SarifRule[], results: readonly SarifResultInput[]): JsonObject {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: tool.name,
          version: tool.version,
          ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
          rules: rules.map((rule) => sarifRule(rule, tool.docsUrl)),
        },
      },
      results: results.map((result) => sarifResult(result, ruleIndex.get(result.ruleId))),
    }],
  };
}

function sarifRule(rule: SarifRule, docsUrl: string | undefined): JsonObject {
  const page = `docs/${rule.docs}`;
  const helpUri = docsUrl ? `${docsUrl}${rule.docs}` : undefined;
  return {
    id: rule.id,
    shortDescription: { text: rule.reason },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.description} See ${rule.id} in graph-contracts' ${page}${helpUri ? ` (${helpUri})` : ''}.`,
      markdown: `${rule.description}\n\nSee ${helpUri ? `[\`${rule.id}\` in ${page}](${helpUri})` : `\`${rule.id}\` in graph-contracts' \`${page}\``}.`,
    },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: rule.level },
  };
}

function sarifResult(result: SarifResultInput, ruleIndex: number | undefined): JsonObject {
  const physicalLocation: JsonObject = {
    artifactLocation: { uri: result.file },
    ...(result.line ? { region: { startLine: result.line } } : {}),
  };
  return {
    ruleId: result.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: result.level,
    message: { text: result.message },
    locations: [{
      physicalLocation,
      ...(result.logicalName ? { logicalLocations: [{ fullyQualifiedName: result.logicalName }] } : {}),
    }],
  };
}

/** A rule table's one-line reason as the start of a description: capitalised, ending in a full stop. */
export function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

/** The serialised log: two-space JSON and a final newline, like every file this tool writes. */
export function sarifJson(log: JsonObject): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}
