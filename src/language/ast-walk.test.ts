import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../test/svcdef-test-services.js';
import { nodesInDocumentOrder } from './ast-walk.js';

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
