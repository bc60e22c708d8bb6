// `npm run bench` (model part): the two XML parsers measured on the shared CSDL files, then the
// lint over the corpus contracts against the July 2021 models (each contract by its version)
// and against today's three v1.0 clouds, in process and as a fresh CLI process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { parseMetadataArgument } from '../helpers/cli/metadata-argument.ts';
import { environmentVariable } from '../helpers/config/process-environment.ts';
import { countBy, matrixTotals } from '../helpers/cli/lint-output.ts';
import { loadContracts } from '../helpers/gate/load-contracts.ts';
import { lintContracts, type LabelledModel } from '../helpers/model/lint-contracts.ts';
import { readCsdl } from '../helpers/model/read-csdl.ts';
import { buildCorpusContracts } from './corpus-contracts.ts';

const METADATA = environmentVariable('METADATA_DIR') ?? join(import.meta.dirname, '../../shared/metadata');
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function medianMs(run: () => void): string {
  return median(Array.from({ length: RUNS }, () => timed(run))).toFixed(0);
}

if (!existsSync(METADATA)) {
  console.log(`model bench skipped: no ${METADATA}`);
  process.exit(0);
}
const files = readdirSync(METADATA).filter((name) => /\.(xml|csdl)$/.test(name)).sort();

console.log(`\nCSDL parsers, median of ${RUNS} runs (ms):`);
console.log('| file | MB | fast-xml-parser (object tree) | saxes (events only) | readCsdl (saxes + model) |');
console.log('|---|---|---|---|---|');
for (const name of files) {
  const text = readFileSync(join(METADATA, name), 'utf8');
  const fxp = medianMs(() => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text));
  const saxes = medianMs(() => {
    const parser = new SaxesParser({ xmlns: false, position: true });
    let elements = 0;
    parser.on('opentag', () => { elements += 1; });
    parser.write(text).close();
  });
  const ours = medianMs(() => readCsdl(text, name));
  console.log(`| ${name} | ${(text.length / 1e6).toFixed(1)} | ${fxp} | ${saxes} | ${ours} |`);
}

const contractsDir = mkdtempSync(join(tmpdir(), 'model-bench-'));
const built = buildCorpusContracts(contractsDir);
const contracts = loadContracts(contractsDir).contracts.map((named) => named.contract);

function lintRun(title: string, args: string[]): void {
  let models: LabelledModel[] = [];
  const parseMs = timed(() => {
    models = args.map((arg) => {
      const parsed = parseMetadataArgument(arg);
      return { label: parsed.label, ...(parsed.version ? { version: parsed.version } : {}), model: readCsdl(readFileSync(parsed.source, 'utf8'), parsed.source) };
    });
  });
  let result = lintContracts([], []);
  const lintMs = timed(() => { result = lintContracts(contracts, models); });
  const cli = Array.from({ length: 3 }, () => {
    const start = performance.now();
    spawnSync(process.execPath, ['bin/graph-contracts.js', 'lint', contractsDir, ...args.flatMap((arg) => ['--metadata', arg]), '--format', 'json', '--out', '/dev/null'], { cwd: join(import.meta.dirname, '..') });
    return performance.now() - start;
  });
  console.log(`\n${title}: ${contracts.length} contracts (${result.notLinted.length} not linted: no model of their version)`);
  console.log(`  in process: parse ${parseMs.toFixed(0)} ms, lint ${lintMs.toFixed(0)} ms; fresh CLI process (median of 3): ${(median(cli) / 1000).toFixed(2)} s wall`);
  console.log(`  findings per code: ${JSON.stringify(countBy(result.findings, (finding) => finding.code))}`);
  console.log(`  contracts with a finding per code: ${JSON.stringify(Object.fromEntries(Object.entries(countBy(result.findings, (f) => f.code)).map(([code]) => [code, new Set(result.findings.filter((f) => f.code === code).map((f) => f.file)).size])))}`);
  console.log(`  availability (entity type / a POST path resolves, of contracts): ${JSON.stringify(matrixTotals(result))}`);
  const uneven = result.matrix.filter((row) => new Set(Object.values(row.models).map((cell) => `${cell.entityType}/${cell.pathsResolved > 0}`)).size > 1);
  if (Object.keys(result.models).length > 1) console.log(`  contracts not available alike in every model: ${uneven.length}`);
}

console.log(`\ncorpus: ${built.written} contracts built`);
lintRun('July 2021 models, by version', [join(METADATA, 'beta-2021-07-13.xml'), join(METADATA, 'v1.0-2021-07-13.xml')]);
lintRun("today's v1.0 clouds", [`global=${join(METADATA, 'v1.0-Prod-2026-08-03.csdl')}`, `usgov=${join(METADATA, 'v1.0-Fairfax-2026-08-03.csdl')}`, `china=${join(METADATA, 'v1.0-Mooncake-2026-08-03.csdl')}`]);
