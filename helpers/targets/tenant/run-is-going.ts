// Whether the run that wrote a journal is still going: written on this machine by a process
// that still exists. A sweep leaves such a run's journal and marked entities alone, so it never
// deletes from under a run in progress. (Another machine's run cannot be told apart: the
// scheduled workflow never runs two against one tenant at once.)
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { JournalHeader } from './journal-records.ts';

export function runIsGoing(header: Pick<JournalHeader, 'host' | 'pid'>): boolean {
  if (header.host !== hostname()) return false;
  try {
    process.kill(header.pid, 0);
  } catch (error) {
    // EPERM: the process exists, it is only someone else's.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(header.pid);
}

/**
 * A killed run whose parent was killed with it can linger as a zombie until something reaps it
 * (in a container nothing may): it answers signal 0 but runs no more. Linux says so in
 * /proc/<pid>/stat (state Z or X after the command name); elsewhere the process is taken as alive.
 */
function isZombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state === 'Z' || state === 'X';
}
