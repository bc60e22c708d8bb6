// JUnit XML for CI, in the layout of vitest's built-in `junit` reporter (testsuite per file,
// testcase per test named "describe > test", <failure>, <skipped/>), built in memory and
// written once (the contract reporter writes it with the run's other reports; this class is for
// a run that wants JUnit alone). The built-in one awaits a file write per XML line: 0.9 s of a 5 s corpus run
// (6,225 tests), against ~20 ms for this one. Console output is not copied in: the contract
// specs log nothing, and the checks' own failure messages carry the evidence.
import { hostname } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { escapeUTF8 } from 'entities';
import type { Reporter, TestModule } from 'vitest/node';
import type { JudgedAgainst } from '../targets/judged-against.ts';
import { commitReportFiles } from './report-files.ts';

export interface JUnitReporterOptions {
  outputFile?: string;
  suiteName?: string;
}

interface Counts {
  tests: number;
  failures: number;
  skipped: number;
}

/** What the XML needs of one test file, apart from vitest's classes so it can be tested as data. */
export interface JUnitFile {
  file: string;
  durationMs: number;
  tests: JUnitTest[];
}

export interface JUnitTest {
  /** "describe > test", as vitest's reporter names testcases. */
  name: string;
  state: 'passed' | 'failed' | 'skipped';
  durationMs: number;
  errors: JUnitError[];
  /** Why it was skipped (`ctx.skip(note)`): for a contract check, the expected failure it stands for. */
  skipMessage?: string;
  /** `<properties>` of the testcase: for a contract check, its path's outcome class and expectation. */
  properties?: Record<string, string>;
}

export interface JUnitError {
  message?: string;
  name?: string;
  stack?: string;
  diff?: string;
}

export default class JUnitReporter implements Reporter {
  private readonly outputFile: string;
  private readonly suiteName: string;

  constructor(options: JUnitReporterOptions = {}) {
    this.outputFile = resolve(options.outputFile ?? 'reports/junit.xml');
    this.suiteName = options.suiteName ?? 'vitest tests';
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const xml = renderJUnit(testModules.map(toJUnitFile), this.suiteName, new Date(), hostname());
    commitReportFiles(dirname(this.outputFile), [{ name: basename(this.outputFile), content: xml }]);
  }
}

export function toJUnitFile(module: TestModule): JUnitFile {
  const tests: JUnitTest[] = [];
  for (const test of module.children.allTests()) {
    const result = test.result();
    const state = result.state === 'pending' ? 'skipped' : result.state;
    const entry: JUnitTest = { name: test.fullName, state, durationMs: test.diagnostic()?.duration ?? 0, errors: result.state === 'failed' ? [...result.errors] : [] };
    if (result.state === 'skipped' && result.note) entry.skipMessage = result.note;
    const check = test.meta().contractCheck;
    if (check?.classified) {
      entry.properties = { outcome: check.classified.outcome, ...(check.classified.code ? { code: check.classified.code } : {}), ...(check.expectation ? { expectation: check.expectation.expectation } : {}), ...(check.read ? { readUrl: check.read.url, appearedAfterMs: String(check.read.appearedAfterMs) } : {}) };
    }
    if (check?.identity.judgedAgainst) entry.properties = { ...entry.properties, ...judgedProperties(check.identity.judgedAgainst) };
    tests.push(entry);
  }
  // Errors outside any test (a failing beforeAll/afterAll, a file that did not load) would
  // otherwise vanish from the report: each holder becomes a failed testcase of its own.
  const holders = [...[...module.children.allSuites()].map((suite) => ({ name: suite.fullName, errors: suite.errors() })), { name: module.relativeModuleId, errors: module.errors() }];
  for (const { name, errors } of holders) {
    if (errors.length > 0) tests.push({ name, state: 'failed', durationMs: 0, errors });
  }
  return { file: module.relativeModuleId, durationMs: module.diagnostic().duration, tests };
}

/** On a replay: `judgedAgainst` (recorded, generated, not-recorded), the recording's date, the request fields that differ. */
function judgedProperties(judged: JudgedAgainst): Record<string, string> {
  if (judged.kind !== 'recorded') return { judgedAgainst: judged.kind, judgedWhy: judged.why };
  return {
    judgedAgainst: judged.skippedWhenRecorded ? 'recorded (skipped then)' : 'recorded',
    ...(judged.recordedAt ? { recordedAt: judged.recordedAt } : {}),
    ...(judged.requestDiffers?.length ? { requestDiffers: judged.requestDiffers.map((d) => `${d.field} (${d.change})`).join(', ') } : {}),
  };
}

/** The whole document. */
export function renderJUnit(files: readonly JUnitFile[], suiteName: string, now: Date, host: string): string {
  const total: Counts = { tests: 0, failures: 0, skipped: 0 };
  let totalMs = 0;
  const suites = files.map(({ file, durationMs, tests }) => {
    const counts: Counts = {
      tests: tests.length,
      failures: tests.filter((test) => test.state === 'failed').length,
      skipped: tests.filter((test) => test.state === 'skipped').length,
    };
    total.tests += counts.tests;
    total.failures += counts.failures;
    total.skipped += counts.skipped;
    totalMs += durationMs;
    const cases = tests.map((test) => element('testcase', { classname: file, name: test.name, time: seconds(test.durationMs) }, testBody(test))).join('');
    return element('testsuite', { name: file, timestamp: now.toISOString(), hostname: host, ...counts, errors: 0, time: seconds(durationMs) }, cases);
  });
  const root = element('testsuites', { name: suiteName, tests: total.tests, failures: total.failures, skipped: total.skipped, errors: 0, time: seconds(totalMs) }, suites.join(''));
  return `<?xml version="1.0" encoding="UTF-8" ?>\n${root}`;
}

function testBody(test: JUnitTest): string {
  const properties = test.properties ? element('properties', {}, Object.entries(test.properties).map(([name, value]) => element('property', { name, value }, '')).join('')) : '';
  if (test.state === 'skipped') return properties + element('skipped', test.skipMessage ? { message: test.skipMessage } : {}, '');
  return properties + test.errors.map(renderFailure).join('');
}

function renderFailure(error: JUnitError): string {
  const text = [error.message, error.diff, projectFrames(error.stack)].filter((part): part is string => Boolean(part)).join('\n\n');
  return element('failure', { message: error.message ?? '', type: error.name ?? 'Error' }, escapeXml(text) + '\n');
}

/** The stack's frames in the project's own code: its first line repeats the message, and vitest's frames say nothing. */
function projectFrames(stack: string | undefined): string {
  return (stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line) && !line.includes('node_modules') && !line.includes('<anonymous>'))
    .join('\n');
}

function element(name: string, attributes: Record<string, string | number>, body: string): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join('');
  return body === '' ? `<${name}${attrs}/>\n` : `<${name}${attrs}>\n${body}</${name}>\n`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

// XML 1.0 allows tab, newline, carriage return and the characters from U+0020 up (minus the
// surrogate code points and U+FFFE/U+FFFF); ANSI colour codes are stripped before.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return escapeUTF8(stripVTControlCharacters(text).replace(NOT_XML_CHAR, ''));
}

// A parser normalises a raw tab, newline or carriage return in an attribute value to a space
// (XML 1.0 section 3.3.3), so a multi-line failure message would arrive on one line: as
// character references they survive.
const ATTRIBUTE_WHITESPACE: Record<string, string> = { '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/[\t\n\r]/g, (char) => ATTRIBUTE_WHITESPACE[char]!);
}
