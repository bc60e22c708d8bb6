// Whether the run that wrote a journal is still going: written on this machine by a process
// that still exists. A sweep leaves such a run's journal and marked entities alone, so it never
// deletes from under a run in progress. (Another machine's run cannot be told apart: the
// scheduled workflow never runs two against one tenant at once.)
import { hostname } from 'node:os';
import type { JournalHeader } from './journal-records.ts';

export function runIsGoing(header: Pick<JournalHeader, 'host' | 'pid'>): boolean {
  if (header.host !== hostname()) return false;
  try {
    process.kill(header.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it is only someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
