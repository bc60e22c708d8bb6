import { describe, expect, it } from 'vitest';
import { describeProperty, type DescriptionFacts } from './property-description.ts';
import { stripInlineMarkdown } from './inline-text.ts';

// Input is a description cell as a page has it; markup is stripped first, as the table reader
// does, so backticked and plain spellings must give the same facts.

const cases: Array<[string, { given: string; want: DescriptionFacts }]> = [
  ['plain sentence', { given: 'Name people see.', want: { readOnly: false } }],
  ['backticked enum values', { given: 'Colour. Possible values are: `red`, `green`, `blue`.', want: { readOnly: false, enumValues: ['red', 'green', 'blue'] } }],
  ['plain enum values', { given: 'Colour. Possible values are: red, green, blue.', want: { readOnly: false, enumValues: ['red', 'green', 'blue'] } }],
  ['"and" before the last value (Oxford comma)', { given: 'Possible values are: small, large, and huge.', want: { readOnly: false, enumValues: ['small', 'large', 'huge'] } }],
  ['"or" before the last value', { given: 'Possible values are: `on`, `off`, or `auto`.', want: { readOnly: false, enumValues: ['on', 'off', 'auto'] } }],
  ['"and" before the last value without a serial comma', { given: 'Possible values are: small, large and huge.', want: { readOnly: false, enumValues: ['small', 'large', 'huge'] } }],
  ['two values joined by "or"', { given: 'Possible values are: `on` or `off`.', want: { readOnly: false, enumValues: ['on', 'off'] } }],
  ['a coded label with "and" stays one value', { given: 'Possible values are: 0 - Read and write, 1 - Full control.', want: { readOnly: false, enumValues: ['0', '1'] } }],
  ['prose with "and" after the list is not a value', { given: 'Possible values are: small, large and any size the admin types.', want: { readOnly: false, enumValues: ['small'] } }],
  ['values without spaces after commas', { given: 'Possible values are: red,green,blue.', want: { readOnly: false, enumValues: ['red', 'green', 'blue'] } }],
  ['"Possible values include" without a colon, no final period', { given: 'Possible values include north, south', want: { readOnly: false, enumValues: ['north', 'south'] } }],
  ['unknownFutureValue is an ordinary member', { given: 'Possible values are: `none`, `some`, `unknownFutureValue`.', want: { readOnly: false, enumValues: ['none', 'some', 'unknownFutureValue'] } }],
  ['coded values 0 - `Not Ready` give their numbers', { given: 'State. Possible values are: 0 - `Not Ready`, 1 - `Ready`, 2 - `Shipped`.', want: { readOnly: false, enumValues: ['0', '1', '2'] } }],
  ['negative coded values', { given: 'Possible values are: -1 - `Unknown`, 0 - `None`.', want: { readOnly: false, enumValues: ['-1', '0'] } }],
  ['the same list twice is one list', { given: 'Size. Possible values are: `small`, `large`. Possible values are: `small`, `large`.', want: { readOnly: false, enumValues: ['small', 'large'] } }],
  ['a prose list, then the generated backticked list: the backticked one, the prose one reported', {
    given: 'Size. Possible values are: small, medium, large. Possible values are: `small`, `large`, `unknownFutureValue`.',
    want: { readOnly: false, enumValues: ['small', 'large', 'unknownFutureValue'], disagreeingValues: [['small', 'medium', 'large']] },
  }],
  ['the backticked list first, a prose list after it: still the backticked one', {
    given: 'Size. Possible values are: `small`, `large`. Possible values include small, large, huge.',
    want: { readOnly: false, enumValues: ['small', 'large'], disagreeingValues: [['small', 'large', 'huge']] },
  }],
  ['a list that is a subset of the other disagrees with it', {
    given: 'Possible values are: `on`, `off`. Possible values are: `on`, `off`, `auto`.',
    want: { readOnly: false, enumValues: ['on', 'off', 'auto'], disagreeingValues: [['on', 'off']] },
  }],
  ["single-quoted values", { given: "Channel. Possible values are: 'web', 'store', or 'phone'.", want: { readOnly: false, enumValues: ['web', 'store', 'phone'] } }],
  ['double-quoted values', { given: 'Possible values are: "web" and "store".', want: { readOnly: false, enumValues: ['web', 'store'] } }],
  ['"The possible values are:"', { given: 'Kind. The possible values are: `a`, `b`.', want: { readOnly: false, enumValues: ['a', 'b'] } }],
  ['the list ends at its sentence', { given: 'Mode. Possible values are: `off`, `on`. Default is off.', want: { readOnly: false, enumValues: ['off', 'on'] } }],
  ['prose after "Possible values are" is not an enum', { given: 'Possible values are any text the admin types.', want: { readOnly: false } }],
  ['Read-only.', { given: 'Key of the widget. Read-only.', want: { readOnly: true } }],
  ['read only, lower case with a space', { given: 'This is read only and set by the service.', want: { readOnly: true } }],
  ['"readonly"', { given: 'Readonly property.', want: { readOnly: true } }],
  ['"Valid values X to Y"', { given: 'How often it spins. Valid values 1 to 12', want: { readOnly: false, minimum: 1, maximum: 12 } }],
  ['"Valid values from X to Y." with a period', { given: 'Valid values from 0 to 100.', want: { readOnly: false, minimum: 0, maximum: 100 } }],
  ['"Valid values X through Y" with negatives', { given: 'Valid values -5 through 5', want: { readOnly: false, minimum: -5, maximum: 5 } }],
  ['fractional range', { given: 'Valid values 0.5 to 1.5', want: { readOnly: false, minimum: 0.5, maximum: 1.5 } }],
  ['the Int32 range restated', { given: 'Valid values -2147483648 to 2147483647', want: { readOnly: false, minimum: -2147483648, maximum: 2147483647 } }],
  ['a rounded double range is no bound', { given: 'Valid values -1.79769313486232E+308 to 1.79769313486232E+308', want: { readOnly: false } }],
  ['"Inherited from X"', { given: 'Key. Inherited from [widgetBase](../resources/widgetbase.md)', want: { readOnly: false, inheritedFrom: 'widgetBase' } }],
  ['"Inherited from X." with a period', { given: 'Key. Inherited from widgetBase.', want: { readOnly: false, inheritedFrom: 'widgetBase' } }],
  ['all facts in one cell', {
    given: 'State. Inherited from [widgetBase](../resources/widgetbase.md). Possible values are: 0 - `Off`, 1 - `On`. Valid values 0 to 1. Read-only.',
    want: { readOnly: true, inheritedFrom: 'widgetBase', enumValues: ['0', '1'], minimum: 0, maximum: 1 },
  }],
  ['HTML entities decoded before reading', { given: 'Send &lt;token&gt; here. Read&#45;only. Possible values are: `none`, `all`.', want: { readOnly: true, enumValues: ['none', 'all'] } }],
];

describe('describeProperty', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(describeProperty(stripInlineMarkdown(given), given)).toEqual(want);
  });

  it('plain text has no backticks: the last list is taken (the generated one comes last)', () => {
    const plain = 'Size. Possible values are: small, large. Possible values include small, large, huge.';
    expect(describeProperty(plain)).toMatchObject({ enumValues: ['small', 'large', 'huge'], disagreeingValues: [['small', 'large']] });
  });
});
