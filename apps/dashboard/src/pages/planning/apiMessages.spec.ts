import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/messages/en.json';
import zhCN from '../../i18n/messages/zh-CN.json';

/*
 * The planning API's sentence templates (apps/api/src/planning/messages.ts) are mirrored in the
 * dashboard's catalogue so each reader gets them in their language: English word for word, and
 * every template translated. This catches a template changed on one side only.
 */

const MESSAGES_TS = fileURLToPath(new URL('../../../../api/src/planning/messages.ts', import.meta.url));

/** The key → template pairs of PLANNING_MESSAGES, read from the API's source. */
function apiTemplates(): Record<string, string> {
  const source = ts.createSourceFile(
    MESSAGES_TS,
    readFileSync(MESSAGES_TS, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const templates: Record<string, string> = {};
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isStringLiteral(node.name) &&
      ts.isStringLiteral(node.initializer)
    )
      templates[node.name.text] = node.initializer.text;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return templates;
}

describe('planning API messages in the catalogue', () => {
  const templates = apiTemplates();

  it('reads the API templates', () => {
    expect(Object.keys(templates).length).toBeGreaterThan(20);
  });

  it('has every API template in English, word for word, and in Chinese', () => {
    const catalogueEn = en as Record<string, string>;
    const catalogueZh = zhCN as Record<string, string>;
    for (const [key, template] of Object.entries(templates)) {
      expect(catalogueEn[key], key).toBe(template);
      expect(catalogueZh[key], key).toBeTruthy();
    }
  });
});
