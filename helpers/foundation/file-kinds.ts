// Which files are doc pages and which are contracts, by name alone: build and check read the
// one, the gate, diff and lint the other, and each names a folder of the wrong kind by these.

export function isPageFile(name: string): boolean {
  return /\.(md|txt)$/i.test(name);
}

export function isContractFile(name: string): boolean {
  return name.endsWith('.json');
}
