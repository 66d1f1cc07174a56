// The harness's own tests, kept out of the project's test run (which covers src/ and test/):
//   npx vitest run --config benchmarks/vitest.config.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
    test: {
        include: ['benchmarks/test/**/*.test.mjs'],
        testTimeout: 60_000,
        pool: 'forks'
    }
});
