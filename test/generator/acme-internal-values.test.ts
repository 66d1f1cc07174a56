import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AstUtils } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInternalEntry } from '../../src/language/generated/ast.js';
import { ensureBundles, ROOT, runSvcdef } from '../cli/built-cli.js';
import { createTestServices } from '../svcdef-test-services.js';

/**
 * Every value written in an `internal { … }` block of examples/acme is searched for in
 * every file the published catalog and SLA documents contain: it must be absent from
 * the customer and user views and present in the support view.
 */
function filesUnder(folder: string): string[] {
    return readdirSync(folder).flatMap(entry => {
        const full = path.join(folder, entry);
        return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

function acmeFiles(): Record<string, string> {
    const root = path.join(ROOT, 'examples/acme');
    return Object.fromEntries(filesUnder(root).filter(file => file.endsWith('.svcdef'))
        .map(file => [path.relative(root, file), readFileSync(file, 'utf8')]));
}

describe('internal values of examples/acme in the published output', { timeout: 120_000 }, () => {
    let out: string;
    let internalValues: string[];

    beforeAll(async () => {
        const { workspace } = createTestServices();
        const files = acmeFiles();
        const ws = await workspace(files);
        internalValues = Object.keys(files).flatMap(name =>
            AstUtils.streamAllContents(ws.document(name).parseResult.value).filter(isInternalEntry).map(entry => entry.value).toArray());
        await ensureBundles();
        out = mkdtempSync(path.join(tmpdir(), 'svcdef-internal-'));
        for (const [kind, args] of [['catalog', []], ['sla', ['--view', 'customer']], ['sla-support', ['--view', 'support']]] as const) {
            const command = kind === 'catalog' ? ['generate', 'catalog'] : ['generate', 'sla', ...args];
            const result = await runSvcdef([...command, '--workspace', path.join(ROOT, 'examples/acme'), '--out', path.join(out, kind)], { cwd: ROOT });
            expect(result.code, result.stderr).toBe(0);
        }
    }, 120_000);

    afterAll(() => { if (out) rmSync(out, { recursive: true, force: true }); });

    it('finds internal values to look for', () => {
        expect(internalValues.length).toBeGreaterThanOrEqual(8);
    });

    it('never publishes them in the customer and user views, in any format', () => {
        const published = [...filesUnder(path.join(out, 'catalog/customer')), ...filesUnder(path.join(out, 'catalog/user')), ...filesUnder(path.join(out, 'sla'))];
        expect(published.length).toBeGreaterThan(20);
        for (const file of published) {
            const text = readFileSync(file, 'utf8');
            for (const value of internalValues) {
                for (const form of new Set([value, escapeHtml(value), JSON.stringify(value).slice(1, -1)])) {
                    expect(text.includes(form), `${path.relative(out, file)} contains internal value "${value}"`).toBe(false);
                }
            }
        }
    });

    it('shows them in the support view', () => {
        const support = filesUnder(path.join(out, 'catalog/support')).map(file => readFileSync(file, 'utf8')).join('\n');
        for (const value of internalValues) {
            expect(support.includes(value) || support.includes(escapeHtml(value)), value).toBe(true);
        }
    });
});

function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
