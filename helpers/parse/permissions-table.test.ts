import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown-blocks.ts';
import { textBlocks } from './text-blocks.ts';
import { parsePermissionsTable } from './permissions-table.ts';
import { ProblemLog } from '../foundation/diagnostics.ts';
import type { PagePermissions } from './page-model.ts';

// A permissions table alone, in markdown or plain text, read into permissions per type (least
// privileged first). `blocks` turns the table text into the dialect's blocks.

const LEAST_FIRST_MD = '|Permission type|Permissions (from least to most privileged)|\n|:---|:---|';
const MOST_FIRST_MD = '|Permission type|Permissions (from most to least privileged)|\n|:---|:---|';
const LEAST_FIRST_TEXT = 'Title line\n\nPermission type Permissions (from least to most privileged)';
const MOST_FIRST_TEXT = 'Title line\n\nPermission type Permissions (from most to least privileged)';

interface Case {
  given: { dialect: 'md' | 'text'; table: string };
  want: { permissions: PagePermissions | undefined; problems?: Array<{ code: string; line?: number }> };
}

const cases: Array<[string, Case]> = [
  ['md: comma list, "Not supported." is empty', {
    given: { dialect: 'md', table: `${LEAST_FIRST_MD}
|Delegated (work or school account)|Widgets.Read.All, Widgets.ReadWrite.All|
|Delegated (personal Microsoft account)|Not supported.|
|Application|Widgets.ReadWrite.All|` },
    want: { permissions: { delegatedWork: ['Widgets.Read.All', 'Widgets.ReadWrite.All'], delegatedPersonal: [], application: ['Widgets.ReadWrite.All'] } },
  }],
  ['md: "(from most to least privileged)" is reversed', {
    given: { dialect: 'md', table: `${MOST_FIRST_MD}
|Delegated (work or school account) | Widgets.ReadWrite.All, Widgets.Read.All |
|Delegated (personal Microsoft account) | Widgets.Read.All |
|Application | Not supported. |` },
    want: { permissions: { delegatedWork: ['Widgets.Read.All', 'Widgets.ReadWrite.All'], delegatedPersonal: ['Widgets.Read.All'], application: [] } },
  }],
  ['md: scenario sub-rows under an empty type row belong to that type', {
    given: { dialect: 'md', table: `${MOST_FIRST_MD}
|Delegated (work or school account)||
| &nbsp; &nbsp; **Gadgets** | Gadgets.ReadWrite.All|
| &nbsp; &nbsp; **Policy Set** | Widgets.ReadWrite.All, Gadgets.ReadWrite.All|
|Delegated (personal Microsoft account)|Not supported.|
|Application||
| &nbsp; &nbsp; **Gadgets** | Gadgets.ReadWrite.All|` },
    want: { permissions: { delegatedWork: ['Widgets.ReadWrite.All', 'Gadgets.ReadWrite.All'], delegatedPersonal: [], application: ['Gadgets.ReadWrite.All'] } },
  }],
  ['md: bold type labels and links in cells', {
    given: { dialect: 'md', table: `${LEAST_FIRST_MD}
|**Delegated (work or school account)**|[Widgets.Read.All](https://example.test/p)|
|Delegated (personal Microsoft account)|Not supported.|
|Application|Not supported.|` },
    want: { permissions: { delegatedWork: ['Widgets.Read.All'], delegatedPersonal: [], application: [] } },
  }],
  ['md: a sub-row before any type row is a defect at its line', {
    given: { dialect: 'md', table: `${LEAST_FIRST_MD}
|Gadgets|Gadgets.ReadWrite.All|
|Application|Widgets.ReadWrite.All|` },
    want: { permissions: { delegatedWork: [], delegatedPersonal: [], application: ['Widgets.ReadWrite.All'] }, problems: [{ code: 'BAD_PERMISSION_ROW', line: 3 }] },
  }],
  ['md: no table at all', {
    given: { dialect: 'md', table: 'One of these permissions is needed.' },
    want: { permissions: undefined, problems: [{ code: 'NO_PERMISSIONS_TABLE' }] },
  }],
  ['text: comma list, "Not supported." is empty', {
    given: { dialect: 'text', table: `${LEAST_FIRST_TEXT}
Delegated (work or school account) Widgets.Read.All, Widgets.ReadWrite.All
Delegated (personal Microsoft account) Not supported.
Application Widgets.ReadWrite.All` },
    want: { permissions: { delegatedWork: ['Widgets.Read.All', 'Widgets.ReadWrite.All'], delegatedPersonal: [], application: ['Widgets.ReadWrite.All'] } },
  }],
  ['text: "(from most to least privileged)" is reversed', {
    given: { dialect: 'text', table: `${MOST_FIRST_TEXT}
Delegated (work or school account) Widgets.ReadWrite.All, Widgets.Read.All
Delegated (personal Microsoft account) Not supported.
Application Not supported.` },
    want: { permissions: { delegatedWork: ['Widgets.Read.All', 'Widgets.ReadWrite.All'], delegatedPersonal: [], application: [] } },
  }],
  ['text: scenario sub-rows under a bare type line', {
    given: { dialect: 'text', table: `${MOST_FIRST_TEXT}
Delegated (work or school account)
Gadgets Gadgets.ReadWrite.All
Policy Set Widgets.ReadWrite.All, Gadgets.ReadWrite.All
Delegated (personal Microsoft account) Not supported.
Application
Gadgets Gadgets.ReadWrite.All` },
    want: { permissions: { delegatedWork: ['Widgets.ReadWrite.All', 'Gadgets.ReadWrite.All'], delegatedPersonal: [], application: ['Gadgets.ReadWrite.All'] } },
  }],
  ['md: a hyphenated scope is one permission, whole', {
    given: { dialect: 'md', table: `${LEAST_FIRST_MD}
|Delegated (work or school account)|User-LifeCycleInfo.ReadWrite.All, Widgets.ReadWrite.All|
|Delegated (personal Microsoft account)|Not supported.|
|Application|User-LifeCycleInfo.ReadWrite.All|` },
    want: { permissions: { delegatedWork: ['User-LifeCycleInfo.ReadWrite.All', 'Widgets.ReadWrite.All'], delegatedPersonal: [], application: ['User-LifeCycleInfo.ReadWrite.All'] } },
  }],
  ['md: footnote marks are no part of a name, lower-case scopes are names, "Not supported" is none', {
    given: { dialect: 'md', table: `${LEAST_FIRST_MD}
|Delegated (work or school account)|gizmoTeam.Read.All, Gizmo.ReadWrite|
|Delegated (personal Microsoft account|Not supported|
|Application|Gizmo.ReadWrite.Workshop*, Gizmo.ReadWrite.All†|` },
    want: { permissions: { delegatedWork: ['gizmoTeam.Read.All', 'Gizmo.ReadWrite'], delegatedPersonal: [], application: ['Gizmo.ReadWrite.Workshop', 'Gizmo.ReadWrite.All'] } },
  }],
];

describe('parsePermissionsTable', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    const log = new ProblemLog('widget.md');
    const blocks = given.dialect === 'md' ? markdownBlocks(given.table) : textBlocks(given.table);
    expect(parsePermissionsTable(blocks, log)).toEqual(want.permissions);
    expect(log.problems).toMatchObject(want.problems ?? []);
  });
});
