import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../test/svcdef-test-services.js';
import { nodesInDocumentOrder, nodesInDocumentOrderForValidation, takeNodesInDocumentOrder } from './ast-walk.js';

const ACME = path.resolve(__dirname, '../../examples/acme');

function acmeFiles(): Record<string, string> {
    const entries = readdirSync(ACME, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'));
    return Object.fromEntries(entries.map(entry => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(ACME, file), readFileSync(file, 'utf8')];
    }));
}

describe('nodesInDocumentOrder', () => {
    it('visits the nodes Langium streams, in the same order, for every example file', async () => {
        const files = acmeFiles();
        const ws = await createTestServices().workspace(files);
        for (const name of Object.keys(files)) {
            const root = ws.document(name).parseResult.value;
            const walked = nodesInDocumentOrder(root);
            expect(walked.length, name).toBeGreaterThan(1);
            expect(walked, name).toEqual(AstUtils.streamAst(root).toArray());
        }
    });
});

describe('the node list linking keeps for validation', () => {
    it('is handed out once, for the tree it was made from', async () => {
        const files = acmeFiles();
        const ws = await createTestServices().workspace(files);
        const root = ws.document(Object.keys(files)[0]).parseResult.value;
        const kept = nodesInDocumentOrderForValidation(root);
        expect(takeNodesInDocumentOrder(root)).toBe(kept);
        // Taken: the next request walks the tree again, to an equal but new list.
        const walkedAgain = takeNodesInDocumentOrder(root);
        expect(walkedAgain).not.toBe(kept);
        expect(walkedAgain).toEqual(kept);
    });

    it('is not used for a reparsed document, whose tree is new', async () => {
        const services = createTestServices();
        const ws = await services.workspace({ 'a.svcdef': 'service A "A" { status live }' });
        const before = ws.document('a.svcdef').parseResult.value;
        await ws.edit('a.svcdef', 'service A "A" { status live }\nservice B "B" { status live }');
        const after = ws.document('a.svcdef').parseResult.value;
        expect(after).not.toBe(before);
        expect(takeNodesInDocumentOrder(after).filter(node => node.$type === 'Service').map(node => (node as { name?: string }).name)).toEqual(['A', 'B']);
    });
});
