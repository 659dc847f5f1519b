import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The module-boundary rule must actually forbid something: libs stay pure TypeScript and
 * never reach into apps (nx-examples once kept its tags while every rule became * → *).
 */
const lint = new ESLint({ cwd: process.cwd() });

async function errorsFor(file: string, code: string): Promise<string[]> {
  const [result] = await lint.lintText(code, { filePath: file });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('module boundaries', () => {
  it.each([
    ["import { Injectable } from '@nestjs/common';", 'no NestJS'],
    ["import { Entity } from 'typeorm';", 'no TypeORM'],
    ["import { useState } from 'react';", 'no React'],
    ["import { createApp } from '../../../apps/api/src/app/create-app.js';", 'libs never import apps'],
    ["import x from '@servicefloor/api';", 'libs never import apps'],
  ])('a lib may not write %s', async (code, reason) => {
    const errors = await errorsFor('libs/metrics/src/forbidden.ts', `${code}\nexport const y = 1;\n`);
    expect(errors.join('\n')).toContain(reason);
  });

  it('a lib may import another lib and plain packages', async () => {
    expect(
      await errorsFor(
        'libs/metrics/src/allowed.ts',
        "import { CHANNELS } from '@servicefloor/contracts';\nexport const c = CHANNELS;\n",
      ),
    ).toEqual([]);
  });

  it('an app may import NestJS', async () => {
    expect(
      await errorsFor(
        'apps/api/src/allowed.ts',
        "import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n",
      ),
    ).toEqual([]);
  });
});
