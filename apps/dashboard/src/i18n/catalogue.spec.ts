import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIntl } from 'react-intl';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';

/*
 * The message catalogue is complete and consistent:
 * - every message id the code uses exists in en.json, and every key in en.json is used;
 * - zh-CN.json has exactly the same keys, none empty, with the same placeholders;
 * - every message is valid ICU MessageFormat in its locale;
 * - no user-visible text is written into the components instead of the catalogue.
 */

const SRC = fileURLToPath(new URL('..', import.meta.url));
const catalogues: Record<string, Record<string, string>> = { en, 'zh-CN': zhCN };
const keys = Object.keys(en);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

interface Scan {
  /** Ids passed to t() or given as an `id`/`…Id` property or attribute: must exist. */
  referenced: { id: string; where: string }[];
  /** Prefixes of ids built with a template literal, e.g. t(`role.${r}`) → /^role\..+$/. */
  patterns: RegExp[];
  /** Every string literal in the code (a catalogue key listed in a typed constant counts as used). */
  literals: Set<string>;
  /** Text written straight into JSX. */
  hardCoded: { text: string; where: string }[];
}

const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);
const LETTERS = /\p{L}/u;

function scan(): Scan {
  const result: Scan = { referenced: [], patterns: [], literals: new Set(), hardCoded: [] };
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const where = (node: ts.Node) =>
      `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const templatePattern = (node: ts.TemplateExpression) =>
      new RegExp(
        `^${[node.head.text, ...node.templateSpans.map((s) => s.literal.text)]
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')}$`,
      );
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
        result.literals.add(node.text);
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't') {
        const first = node.arguments[0] && unwrap(node.arguments[0]);
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          result.referenced.push({ id: first.text, where: where(first) });
        } else if (first && ts.isTemplateExpression(first)) {
          result.patterns.push(templatePattern(first));
        }
      }
      const named =
        (ts.isPropertyAssignment(node) || ts.isJsxAttribute(node)) &&
        /^(id|\w+Id)$/.test(node.name.getText(source));
      if (named) {
        const value = ts.isPropertyAssignment(node) ? node.initializer : node.initializer;
        if (value && ts.isStringLiteral(value) && value.text.includes('.')) {
          result.referenced.push({ id: value.text, where: where(value) });
        }
      }
      if (ts.isJsxText(node) && LETTERS.test(node.text)) {
        result.hardCoded.push({ text: node.text.trim(), where: where(node) });
      }
      if (
        ts.isJsxAttribute(node) &&
        TEXT_ATTRIBUTES.has(node.name.getText(source)) &&
        node.initializer &&
        ts.isStringLiteral(node.initializer) &&
        LETTERS.test(node.initializer.text)
      ) {
        result.hardCoded.push({ text: node.initializer.text, where: where(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return result;
}

/** `x as T`, `x satisfies T`, `(x)` → x. */
function unwrap(node: ts.Expression): ts.Expression {
  while (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) {
    node = node.expression;
  }
  return node;
}

const found = scan();

/** Placeholder names of an ICU message ({name}, {count, plural, …}); `#` is not one. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]))].sort();
}

describe('message catalogue', () => {
  it('has every message id the code uses', () => {
    const missing = found.referenced.filter((r) => !(r.id in en)).map((r) => `${r.id} (${r.where})`);
    expect(missing).toEqual([]);
    expect(found.referenced.length).toBeGreaterThan(100);
  });

  it('has a message for every id built from a template (at least one key per pattern)', () => {
    const unmatched = found.patterns.filter((p) => !keys.some((k) => p.test(k))).map(String);
    expect(unmatched).toEqual([]);
  });

  it('has no unused messages', () => {
    const unused = keys.filter((k) => !found.literals.has(k) && !found.patterns.some((p) => p.test(k)));
    expect(unused).toEqual([]);
  });

  it('zh-CN has exactly the keys of en', () => {
    expect(Object.keys(zhCN).sort()).toEqual([...keys].sort());
  });

  it.each(Object.keys(catalogues))('%s has no empty messages', (locale) => {
    const empty = Object.entries(catalogues[locale]).filter(([, m]) => m.trim() === '');
    expect(empty).toEqual([]);
  });

  it('zh-CN uses the same placeholders as en in every message', () => {
    const differing = keys.filter(
      (k) =>
        placeholders(en[k as keyof typeof en]).join() !== placeholders(zhCN[k as keyof typeof zhCN]).join(),
    );
    expect(differing).toEqual([]);
  });

  it.each(Object.keys(catalogues))('every %s message is valid ICU and formats', (locale) => {
    const errors: string[] = [];
    const intl = createIntl({ locale, messages: catalogues[locale], onError: (e) => errors.push(e.message) });
    for (const [id, message] of Object.entries(catalogues[locale])) {
      const values = Object.fromEntries(placeholders(message).map((p) => [p, 2]));
      const formatted = intl.formatMessage({ id }, values);
      expect(formatted, id).not.toContain('{');
    }
    expect(errors).toEqual([]);
  });
});

describe('components', () => {
  it('write no user-visible text outside the catalogue', () => {
    expect(found.hardCoded.map((h) => `${h.where}: ${h.text}`)).toEqual([]);
  });
});
