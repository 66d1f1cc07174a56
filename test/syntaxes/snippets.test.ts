import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../svcdef-test-services.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const snippets: Record<string, { prefix: string; body: string[]; description: string }> =
    JSON.parse(readFileSync(path.join(root, 'snippets/svcdef.json'), 'utf8'));

/** Snippets that go inside an element, with the element they are tried in. */
const CONTAINERS: Record<string, (text: string) => string> = {
    offering: text => `service S {\n${text}\n}`,
    internal: text => `service S {\n${text}\n}`,
    target: text => `sla S {\n${text}\n}`,
    credit: text => `sla S {\n${text}\n}`,
    responsibility: text => `sla S {\n${text}\n}`,
    for: text => `sla S {\n${text}\n}`,
    escalation: text => `sla S {\n${text}\n}`,
    approved: text => `sla S {\n${text}\n}`,
    reporting: text => `sla S {\n${text}\n}`,
    '/**': text => `${text}\nservice S {}`
};

/** The text a snippet inserts when every placeholder keeps its default (the first choice). */
function expand(body: readonly string[]): string {
    let text = body.join('\n');
    let previous: string;
    do {
        previous = text;
        text = text
            .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
            .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
            .replace(/\$\d+/g, '');
    } while (text !== previous);
    return text;
}

describe('snippets', () => {
    const entries = Object.entries(snippets);

    it('offer one snippet for every kind of element a user can declare', () => {
        const prefixes = entries.map(([, snippet]) => snippet.prefix);
        for (const kind of ['provider', 'customer', 'unit', 'supplier', 'calendar', 'metric', 'priority', 'service',
            'offering', 'sla', 'ola', 'uc', 'pattern', 'forecast', 'package', 'binding']) {
            expect(prefixes).toContain(kind);
        }
    });

    it.each(entries)('%s expands to text that parses without errors', async (_name, snippet) => {
        const expanded = expand(snippet.body);
        expect(expanded).not.toMatch(/\$/);
        expect(snippet.description.length).toBeGreaterThan(10);
        const wrap = CONTAINERS[snippet.prefix] ?? (text => text);
        const workspace = await createTestServices().workspace({ 'snippet.svcdef': wrap(expanded) });
        const result = workspace.document('snippet.svcdef').parseResult;
        expect([...result.lexerErrors, ...result.parserErrors].map(error => error.message)).toEqual([]);
    });
});
