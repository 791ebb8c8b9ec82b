import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the Chromium check before the end-to-end tests', () => {
  it('fails with a message that says how to install Chromium', () => {
    const result = spawnSync(process.execPath, ['lib/cli/check-chromium.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Chromium was not found at /nonexistent/chromium');
    expect(result.stderr).toContain('apt-get install -y chromium');
  });
});
