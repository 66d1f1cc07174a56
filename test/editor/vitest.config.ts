/**
 * The editor suite: the packaged extension in code-server, driven through headless
 * Chromium. Kept out of the default `vitest run`; `npm run test:editor` runs it.
 */
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    root: path.resolve(import.meta.dirname, '../..'),
    test: {
        include: ['test/editor/**/*.editor.ts'],
        // The first run installs Chromium and code-server (a few minutes on a clean machine).
        hookTimeout: 15 * 60_000,
        testTimeout: 120_000,
        // What the steps wait for comes from a language server over a real editor's channels;
        // on a busy machine that takes longer than vitest's default second.
        expect: { poll: { timeout: 15_000 } },
        pool: 'forks',
        fileParallelism: false
    }
});
