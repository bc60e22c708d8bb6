// A whole recordings folder, read as untrusted input (read-recording-file.ts): every recording
// by name, the manifest, and a coded line for each file that could not be used.
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { MANIFEST_FILE, parseManifest, type RecordingManifest } from './recording-manifest.ts';
import { parseRecording, type RecordedExchange } from './recording-file.ts';
import { readRecordingJson } from './read-recording-file.ts';

export interface RecordingsFolder {
  recordings: Map<string, RecordedExchange[]>;
  manifest?: RecordingManifest;
  problems: string[];
}

export function readRecordingsFolder(dir: string): RecordingsFolder {
  const folder: RecordingsFolder = { recordings: new Map(), problems: [] };
  const manifest = readRecordingJson(dir, MANIFEST_FILE);
  if (manifest.kind === 'json') {
    const parsed = parseManifest(manifest.json);
    if (parsed.ok) folder.manifest = parsed.manifest;
    else folder.problems.push(`${manifest.file}: ${parsed.message} [RECORDING_MANIFEST_INVALID]`);
  } else if (manifest.kind === 'problem') folder.problems.push(manifest.problem.message);
  for (const name of listRecordings(dir)) {
    const read = readRecordingJson(dir, `${name}.json`);
    if (read.kind === 'problem') folder.problems.push(read.problem.message);
    if (read.kind !== 'json') continue;
    const parsed = parseRecording(read.json);
    if (parsed.ok) folder.recordings.set(name, parsed.exchanges);
    else folder.problems.push(`${read.file}: ${parsed.message} [${parsed.code}]`);
  }
  return folder;
}

/** Every recording's name (its path without `.json`), the manifest and hidden files aside. */
export function listRecordings(dir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return files
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.json') && file !== MANIFEST_FILE && !file.split('/').some((part) => part.startsWith('.')))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}
