// vitest's default reporter, with the contract spec readable in a CI log. There (no TTY, or
// several files) vitest prints no suite lines, only each test of a failed file by its own name:
// 6,224 bare `status`, `json`, `echo`, `id` lines for a 1,556-path run, none saying which
// contract or path. For the contract spec this prints one line per path that did not pass
// instead, named as its describe block is (`<contract> <path>`), with the checks that failed and
// the path's code: `× beta/intune-x-create /x: status, json, echo, id failed [Forbidden]`.
// Passing paths are counted on the file's line, as vitest does. Where vitest prints the whole
// tree (one file in a terminal) it is left as it is: each check sits under its path there.
import { styleText } from 'node:util';
import type { TestCase, TestModule, TestSuite } from 'vitest/node';
import { DefaultReporter } from 'vitest/reporters';

type ModuleState = ReturnType<TestModule['state']>;

export default class ContractConsoleReporter extends DefaultReporter {
  protected override printTestSuite(testSuite: TestSuite): void {
    if (this.renderSucceed || !isContractSpec(testSuite.module)) {
      super.printTestSuite(testSuite);
      return;
    }
    const failed = [...testSuite.children.allTests()].filter((test) => test.result().state === 'failed');
    if (failed.length === 0) return;
    const code = failed.map((test) => test.meta().contractCheck?.classified?.code).find(Boolean);
    this.log(`   ${styleText('red', '×')} ${testSuite.name}: ${failed.map((test) => test.name).join(', ')} failed${code ? ` [${code}]` : ''}`);
  }

  protected override printTestCase(moduleState: ModuleState, test: TestCase): void {
    // A check of a path: its path's line above says it.
    if (!this.renderSucceed && isContractSpec(test.module) && test.parent.type === 'suite') return;
    super.printTestCase(moduleState, test);
  }
}

/** The contract gate's projects are `contracts` and, sharded, `contracts-<i>of<n>` (contract-projects.ts). */
function isContractSpec(module: TestModule): boolean {
  return /^contracts(-\d+of\d+)?$/.test(module.project.name);
}
