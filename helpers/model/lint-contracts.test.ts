import { describe, expect, it } from 'vitest';
import { WIDGET_CSDL, widgetContract } from '../testing/widget-model.ts';
import { lintContracts } from './lint-contracts.ts';
import { readCsdl } from './read-csdl.ts';

const global = readCsdl(WIDGET_CSDL, 'global.xml');
// A cloud that has not caught up: no displayName, and no workshop singleton.
const usgov = readCsdl(WIDGET_CSDL.replace('<Property Name="displayName" Type="Edm.String" />', '').replace('<Singleton Name="workshop" Type="microsoft.graph.workshop" />', ''), 'usgov.xml');

describe('lintContracts', () => {
  const result = lintContracts([widgetContract()], [{ label: 'global', model: global }, { label: 'usgov', model: usgov }]);

  it('merges a finding every model gives into one naming them all', () => {
    expect(result.findings.filter((finding) => finding.code === 'FLAGS_ENUM')).toEqual([expect.objectContaining({ models: ['global', 'usgov'], message: expect.not.stringContaining('(in ') })]);
  });

  it('says in which clouds a property or path is missing', () => {
    expect(result.findings.find((finding) => finding.code === 'PROPERTY_NOT_IN_MODEL')).toMatchObject({ property: 'displayName', models: ['usgov'], message: expect.stringMatching(/\(in usgov; not in global\)$/) });
    expect(result.findings.find((finding) => finding.code === 'POST_PATH_UNRESOLVED')).toMatchObject({ models: ['usgov'], message: expect.stringContaining('/workshop/widgets') });
  });

  it('keeps a matrix row per contract with each cloud', () => {
    expect(result.matrix).toEqual([{ file: 'pages/widget-create.md', resource: 'widget', apiVersion: 'v1.0', models: {
      global: { entityType: true, pathsResolved: 2, pathsTotal: 2 },
      usgov: { entityType: true, pathsResolved: 1, pathsTotal: 2 },
    } }]);
  });

  it('lints a contract only with the models of its version, and lists the others as not linted', () => {
    const versioned = lintContracts([widgetContract(), widgetContract({ apiVersion: 'beta' })], [{ label: 'v1', version: 'v1.0', model: global }]);
    expect(versioned.matrix.map((row) => row.apiVersion)).toEqual(['v1.0']);
    expect(versioned.notLinted).toEqual([{ file: 'pages/widget-create.md', apiVersion: 'beta' }]);
  });
});
