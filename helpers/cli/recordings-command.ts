// `graph-contracts recordings <before> <after>`: what changed in the service's recorded answers
// between two recordings folders (the committed one and the one a tenant run just wrote), per
// contract, breaking first, as the body of the "service behaviour changed" pull request: one
// markdown document within GitHub's 65,536 characters whatever the number of changes, ending
// with how many were left out. The tenant-run workflow opens or updates that pull request.
import { countOf } from '../foundation/count-noun.ts';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { compareRecordings, SEVERITIES, type RecordingChange } from '../targets/record/compare-recordings.ts';
import { readRecordingsFolder } from '../targets/record/recordings-folder.ts';
import { markdownCode, markdownText } from '../report/markdown-text.ts';
import { CliUsageError, type CliCommand } from './cli-command.ts';
import { parseCommandArgs } from './page-arguments.ts';

/** Under GitHub's 65,536-character limit for a pull-request body, with room for the footer. */
export const DEFAULT_MAX_CHARS = 60_000;

export const recordingsCommand: CliCommand = {
  name: 'recordings',
  usage: 'graph-contracts recordings <before dir> <after dir> [--out FILE] [--max-chars N] [--github-output FILE]',
  help: `Compares two recordings folders (GRAPH_RECORD): per contract and path, what the service
answers differently now (the create's status and error code, the properties of its answer and
of the read-back: gone, new, of another type, another value), breaking changes first. The
manifest (run id, date) is not compared. Written as markdown to stdout or --out, within
--max-chars (default ${DEFAULT_MAX_CHARS}, under GitHub's 65,536 for a pull-request body).

  --out FILE            write the markdown there instead of stdout
  --max-chars N         the most characters the markdown may have; the changes that do not fit
                        are counted at its end
  --github-output FILE  append changed=, breaking= and summary= (GitHub Actions step outputs)

Exit codes: 0 compared (changes or not), 2 usage error.`,
  async run(args, { out, err }) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: 'string' }, 'max-chars': { type: 'string' }, 'github-output': { type: 'string' } });
    if (positionals.length !== 2) throw new CliUsageError('"recordings" compares two folders: <before dir> <after dir>');
    const [beforeDir, afterDir] = positionals as [string, string];
    if (!existsSync(afterDir)) throw new CliUsageError(`${afterDir}: no such folder (the recordings a tenant run wrote with GRAPH_RECORD)`);
    const maxChars = values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : Number(values['max-chars']);
    if (!Number.isInteger(maxChars) || maxChars < 1_000) throw new CliUsageError(`--max-chars ${values['max-chars']}: expected a whole number of at least 1000`);
    const before = readRecordingsFolder(beforeDir);
    const after = readRecordingsFolder(afterDir);
    for (const problem of [...before.problems, ...after.problems]) err.write(`graph-contracts recordings: ${problem}\n`);
    const changes = compareRecordings(before.recordings, after.recordings);
    const date = after.manifest?.date.slice(0, 10);
    const markdown = renderChanges(changes, { maxChars, ...(date ? { date } : {}) });
    if (values.out) writeFileSync(values.out, markdown);
    else out.write(markdown);
    const line = summaryLine(changes);
    if (values.out) out.write(`${line}\n`);
    if (values['github-output']) appendFileSync(values['github-output'], `changed=${changes.length > 0}\nbreaking=${changes.some((c) => c.severity === 'breaking')}\nsummary=${line}\n`);
    return 0;
  },
};

/** "3 changes (1 breaking, 1 changed, 1 info) in 2 contracts". */
export function summaryLine(changes: readonly RecordingChange[]): string {
  const count = (severity: string) => changes.filter((c) => c.severity === severity).length;
  const contracts = new Set(changes.map((c) => c.contract)).size;
  return `${countOf(changes.length, 'change')} (${SEVERITIES.map((s) => `${count(s)} ${s}`).join(', ')}) in ${countOf(contracts, 'contract')}`;
}

/** The pull-request body: headline, then per severity and contract one line per change, cut to `maxChars`. */
export function renderChanges(changes: readonly RecordingChange[], options: { maxChars: number; date?: string }): string {
  const head = [
    '# Service behaviour changed',
    '',
    changes.length === 0
      ? 'The service answers as recorded before: nothing changed but the manifest.'
      : `What the service answered${options.date ? ` on ${options.date}` : ''} differs from the committed recordings: ${summaryLine(changes)}. Breaking changes first. Review each: a contract may need its docs fixed, or the tenant expectations a new entry.`,
    '',
  ].join('\n');
  let text = head;
  let listed = 0;
  const footer = (left: number) => (left === 0 ? '' : `\n_${countOf(left, 'more change')} not listed here, to stay within GitHub's limit: run \`graph-contracts recordings <before> <after>\` on the two folders for all of them._\n`);
  const reserve = footer(changes.length).length + 10;
  outer: for (const severity of SEVERITIES) {
    const ofSeverity = changes.filter((c) => c.severity === severity);
    if (ofSeverity.length === 0) continue;
    const section = `\n## ${severity[0]!.toUpperCase()}${severity.slice(1)} (${ofSeverity.length})\n`;
    if (text.length + section.length + reserve > options.maxChars) break;
    text += section;
    let contract = '';
    for (const change of ofSeverity) {
      const heading = change.contract === contract ? '' : `\n### ${markdownCode(change.contract)}\n\n`;
      const line = `- ${markdownCode(change.path)}: ${markdownText(change.what)}\n`;
      if (text.length + heading.length + line.length + reserve > options.maxChars) break outer;
      text += heading + line;
      contract = change.contract;
      listed += 1;
    }
  }
  return text + footer(changes.length - listed);
}
