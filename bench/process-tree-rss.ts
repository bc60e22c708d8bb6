// Peak resident memory of a process and all its descendants (vitest's main process plus
// its workers), sampled from /proc. Linux only; elsewhere it reports undefined.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface RssPeaks {
  /** The most the whole tree held at one moment. */
  tree: number;
  /** The most any one process of the tree held (what `/usr/bin/time` reports). */
  largestProcess: number;
}

export interface RssSampler {
  stop(): RssPeaks | undefined;
}

export function sampleTreeRss(rootPid: number, everyMs = 20): RssSampler {
  if (!existsSync('/proc/self/status')) return { stop: () => undefined };
  const peak: RssPeaks = { tree: 0, largestProcess: 0 };
  const timer = setInterval(() => {
    const sample = treeRssBytes(rootPid);
    peak.tree = Math.max(peak.tree, sample.tree);
    peak.largestProcess = Math.max(peak.largestProcess, sample.largestProcess);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

function treeRssBytes(rootPid: number): RssPeaks {
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
  const sample: RssPeaks = { tree: 0, largestProcess: 0 };
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p; p = parents.get(p)) {
      if (p === rootPid) {
        sample.tree += bytes;
        sample.largestProcess = Math.max(sample.largestProcess, bytes);
        break;
      }
    }
  }
  return sample;
}
