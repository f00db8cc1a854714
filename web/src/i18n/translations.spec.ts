import { PLAN_QUALITY_CHECKS, ROLES, SAFETY_FIELDS } from '@regie/domain';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const workspace = join(__dirname, '../../..');

type Tree = { [key: string]: string | Tree };

function load(language: string): Tree {
  return JSON.parse(readFileSync(join(workspace, `web/public/i18n/${language}.json`), 'utf8'));
}

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [nested, text] of leaves(value, path)) result.set(nested, text);
  }
  return result;
}

function filesUnder(directory: string, extensions: RegExp): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'node_modules' ? [] : filesUnder(path, extensions);
    return extensions.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Keys written literally where they are translated: `'a.b' | translate`, `.instant('a.b')`, `translationKey('a.b')`. */
const KEY_PATTERNS = [/'([A-Za-z][\w-]*(?:\.[\w-]+)+)'\s*\|\s*translate\b/g, /\.instant\(\s*'([^']+)'/g, /translationKey\(\s*'([^']+)'\s*\)/g];

function usedKeys(): Map<string, string> {
  const sources = [join(workspace, 'web/src'), ...readdirSync(join(workspace, 'libs/web')).map((library) => join(workspace, 'libs/web', library, 'src'))];
  const used = new Map<string, string>();
  for (const file of sources.flatMap((source) => filesUnder(source, /\.(ts|html)$/))) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of KEY_PATTERNS) for (const [, key] of text.matchAll(pattern)) used.set(key, relative(workspace, file));
  }
  return used;
}

/** Message keys the API can send: literal ones, and one per class-validator constraint its inputs use. */
function serverKeys(): string[] {
  const files = [join(workspace, 'libs/api'), join(workspace, 'libs/domain')].flatMap((directory) => filesUnder(directory, /\.ts$/));
  const constraintNames: Record<string, string> = { IsUUID: 'isUuid', IsISO8601: 'isIso8601' };
  const notConstraints = new Set(['IsOptional', 'ValidateNested', 'ValidateIf']);
  const keys = new Set<string>(['validation.whitelistValidation']);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [, key] of text.matchAll(/'((?:errors|validation|role)\.[A-Za-z]+)'/g)) keys.add(key);
    for (const [, decorator] of text.matchAll(/@(Is[A-Za-z0-9]+|Min|Max|MinLength|MaxLength|Matches|Array[A-Za-z]+Size)\(/g)) {
      if (notConstraints.has(decorator)) continue;
      keys.add(`validation.${constraintNames[decorator] ?? decorator.charAt(0).toLowerCase() + decorator.slice(1)}`);
    }
  }
  return [...keys].sort();
}

/** "{{date}} … {{by}}" → "by,date", to compare the placeholders of two texts. */
function placeholders(text: string | undefined): string {
  return [...(text ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(([, name]) => name).sort().join(',');
}

const nl = leaves(load('nl'));
const en = leaves(load('en'));

describe('translations', () => {
  it('has the same keys in Dutch and English', () => {
    expect([...nl.keys()].filter((key) => !en.has(key))).toEqual([]);
    expect([...en.keys()].filter((key) => !nl.has(key))).toEqual([]);
  });

  it('has no empty texts', () => {
    expect([...nl, ...en].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const different = [...nl].filter(([key, text]) => placeholders(text) !== placeholders(en.get(key)));
    expect(different.map(([key]) => key)).toEqual([]);
  });

  it('has every key the templates and code use', () => {
    const used = usedKeys();
    // Guards against a pattern that silently finds nothing.
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter(([key]) => !nl.has(key)).map(([key, file]) => `${key} (${file})`)).toEqual([]);
  });

  it('names every role', () => {
    expect(ROLES.filter((role) => !nl.has(`roles.${role}`))).toEqual([]);
  });

  it('names every strategy status', () => {
    expect(['DRAFT', 'ADOPTED', 'REVISED', 'CLOSED'].filter((status) => !nl.has(`strategy.statuses.${status}`))).toEqual([]);
  });

  it('names every plan-quality check and Kernbeleid safety field', () => {
    expect(PLAN_QUALITY_CHECKS.filter((check) => !nl.has(`planQuality.checks.${check}`))).toEqual([]);
    expect(SAFETY_FIELDS.filter((field) => !nl.has(`theme.safetyFieldNames.${field}`))).toEqual([]);
  });

  it('translates every import refusal the API can send', () => {
    const keys = [join(workspace, 'libs/api')].flatMap((directory) => filesUnder(directory, /\.ts$/)).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'(import\.[A-Za-z]+)'/g)].map(([, key]) => key));
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((key) => !nl.has(key))).toEqual([]);
  });

  it('translates every error and validation message the API can send', () => {
    const keys = serverKeys();
    expect(keys).toContain('errors.invalidCredentials');
    expect(keys.filter((key) => !nl.has(key))).toEqual([]);
  });
});
