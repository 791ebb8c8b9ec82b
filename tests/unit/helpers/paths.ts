import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, for tests that read files by path wherever the test itself sits. */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
