// What a user sees when .env holds a mistake: vitest loads vitest.config.ts, which resolves the
// configuration and throws one ConfigError. The user copies the README's .env block as it is,
// placeholders and all; the child run must print the list of problems once, naming each
// placeholder, with no stack trace and no second copy of the list, and exit non-zero.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { childEnvironment, PROJECT_ROOT, VITEST_BIN } from '../testing/child-vitest.ts';

test("the README's .env block, placeholders left in, stops the run with the problem list printed once", () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const block = /```dotenv\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(block, 'README.md has a ```dotenv block').toBeDefined();
  const envFile = join(mkdtempSync(join(tmpdir(), 'gc-config-error-')), '.env');
  writeFileSync(envFile, block!);
  const child = spawnSync(process.execPath, [VITEST_BIN, 'run', '--project', 'unit', 'helpers/foundation/count-noun.test.ts'], {
    cwd: PROJECT_ROOT,
    env: childEnvironment({ GRAPH_ENV_FILE: envFile }),
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = child.stdout + child.stderr;
  expect(child.status, output).not.toBe(0);
  const occurrences = (text: string) => output.split(text).length - 1;
  expect(occurrences('The run configuration has 4 problems:'), output).toBe(1);
  for (const name of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'GRAPH_ALLOWED_TENANTS']) {
    expect(occurrences(`  - ${name} still holds the README's placeholder`), output).toBe(1);
  }
  expect(output, 'no stack trace').not.toMatch(/^\s+at /m);
  expect(output, 'the problems are not listed a second time as a property').not.toMatch(/^\s*problems: \[|code: 'CONFIG_INVALID'/m);
  expect(output, 'no test ran').not.toMatch(/Test Files/);
}, 70_000);
