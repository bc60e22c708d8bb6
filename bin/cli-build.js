// The compiled CLI and whether it may run. `node bin/cli-build.js` (npm run build, and npm ci's
// prepare script) compiles helpers/ into dist/ with tsconfig.build.json and stamps the output
// with the sha256 of every source it came from; the bin runs dist/ only while no source is newer
// and different (staleSources), so what runs is never older than the sources. Plain JavaScript:
// it must run before anything is compiled, and on Node 20, which runs no TypeScript.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp.json');
/** Besides the modules: what decides how they compile. */
const SETTINGS = ['tsconfig.json', 'tsconfig.build.json'];

const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

function* compiled(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* compiled(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

function typescriptSources(folder) {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => join('helpers', file).split(sep).join('/'));
}

/** The source each compiled module came from, relative to the project: dist/cli/main.js <- helpers/cli/main.ts. */
function sourceOf(output) {
  return join('helpers', relative(DIST, output)).replace(/\.js$/, '.ts').split(sep).join('/');
}

/** Compiles the CLI into a clean dist/, writes what is compiled ahead of time, and stamps it. Returns the exit status. */
export async function buildCli() {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  if (!existsSync(tsc)) {
    console.log('graph-contracts: typescript is not installed (npm ci --omit=dev?): the CLI will run its sources through tsx');
    return 0;
  }
  rmSync(DIST, { recursive: true, force: true });
  // Read before compiling: a source edited while tsc runs then reads as changed, never as compiled.
  const builtAt = Date.now();
  const before = new Map([...SETTINGS, ...typescriptSources(join(ROOT, 'helpers'))].map((file) => [file, sha256(join(ROOT, file))]));
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(DIST, { recursive: true, force: true });
    return result.status ?? 1;
  }
  // The contract-file validator as ajv standalone code: reading contracts then loads no ajv.
  const schema = await import(join(DIST, 'contract/contract-file-schema.js'));
  writeFileSync(join(DIST, 'contract', schema.PRECOMPILED), schema.contractFileValidatorCode());
  const files = [...SETTINGS, ...[...compiled(DIST)].map(sourceOf).sort()];
  const sources = Object.fromEntries(files.map((file) => [file, before.get(file) ?? 'unknown']));
  writeFileSync(STAMP, `${JSON.stringify({ builtAt, sources }, null, 2)}\n`);
  return 0;
}

/**
 * Why dist/ may not run: `dist/ is missing`, or the sources that differ from what was compiled
 * (changed or gone). Empty when it may. A source whose modification time is not after the build
 * is taken as compiled (a stat each, ~1 ms for the CLI); a newer one is hashed, so a checkout that
 * only touched files keeps the compiled CLI. `hash: true` hashes every source (the test does).
 */
export function staleSources({ hash = false } = {}) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return ['dist/ is missing'];
  }
  const stale = [];
  for (const [file, digest] of Object.entries(stamp.sources)) {
    const path = join(ROOT, file);
    let modified;
    try {
      modified = statSync(path).mtimeMs;
    } catch {
      stale.push(`${file} is gone`);
      continue;
    }
    if ((hash || modified > stamp.builtAt) && sha256(path) !== digest) stale.push(`${file} changed`);
  }
  return stale;
}

if (process.argv[1] === import.meta.filename) process.exitCode = await buildCli();
