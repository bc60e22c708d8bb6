// Peak resident memory of a process and all its descendants (vitest's main process plus
// its workers), sampled from /proc. Linux only; elsewhere it reports undefined.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface RssSampler {
  stop(): number | undefined;
}

export function sampleTreeRss(rootPid: number, everyMs = 20): RssSampler {
  if (!existsSync('/proc/self/status')) return { stop: () => undefined };
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssBytes(rootPid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

function treeRssBytes(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      parents.set(Number(entry), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // The process ended between readdir and read.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p; p = parents.get(p)) {
      if (p === rootPid) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}
