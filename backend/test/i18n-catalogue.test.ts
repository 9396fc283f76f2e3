import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE } from '@codepool/shared/i18n';
import { catalogueSubset } from '@codepool/shared/i18n/catalogue-subset';
import { type Entry, Message, parse, Term, Visitor } from '@fluent/syntax';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES_DIR = path.join(ROOT, 'shared/locales');

/** Every message and term of a catalogue: its attributes and the variables it uses. */
type Shape = Map<string, { attributes: string[]; variables: string[] }>;

class Variables extends Visitor {
  found = new Set<string>();
  override visitVariableReference(node: { id: { name: string } }) {
    this.found.add(node.id.name);
  }
}

function shapeOf(locale: string): { shape: Shape; junk: string[]; duplicates: string[] } {
  const resource = parse(readFileSync(path.join(LOCALES_DIR, `${locale}.ftl`), 'utf8'), { withSpans: false });
  const shape: Shape = new Map();
  const junk: string[] = [];
  const duplicates: string[] = [];
  for (const entry of resource.body as Entry[]) {
    if (entry.type === 'Junk') junk.push((entry as unknown as { content: string }).content.slice(0, 80));
    if (!(entry instanceof Message || entry instanceof Term)) continue;
    const v = new Variables();
    v.visit(entry);
    const id = entry instanceof Term ? `-${entry.id.name}` : entry.id.name;
    // A second message of one id silently replaces the first in a bundle: one of the two texts is lost.
    if (shape.has(id)) duplicates.push(id);
    shape.set(id, { attributes: entry.attributes.map((a) => a.id.name).sort(), variables: [...v.found].sort() });
  }
  return { shape, junk, duplicates };
}

const locales = readdirSync(LOCALES_DIR)
  .filter((f) => f.endsWith('.ftl'))
  .map((f) => f.slice(0, -4));

function sourceFiles(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'node_modules' && name !== 'testing' && name !== '__tests__') out.push(...sourceFiles(full, ext));
    } else if (ext.test(name) && !/\.test\.tsx?$/.test(name)) out.push(full);
  }
  return out;
}

const UI_SOURCES = ['miniapp/src', 'web-dashboard/src'].flatMap((d) => sourceFiles(path.join(ROOT, d), /\.tsx?$/));
const BOT_SOURCES = sourceFiles(path.join(ROOT, 'backend/src/bot'), /\.ts$/);

/** Props whose text a person reads or a screen reader speaks. */
const TEXT_PROPS = new Set([
  'aria-label',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-valuetext',
]);
const HAS_WORD = /\p{L}{2,}/u;

