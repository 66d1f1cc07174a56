import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/language/validation/diagnostic-codes.js';
import { createTestServices } from '../svcdef-test-services.js';

/**
 * examples/broken holds one small workspace per public diagnostic code, named after
 * the code. Each must raise its own code and nothing else, so the folder doubles as
 * documentation of the code and as a guard against checks firing on each other's input.
 */
const BROKEN_ROOT = join('examples', 'broken');
// expired-sla depends on the date; the examples are written against this one.
const TODAY = '2026-06-01';

const folders = readdirSync(BROKEN_ROOT, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort();

function readFolder(folder: string): Record<string, string> {
    const directory = join(BROKEN_ROOT, folder);
    return Object.fromEntries(readdirSync(directory)
        .filter(name => name.endsWith('.svcdef'))
        .sort()
        .map(name => [name, readFileSync(join(directory, name), 'utf8')]));
}

describe('examples/broken', () => {
    it('has a folder for every diagnostic code, and no folder that is not a code', () => {
        expect(folders).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
    });

    describe.each(folders)('%s', folder => {
        const files = readFolder(folder);

        it('is a small workspace whose files each start by saying what is wrong and how to fix it', () => {
            const names = Object.keys(files);
            expect(names.length).toBeGreaterThanOrEqual(1);
            expect(names.length).toBeLessThanOrEqual(3);
            for (const [name, text] of Object.entries(files)) {
                const header = text.trimStart().split('\n').filter(line => line.startsWith('//')).join('\n');
                expect(text.trimStart().startsWith('//'), `${folder}/${name} starts with a comment`).toBe(true);
                expect(header, `${folder}/${name} header`).toMatch(/WRONG/);
                expect(header, `${folder}/${name} header`).toMatch(/FIX/);
            }
        });

        it.each([['in the editor', false], ['in svcdef validate', true]])(`raises '${folder}' and no other diagnostic %s`, async (_, batch) => {
            const { workspace } = createTestServices({ today: TODAY, batch });
            const ws = await workspace(files);
            const found = Object.entries(ws.allDiagnostics()).flatMap(([name, diagnostics]) =>
                diagnostics.map(d => ({ code: String(d.code), where: `${name}:${d.range.start.line + 1}`, message: d.message })));
            const summary = found.map(d => `${d.where} [${d.code}] ${d.message}`).join('\n');
            expect(found.map(d => d.code), summary).toContain(folder);
            expect([...new Set(found.map(d => d.code))], summary).toEqual([folder]);
        });
    });
});
