// WCAG AA for the HTML report's text: every colour the stylesheet declares, against the
// background it sits on, has a contrast ratio of at least 4.5:1 (WCAG 2.2, 1.4.3). The background
// is the rule's own, else the one its ancestor's rule declares (`.tile.failed.some b` on
// `.tile.failed.some`, `.tile.passed b` on `.tile`), else each surface text sits on: the page and
// the bar (also the groups' summaries).
import { describe, expect, test } from 'vitest';
import { REPORT_STYLE } from './html-assets.ts';

const AA = 4.5;
const BODY_TEXT = /body\{[^}]*?[;{]color:(#[0-9a-f]{3,6})/i.exec(REPORT_STYLE)?.[1] ?? '';

interface CssRule { selector: string; color?: string; background?: string }

const rules: CssRule[] = [...REPORT_STYLE.matchAll(/([^{}]+)\{([^}]*)\}/g)].flatMap(([, selectors = '', body = '']) => {
  const color = /(?:^|;)color:(#[0-9a-f]{3,6})/i.exec(body)?.[1];
  const background = /(?:^|;)background:(#[0-9a-f]{3,6})/i.exec(body)?.[1];
  return selectors.split(',').map((selector) => ({ selector: selector.trim(), ...(color ? { color } : {}), ...(background ? { background } : {}) }));
});
const SURFACES = ['body', '.bar'].map((selector) => rules.find((rule) => rule.selector === selector)?.background ?? '#fff');

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Where a rule's text sits: its own background, its ancestor compound's, or every surface. */
function backgroundsOf(rule: CssRule): string[] {
  if (rule.background) return [rule.background];
  const ancestor = rule.selector.split(/\s+|>/).slice(0, -1).join(' ').trim();
  // `.tile.passed` has no background of its own: `.tile`'s is behind it.
  const compounds = ancestor ? ancestor.split('.').map((_, index, parts) => parts.slice(0, parts.length - index).join('.')).filter(Boolean) : [];
  const declared = compounds.map((compound) => rules.find((candidate) => candidate.selector === compound && candidate.background)?.background).find(Boolean);
  return declared ? [declared] : SURFACES;
}

const pairs = rules.flatMap((rule) => (rule.color || rule.background) ? backgroundsOf(rule).map((background) => ({ selector: rule.selector, color: rule.color ?? BODY_TEXT, background })) : []);

describe('the HTML report meets WCAG AA contrast', () => {
  test('the stylesheet was read: text colours and their backgrounds', () => {
    expect(BODY_TEXT).toMatch(/^#/);
    expect(pairs.length).toBeGreaterThan(30);
    expect(pairs).toContainEqual({ selector: 'table.counts td.zero', color: expect.any(String), background: '#fff' });
  });

  test.each(pairs.map((pair) => [`${pair.selector}: ${pair.color} on ${pair.background}`, pair] as const))('%s', (_name, { color, background }) => {
    expect(contrast(color, background)).toBeGreaterThanOrEqual(AA);
  });

  test.each([
    ['#c4ccd4', '#ffffff', 1.62],
    ['#000000', '#ffffff', 21],
    ['#59636e', '#ffffff', 6.11],
  ])('contrast(%s, %s) = %f, as WCAG computes it', (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 2);
  });
});
