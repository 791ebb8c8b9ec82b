import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { builtInstagramPages } from '../../../fixtures/instagram/built/generate';
import { FIXTURE_ROOT } from '../../helpers/platform-fixtures';

it('keeps every generated Instagram page and its expected numbers as generate.ts writes them', () => {
  const pages = builtInstagramPages();
  expect(Object.keys(pages).length).toBeGreaterThanOrEqual(60);
  const stale = Object.entries(pages).filter(([name, text]) => readFileSync(join(FIXTURE_ROOT, 'instagram', 'built', name), 'utf8') !== text);
  expect(
    stale.map(([name]) => name),
    'run: node --import tsx tests/fixtures/instagram/built/generate.ts',
  ).toEqual([]);
});
