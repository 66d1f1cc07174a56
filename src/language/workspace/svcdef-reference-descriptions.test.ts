import { DefaultReferenceDescriptionProvider, type LangiumDocument, type Reference, type ReferenceDescription } from 'langium';
import { describe, expect, it } from 'vitest';
import { ACME_FILES } from '../../../test/lsp/acme-workspace.js';
import { createTestServices } from '../../../test/svcdef-test-services.js';

const { workspace } = createTestServices();

/** A description as plain values, every field read. */
function plain(description: ReferenceDescription) {
    return {
        sourceUri: description.sourceUri.toString(),
        sourcePath: description.sourcePath,
        targetUri: description.targetUri.toString(),
        targetPath: description.targetPath,
        segment: { ...description.segment, range: description.segment.range },
        local: description.local
    };
}

describe('the descriptions of references in the reverse index', () => {
    it('say what Langium\'s say, reference for reference, broken ones left out', async () => {
        const files = { ...ACME_FILES, 'broken.svcdef': 'sla Broken { customer Nobody services acme.it.Email, Missing }' };
        const ws = await workspace(files);
        const langium = new DefaultReferenceDescriptionProvider(ws.services);
        const provider = ws.services.workspace.ReferenceDescriptionProvider;
        let compared = 0;
        for (const name of Object.keys(files)) {
            const document = ws.document(name);
            const ours = (await provider.createDescriptions(document)).map(plain);
            expect(ours).toEqual((await langium.createDescriptions(document)).map(plain));
            compared += ours.length;
        }
        expect(compared).toBeGreaterThan(20);
        expect((await provider.createDescriptions(ws.document('broken.svcdef'))).map(plain)).toEqual([
            expect.objectContaining({ targetPath: expect.any(String), local: false, segment: expect.objectContaining({ offset: 38, length: 13 }) })
        ]);
    });

    it('are Langium\'s own for references svcdef\'s parser did not make', async () => {
        const ws = await workspace(ACME_FILES);
        const document: LangiumDocument = ws.document('agreements.svcdef');
        const provider = ws.services.workspace.ReferenceDescriptionProvider;
        const before = (await provider.createDescriptions(document)).map(plain);
        // A reference of another kind among them: the whole document is described the Langium way.
        const foreign = { $refText: 'x', ref: undefined, error: { message: 'unresolved' } } as unknown as Reference;
        document.references.push(foreign);
        try {
            const described = await provider.createDescriptions(document);
            expect(described.map(plain)).toEqual(before);
            expect(described.every(description => Object.getOwnPropertyNames(description).includes('sourcePath'))).toBe(true);
        } finally {
            document.references.pop();
        }
    });
});
