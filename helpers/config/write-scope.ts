// GRAPH_WRITE_SCOPE: where a tenant run may create. Outside Intune a create can reach people
// (a Teams message, mail, an invitation, a call, a licensed user), so the default is Intune's two
// roots; a team opts a prefix in by listing it. Read here, applied by the tenant target.
import { splitList } from './env-readers.ts';
import { envVariable } from './env-variables.ts';

/** Path prefixes, each starting with `/`; a bad one is a problem naming it. */
export function readWriteScope(text: string, problems: string[]): string[] {
  const variable = envVariable('GRAPH_WRITE_SCOPE').value;
  const written = text === '' && variable.kind === 'text' ? variable.default ?? '' : text;
  const prefixes = splitList(written);
  const bad = prefixes.filter((prefix) => !/^\/[^\s?#]*$/.test(prefix));
  if (bad.length > 0) problems.push(`GRAPH_WRITE_SCOPE holds ${bad.map((prefix) => `"${prefix}"`).join(', ')}: expected path prefixes starting with "/" (e.g. "/deviceManagement,/groups"), separated by commas.`);
  if (prefixes.length === 0) problems.push('GRAPH_WRITE_SCOPE lists no path prefix: leave it unset for Intune\'s (/deviceManagement, /deviceAppManagement), or list the prefixes a run may create under.');
  return prefixes.filter((prefix) => !bad.includes(prefix)).map((prefix) => (prefix.length > 1 ? prefix.replace(/\/+$/, '') : prefix));
}
