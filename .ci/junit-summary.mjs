// Prints the plain closing line CI reads ("N passed, N failed, N skipped") from vitest's JUnit report.
import { readFileSync } from 'node:fs';

const xml = readFileSync(process.argv[2] ?? 'reports/junit.xml', 'utf8');
const sum = (name) => [...xml.matchAll(new RegExp(`<testsuite\\s[^>]*\\s${name}="(\\d+)"`, 'g'))]
  .reduce((total, match) => total + Number(match[1]), 0);
const failed = sum('failures') + sum('errors');
const skipped = sum('skipped');
console.log(`${sum('tests') - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
