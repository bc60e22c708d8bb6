// vitest globalSetup of the unit project: without ../shared, one line at the start of the run
// says what is missing and where; each test that needs it is skipped naming the same line.
import { sharedData } from './shared-data.ts';

export default function announceMissingSharedData(): void {
  const { missing } = sharedData([]);
  if (missing) console.warn(`\n${missing}. The tests that need it are skipped, each naming this.\n`);
}
