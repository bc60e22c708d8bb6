// An interrupted run (Ctrl-C, a CI job cancelled with SIGTERM) must still delete what it
// created. The handler runs the cleanup, then lets the signal take its ordinary course.
export type Detach = () => void;

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export function cleanupOnInterrupt(cleanup: () => Promise<unknown>): Detach {
  const handler = (signal: NodeJS.Signals): void => {
    detach();
    void cleanup()
      .catch(() => undefined)
      .finally(() => {
        // With no other listener left, re-raising gives the default exit (status 128 + signal).
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
  };
  const detach: Detach = () => SIGNALS.forEach((signal) => process.off(signal, handler));
  SIGNALS.forEach((signal) => process.on(signal, handler));
  return detach;
}
