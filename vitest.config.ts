import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        testTimeout: 30_000,
        pool: 'forks',
        // CI reads the counts from a JSON report to print one plain "N passed, N failed" line.
        reporters: process.env.CI ? ['default', 'json'] : ['default'],
        outputFile: { json: 'test-artifacts/vitest-results.json' }
    }
});
