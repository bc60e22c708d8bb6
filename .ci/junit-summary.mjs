// Prints the plain closing line CI reads ("N passed, N failed, N skipped") from a run's JUnit
// report: `node .ci/junit-summary.mjs [file] [label]`.
import { readFileSync } from 'node:fs';

const xml = readFileSync(process.argv[2] ?? 'reports/junit.xml', 'utf8');
const sum = (name) => [...xml.matchAll(new RegExp(`<testsuite\\s[^>]*\\s${name}="(\\d+)"`, 'g'))]
  .reduce((total, match) => total + Number(match[1]), 0);
const failed = sum('failures') + sum('errors');
const skipped = sum('skipped');
const label = process.argv[3] ? `${process.argv[3]}: ` : '';
console.log(`${label}${sum('tests') - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
