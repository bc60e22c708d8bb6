// The `tool` every SARIF log of the CLI names (build, lint, diff), with where this project's
// docs/ are published: each rule's help links to the code's entry there. That address is the
// repository package.json names (npm's `repository` field), on GitHub: the project does not know
// where it is hosted until someone says so (`npm pkg set repository=github:owner/graph-contracts`).
import { packageRepository, packageVersion } from './package-version.ts';

const GITHUB = /^(?:github:|(?:git\+)?https:\/\/github\.com\/|git@github\.com:)?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/;

/** `https://github.com/<owner>/<name>/blob/HEAD/docs/` (GitHub's default branch) for a GitHub repository, else undefined. */
export function docsUrlOf(repository: unknown): string | undefined {
  const url = typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null && 'url' in repository && typeof repository.url === 'string' ? repository.url : undefined;
  const match = url ? GITHUB.exec(url.trim()) : null;
  if (!match) return undefined;
  // A package in a monorepo names its folder (`directory`); its docs/ are there.
  const directory = typeof repository === 'object' && repository !== null && 'directory' in repository && typeof repository.directory === 'string' ? repository.directory.replace(/^\/+|\/+$/g, '') : '';
  return `https://github.com/${match[1]}/${match[2]}/blob/HEAD/${directory ? `${directory}/` : ''}docs/`;
}

const docsUrl = docsUrlOf(packageRepository());

export const TOOL = { name: 'graph-contracts', version: packageVersion(), informationUri: 'https://learn.microsoft.com/graph/api/overview', ...(docsUrl ? { docsUrl } : {}) };
