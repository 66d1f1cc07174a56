import path from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/cli/built-cli.js';
import { folderWorkspace } from '../../test/language-server/folder-workspace.js';
import { isGenerationRefused, type GeneratedBatch } from '../protocol/svcdef-requests.js';
import { GenerateRequests } from './generate-request.js';

describe('generation in batches', { timeout: 60_000 }, () => {
    it('hands out the files in batches of about the size asked for, ending without a continuation', async () => {
        const { workspace, services } = await folderWorkspace(path.join(ROOT, 'examples/acme'));
        const requests = new GenerateRequests(workspace, services, 50_000);
        const batches: GeneratedBatch[] = [];
        let result = await requests.generate({ kind: 'catalog', view: 'support', formats: ['html'] });
        for (;;) {
            if (isGenerationRefused(result)) throw new Error('refused');
            batches.push(result);
            if (result.next === undefined) break;
            result = await requests.generate({ kind: 'catalog', continuation: result.next });
        }
        expect(batches.length).toBeGreaterThan(2);
        for (const batch of batches.slice(0, -1)) {
            const size = batch.files.reduce((sum, file) => sum + file.content.length, 0);
            // A batch ends with the file that takes it past the size.
            expect(size - batch.files.at(-1)!.content.length).toBeLessThan(50_000);
        }
        const paths = batches.flatMap(batch => batch.files.map(file => file.path));
        expect(new Set(paths).size).toBe(paths.length);
        expect(paths).toContain('support/index.html');
    });

    it('ends a generation when the workspace changes, and says to generate again', async () => {
        const { shared, workspace, services } = await folderWorkspace(path.join(ROOT, 'examples/acme'));
        const requests = new GenerateRequests(workspace, services, 10_000);
        const first = await requests.generate({ kind: 'catalog', view: 'customer', formats: ['html'] });
        if (isGenerationRefused(first) || first.next === undefined) throw new Error('expected more than one batch');
        // What the server does when a change starts to build.
        requests.end();
        await expect(requests.generate({ kind: 'catalog', continuation: first.next }))
            .rejects.toThrow('The workspace changed while the files were being generated, so they would not match; generate them again.');
        expect(shared.workspace.LangiumDocuments.all.some(document => document.uri.toString() === URI.file(path.join(ROOT, 'examples/acme/parties.svcdef')).toString())).toBe(true);
    });

    it('has no SLA documents to write for a workspace without SLAs, and says how to declare one', async () => {
        const { workspace, services } = await folderWorkspace(path.join(ROOT, 'examples/acme/services'));
        const requests = new GenerateRequests(workspace, services);
        await expect(requests.generate({ kind: 'sla', force: true })).rejects.toThrow(/declares no SLA.*Declare one with `sla Name/);
    });
});
