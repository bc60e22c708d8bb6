// Runs the CLI in-process with captured output, for the command tests.
import { Writable } from 'node:stream';
import { main } from '../cli/main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) => new Writable({ write(chunk, _encoding, done) { append(String(chunk)); done(); } });
  const code = await main(args, { out: sink((text) => { stdout += text; }), err: sink((text) => { stderr += text; }) });
  return { code, stdout, stderr };
}
