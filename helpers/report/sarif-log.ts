// The one SARIF 2.1.0 writer: lint findings and build problems both become one `run` with one
// rule per code, so GitHub code scanning shows either as annotations on the page lines.
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
import type { JsonObject } from '../foundation/contract-types.ts';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  id: string;
  level: SarifLevel;
  /** One line: why the rule exists. */
  reason: string;
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
          rules: rules.map((rule) => ({ id: rule.id, shortDescription: { text: rule.reason }, defaultConfiguration: { level: rule.level } })),
        },
      },
      results: results.map((result) => sarifResult(result, ruleIndex.get(result.ruleId))),
    }],
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

/** The serialised log: two-space JSON and a final newline, like every file this tool writes. */
export function sarifJson(log: JsonObject): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}
