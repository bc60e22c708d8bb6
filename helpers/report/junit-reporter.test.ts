import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { escapeXml, escapeXmlAttribute, renderJUnit, type JUnitFile } from './junit-reporter.ts';

const NOW = new Date('2026-11-23T10:00:00Z');

const files: JUnitFile[] = [
  {
    file: 'specs/contracts.spec.ts',
    durationMs: 1500,
    tests: [
      { name: 'widget /widgets > status', state: 'passed', durationMs: 2, errors: [] },
      { name: 'widget /widgets > echo', state: 'failed', durationMs: 3, errors: [{ name: 'AssertionError', message: 'echo: /name sent "a" received "b" <&>', diff: '- a\n+ b', stack: 'AssertionError: echo: /name\n    at assertCheck (/p/specs/contracts.spec.ts:76:62)\n    at /p/node_modules/@vitest/runner/dist/chunk.js:302:11\n    at new Promise (<anonymous>)' }] },
      { name: 'widget /widgets > id', state: 'skipped', durationMs: 0, errors: [] },
      { name: 'gadget /gadgets > status', state: 'skipped', durationMs: 0, errors: [], skipMessage: 'expected example-refused (BadRequest): placeholder GUID', properties: { outcome: 'example-refused', code: 'BadRequest', expectation: 'met' } },
      { name: 'specs/contracts.spec.ts', state: 'failed', durationMs: 0, errors: [{ message: 'cleanup failed' }] },
    ],
  },
  { file: 'helpers/a.test.ts', durationMs: 500, tests: [{ name: 'a', state: 'passed', durationMs: 1, errors: [] }] },
];

describe('renderJUnit', () => {
  const xml = renderJUnit(files, 'vitest tests', NOW, 'ci-host');

  test('counts per file and in total, as CI tools read them', () => {
    expect(xml).toContain('<testsuites name="vitest tests" tests="6" failures="2" skipped="2" errors="0" time="2.000">');
    expect(xml).toContain('<testsuite name="specs/contracts.spec.ts" timestamp="2026-11-23T10:00:00.000Z" hostname="ci-host" tests="5" failures="2" skipped="2" errors="0" time="1.500">');
    expect(xml).toContain('<testsuite name="helpers/a.test.ts" timestamp="2026-11-23T10:00:00.000Z" hostname="ci-host" tests="1" failures="0" skipped="0" errors="0" time="0.500">');
  });

  test('a testcase per test, named like vitest names it, with failure text and skips', () => {
    expect(xml).toContain('<testcase classname="specs/contracts.spec.ts" name="widget /widgets &gt; status" time="0.002"/>');
    expect(xml).toContain('<failure message="echo: /name sent &quot;a&quot; received &quot;b&quot; &lt;&amp;&gt;" type="AssertionError">');
    expect(xml).toContain('- a\n+ b\n\n    at assertCheck (/p/specs/contracts.spec.ts:76:62)\n</failure>');
    expect(xml).toMatch(/name="widget \/widgets &gt; id" time="0.000">\n<skipped\/>/);
    expect(xml).toContain('<failure message="cleanup failed" type="Error">');
  });

  test("an expected failure is a skip saying what was expected, with the path's class as properties", () => {
    expect(xml).toContain(
      '<testcase classname="specs/contracts.spec.ts" name="gadget /gadgets &gt; status" time="0.000">\n<properties>\n<property name="outcome" value="example-refused"/>\n<property name="code" value="BadRequest"/>\n<property name="expectation" value="met"/>\n</properties>\n<skipped message="expected example-refused (BadRequest): placeholder GUID"/>\n</testcase>',
    );
  });

  test('the document is balanced', () => {
    const opened = [...xml.matchAll(/<(testsuites|testsuite|testcase|failure|properties)[\s>]/g)].length;
    const selfClosed = [...xml.matchAll(/<(testcase|skipped)[^>]*\/>/g)].filter((m) => m[1] === 'testcase').length;
    const closed = [...xml.matchAll(/<\/(testsuites|testsuite|testcase|failure|properties)>/g)].length;
    expect(opened).toBe(closed + selfClosed);
  });
});

/**
 * saxes reads as the XML 1.0 spec says (it refuses a control character or a stray `<`, and
 * turns a raw newline in an attribute into a space, as CI tools' parsers do): well-formedness
 * and the failure messages; fast-xml-parser gives the document as data.
 */
function parseJUnit(xml: string) {
  const errors: string[] = [];
  const failureMessages: string[] = [];
  const strict = new SaxesParser();
  strict.on('error', (error) => errors.push(error.message));
  strict.on('opentag', (tag) => {
    if (tag.name === 'failure') failureMessages.push(String(tag.attributes.message));
  });
  strict.write(xml).close();
  const data = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, parseAttributeValue: false, isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) }).parse(xml) as {
    testsuites: { tests: string; failures: string; skipped: string; testsuite: Array<{ testcase: Array<{ name: string; failure?: Array<{ message: string; '#text': string }> }> }> };
  };
  return { errors, failureMessages, data };
}

describe('renderJUnit read back by XML parsers', () => {
  // What a failure can carry: a multi-line assertion, ANSI colours, a bare ESC, NUL, a lone
  // surrogate, markup and a CDATA terminator, all from a service or a page.
  const hostile = 'line one\nline two\r\n\tindented \u001b[31mred\u001b[39m bare\u001b esc nul\u0000 half\uD800 <tag a="b"> ]]> &amp;';
  const xml = renderJUnit([{ file: 'specs/contracts.spec.ts', durationMs: 1, tests: [
    { name: `widget /widgets > echo ${hostile}`, state: 'failed', durationMs: 1, errors: [{ name: 'AssertionError', message: hostile, stack: `AssertionError: x\n    at f (/p/specs/contracts.spec.ts:1:1)` }] },
    { name: 'widget /widgets > id', state: 'skipped', durationMs: 0, errors: [], skipMessage: `expected\n${hostile}` },
  ] }], 'vitest tests', NOW, 'ci-host');
  const { errors, failureMessages, data } = parseJUnit(xml);

  test('the document is well-formed XML 1.0', () => {
    expect(errors).toEqual([]);
  });

  test('the root counts tests, failures and skips', () => {
    expect(data.testsuites).toMatchObject({ tests: '2', failures: '1', skipped: '1' });
    const summed = parseJUnit(renderJUnit(files, 'vitest tests', NOW, 'ci-host')).data.testsuites;
    expect(summed).toMatchObject({ tests: '6', failures: '2', skipped: '2' });
  });

  test('a multi-line message keeps its lines in the attribute; control characters are gone, markup is text', () => {
    expect(failureMessages).toEqual(['line one\nline two\r\n\tindented red bare esc nul half <tag a="b"> ]]> &amp;']);
    expect(data.testsuites.testsuite[0]!.testcase[0]!.failure![0]!['#text']).toContain('line two');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe('escapeXml', () => {
  test.each([
    ['a < b & "c" \'d\' > e', 'a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e'],
    ['\u001b[31mred\u001b[39m', 'red'],
    ['bell\u0007 and nul\u0000 dropped, tab\tkept', 'bell and nul dropped, tab\tkept'],
  ])('%j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  test('in an attribute, tab, newline and carriage return are character references', () => {
    expect(escapeXmlAttribute('a\tb\nc\r\n"d"')).toBe('a&#9;b&#10;c&#13;&#10;&quot;d&quot;');
  });
});
