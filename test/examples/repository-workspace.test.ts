import { readdirSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { describe, expect, it } from 'vitest';
import { reportPath } from '../../src/cli/svcdef-file-finder.js';
import { loadWorkspace } from '../../src/cli/workspace-loader.js';
import { workspaceReport } from '../../src/cli/workspace-report.js';
import { isBuiltinUri } from '../../src/language/builtin/builtin-library.js';
import { createSvcdefServices } from '../../src/language/svcdef-module.js';
import { ROOT } from '../cli/built-cli.js';

/**
 * The repository's own svcdef.json: opened as a whole in an editor, or validated from its
 * root, the repository is the Acme example alone, clean; examples/broken and test fixtures,
 * broken on purpose, and the separate Northwind example stay out unless named.
 */
const ACME_FILES = readdirSync(path.join(ROOT, 'examples', 'acme'), { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'))
    .map(entry => reportPath(ROOT, path.join(entry.parentPath, entry.name)))
    .sort();

describe('the repository as a workspace', () => {
    it('validates from its root as examples/acme alone, without a single finding', async () => {
        const workspace = await loadWorkspace({ cwd: ROOT });
        expect(workspace.files.map(file => reportPath(ROOT, file.path))).toEqual(ACME_FILES);
        expect(workspaceReport(workspace).diagnostics.map(d => `${d.file}:${d.line} ${d.code}`)).toEqual([]);
    });

    it('opens in the language server as the same files', async () => {
        const { shared } = createSvcdefServices(NodeFileSystem);
        await shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: URI.file(ROOT).toString(), name: 'svcdef' }]);
        const files = shared.workspace.LangiumDocuments.all
            .filter(document => !isBuiltinUri(document.uri))
            .map(document => reportPath(ROOT, document.uri.fsPath))
            .toArray()
            .sort();
        expect(files).toEqual(ACME_FILES);
    });

    it('validates the managed service provider example, left out of the root, when named on the command line', async () => {
        const workspace = await loadWorkspace({ cwd: ROOT, paths: ['examples/northwind-msp'] });
        expect(workspace.files.length).toBeGreaterThanOrEqual(8);
        expect(workspaceReport(workspace).diagnostics.map(d => `${d.file}:${d.line} ${d.code}`)).toEqual([]);
    });

    it('still validates a broken example named on the command line', async () => {
        const workspace = await loadWorkspace({ cwd: ROOT, paths: ['examples/broken/duplicate-name'] });
        expect([...new Set(workspaceReport(workspace).diagnostics.map(d => d.code))]).toEqual(['duplicate-name']);
    });
});