/** Text written straight into a component instead of taken from the catalogue: JSX text, text props, `{'words'}`. */
function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (n: ts.Node) =>
    `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_WORD.test(node.text)) found.push(`${where(node)} ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (literal && TEXT_PROPS.has(name) && HAS_WORD.test(literal.text))
        found.push(`${where(node)} ${name}="${literal.text}"`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteralLike(node.expression) &&
      !ts.isJsxAttribute(node.parent) &&
      HAS_WORD.test(node.expression.text)
    ) {
      found.push(`${where(node)} {'${node.expression.text}'}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Message ids named in code: `t('id')`, and the prefixes of built ones, `t(\`status-${s}\`)`. */
function keysUsed(files: string[]) {
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([a-z][\w-]*)'/g)) exact.add(m[1] as string);
    for (const m of text.matchAll(/\bt\(\s*`([a-z][\w-]*-)\$\{/g)) prefixes.add(m[1] as string);
  }
  return { exact, prefixes };
}

describe('message catalogues', () => {
  const english = shapeOf(DEFAULT_LOCALE).shape;

  it('include English and Russian, and parse without errors or a message written twice', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'ru']));
    for (const locale of locales) {
      const { junk, duplicates } = shapeOf(locale);
      expect({ junk, duplicates }, `${locale}.ftl`).toEqual({ junk: [], duplicates: [] });
    }
  });

  it.each(locales.filter((l) => l !== DEFAULT_LOCALE))(
    '%s has exactly the messages and attributes of English',
    (locale) => {
      const { shape } = shapeOf(locale);
      const missing = [...english.keys()].filter((k) => !shape.has(k));
      const extra = [...shape.keys()].filter((k) => !english.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      for (const [id, en] of english) {
        const other = shape.get(id);
        expect(other?.attributes, `${locale} ${id} attributes`).toEqual(en.attributes);
        // A translation may leave a variable out (Russian says "one" in words), never use one English does not pass.
        const unknown = (other?.variables ?? []).filter((v) => !en.variables.includes(v));
        expect(unknown, `${locale} ${id} uses variables English does not pass`).toEqual([]);
      }
    },
  );

  it('hold every message id the code asks for', () => {
    const { exact, prefixes } = keysUsed([...UI_SOURCES, ...BOT_SOURCES]);
    expect(exact.size).toBeGreaterThan(0);
    expect([...exact].filter((k) => !english.has(k))).toEqual([]);
    expect([...prefixes].filter((p) => ![...english.keys()].some((k) => k.startsWith(p)))).toEqual([]);
  });
});

describe('each app’s cut of the catalogue', () => {
  it.each(locales)('%s: holds the shared messages and its own surface’s, whole, and nothing else', (locale) => {
    const source = readFileSync(path.join(LOCALES_DIR, `${locale}.ftl`), 'utf8');
    const full = parse(source, { withSpans: false });
    for (const surface of ['app-', 'dash-'] as const) {
      const cut = parse(catalogueSubset(source, surface), { withSpans: false });
      expect(cut.body.filter((e) => e.type === 'Junk')).toEqual([]);
      const byId = (r: typeof full) =>
        new Map(r.body.filter((e): e is Message => e instanceof Message).map((m) => [m.id.name, m]));
      const kept = byId(cut);
      const wanted = [...byId(full)].filter(
        ([id]) => id.startsWith(surface) || !['bot-', 'app-', 'dash-', 'page-'].some((p) => id.startsWith(p)),
      );
      expect([...kept.keys()].sort()).toEqual(wanted.map(([id]) => id).sort());
      // Each message is kept whole: its value and attributes as the full catalogue has them.
      for (const [id, message] of wanted) {
        expect(JSON.stringify(kept.get(id)?.value), id).toBe(JSON.stringify(message.value));
        expect(JSON.stringify(kept.get(id)?.attributes), id).toBe(JSON.stringify(message.attributes));
      }
    }
  });
});

describe('each app’s code', () => {
  it.each([
    ['miniapp/src', 'app-'],
    ['web-dashboard/src', 'dash-'],
  ] as const)('%s asks only for messages its cut of the catalogue holds (shared or %s)', (dir, surface) => {
    const { exact, prefixes } = keysUsed(UI_SOURCES.filter((f) => f.startsWith(path.join(ROOT, dir))));
    const foreign = (id: string) => ['bot-', 'app-', 'dash-', 'page-'].some((p) => id.startsWith(p) && p !== surface);
    expect([...exact, ...prefixes].filter(foreign)).toEqual([]);
  });
});

describe('components', () => {
  it('render no text that is not from the catalogue', () => {
    const found = UI_SOURCES.filter((f) => f.endsWith('.tsx')).flatMap(literalTexts);
    expect(found).toEqual([]);
  });

  it('the literal-text check finds JSX text, text props and string expressions', () => {
    const probe = path.join(ROOT, 'backend/test/fixtures/i18n-probe.tsx.txt');
    expect(literalTexts(probe).map((s) => s.replace(/^\S+ /, ''))).toEqual([
      'Buy now',
      'aria-label="Close the dialog"',
      "{'Sold out'}",
    ]);
  });
});

describe('the bot', () => {
  it('sends no text that is not from the catalogue', () => {
    const found: string[] = [];
    for (const file of BOT_SOURCES) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /\.(reply|editMessageText|answerCallbackQuery|sendMessage|text|url|webApp)\(\s*(['"`])([^'"`]*)\2/g,
      )) {
        // Placeholders of a template literal are data (names, counts), not words.
        if (HAS_WORD.test((m[3] as string).replace(/\$\{[^}]*\}/g, '')))
          found.push(`${path.relative(ROOT, file)}: ${m[0]}`);
      }
    }
    expect(found).toEqual([]);
  });
});
