import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads the --regie-color-* tokens from the stylesheet the app ships. */
function colourTokens(): Record<string, string> {
  const css = readFileSync(join(__dirname, '../../styles/regie-tokens.css'), 'utf8');
  return Object.fromEntries([...css.matchAll(/--regie-color-([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name, hex]) => [name, hex.toLowerCase()]));
}

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

const tokens = colourTokens();

describe('Regie colour tokens', () => {
  it('reads the palette from the stylesheet', () => {
    expect(Object.keys(tokens).length).toBeGreaterThan(20);
  });

  // Text and its background (WCAG 1.4.3: at least 4.5:1).
  it.each([
    ['ink', 'canvas'],
    ['ink', 'surface'],
    ['ink-muted', 'canvas'],
    ['ink-muted', 'surface'],
    ['primary', 'canvas'],
    ['primary', 'primary-tint'],
    ['primary-hover', 'primary-tint'],
    ['primary-active', 'primary-tint'],
    ['white', 'primary'],
    ['white', 'primary-hover'],
    ['white', 'primary-active'],
    ['header-ink', 'header'],
    ['header-ink', 'primary'],
    ['link-visited', 'canvas'],
    ['error', 'canvas'],
    ['ink', 'error-tint'],
    ['ink', 'success-tint'],
    ['ink', 'warning-tint'],
    ['ink', 'info-tint'],
    ['success', 'success-tint'],
    ['warning', 'warning-tint'],
    ['ink', 'focus-inverse'],
    ['ink-muted', 'border-subtle'],
  ])('%s text on %s reaches 4.5:1', (foreground, background) => {
    expect(contrast(tokens[foreground], tokens[background])).toBeGreaterThanOrEqual(4.5);
  });

  // Borders of inputs, focus rings and error markers against what surrounds them (WCAG 1.4.11: 3:1).
  it.each([
    ['border', 'canvas'],
    ['focus', 'canvas'],
    ['focus', 'surface'],
    ['focus-inverse', 'header'],
    ['error', 'canvas'],
    ['primary', 'canvas'],
  ])('%s against %s reaches 3:1', (foreground, background) => {
    expect(contrast(tokens[foreground], tokens[background])).toBeGreaterThanOrEqual(3);
  });
});
