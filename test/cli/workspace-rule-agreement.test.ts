import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, describe, expect, it } from 'vitest';
import { findSvcdefFiles, reportPath } from '../../src/cli/svcdef-file-finder.js';
import { isBuiltinUri } from '../../src/language/builtin/builtin-library.js';
import { createSvcdefServices } from '../../src/language/svcdef-module.js';
import { tempWorkspace } from './temp-workspace.js';

/**
 * `svcdef validate FOLDER` and an editor that opens FOLDER must check the same files:
 * the CLI's file finder and the language server's workspace scan follow one rule.
 */
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
    await Promise.all(cleanups.splice(0).map(cleanup => cleanup()));
});

async function tree(files: Record<string, string>): Promise<string> {
    const { root, dispose } = await tempWorkspace(files);
    cleanups.push(dispose);
    // The search for svcdef.json stops here, whatever lies above the temporary folder.
    await mkdir(path.join(root, '.git'));
    return root;
}

/** Every name given an empty text; `svcdef.json` its own. */
function files(names: string[], configuration?: object): Record<string, string> {
    return {
        ...Object.fromEntries(names.map(name => [name, ''])),
        ...(configuration ? { 'svcdef.json': JSON.stringify(configuration) } : {})
    };
}

async function cliFiles(root: string, folder = '.'): Promise<string[]> {
    const found = await findSvcdefFiles({ cwd: root, paths: [folder], exclude: [] });
    return found.files.map(file => reportPath(root, file));
}

async function startServer(root: string, folder = '.') {
    const { shared } = createSvcdefServices(NodeFileSystem);
    await shared.workspace.WorkspaceManager.initializeWorkspace([{ uri: URI.file(path.join(root, folder)).toString(), name: 'workspace' }]);
    const files = () => shared.workspace.LangiumDocuments.all
        .filter(document => !isBuiltinUri(document.uri))
        .map(document => reportPath(root, document.uri.fsPath))
        .toArray()
        .sort();
    return { shared, files };
}

async function serverFiles(root: string, folder = '.'): Promise<string[]> {
    return (await startServer(root, folder)).files();
}

const TREE = [
    'a.svcdef', '.dotted.svcdef', 'notes.md', 'sub/deep/b.svcdef', 'dist/d.svcdef',
    'out/generated.svcdef', 'sub/out/generated.svcdef', 'node_modules/pkg/dep.svcdef',
    '.hidden/h.svcdef', 'sub/.cache/c.svcdef'
];

describe('one workspace rule for the CLI and the language server', () => {
    it('skips node_modules, out and dot folders alike, and reads the rest alike', async () => {
        const root = await tree(files(TREE));
        const expected = ['.dotted.svcdef', 'a.svcdef', 'dist/d.svcdef', 'sub/deep/b.svcdef'];
        expect(await cliFiles(root)).toEqual(expected);
        expect(await serverFiles(root)).toEqual(expected);
    });

    it('reads the include and exclude of svcdef.json alike', async () => {
        const root = await tree(files([
            ...TREE, 'services/mail.svcdef', 'services/mail.draft.svcdef', 'services/drafts/x.svcdef',
            'parties.svcdef', 'legacy/services/old.svcdef'
        ], { include: ['services', 'parties.svcdef'], exclude: ['drafts', '*.draft.svcdef', 'legacy/**'] }));
        const expected = ['parties.svcdef', 'services/mail.svcdef'];
        expect(await cliFiles(root)).toEqual(expected);
        expect(await serverFiles(root)).toEqual(expected);
    });

    it('governs a subfolder by the svcdef.json above it, and reads it even where that excludes it', async () => {
        const root = await tree(files([
            'examples/acme/a.svcdef', 'examples/acme/a.draft.svcdef',
            'examples/broken/one/x.svcdef', 'examples/broken/one/x.draft.svcdef', 'examples/broken/one/out/y.svcdef'
        ], { exclude: ['examples/broken/**', '*.draft.svcdef'] }));
        for (const folder of ['examples', 'examples/acme']) {
            expect(await cliFiles(root, folder), folder).toEqual(['examples/acme/a.svcdef']);
            expect(await serverFiles(root, folder), folder).toEqual(['examples/acme/a.svcdef']);
        }
        expect(await cliFiles(root, 'examples/broken/one')).toEqual(['examples/broken/one/x.svcdef']);
        expect(await serverFiles(root, 'examples/broken/one')).toEqual(['examples/broken/one/x.svcdef']);
    });

    it('applies the rule to files that appear after the server started, checking their whole path', async () => {
        const root = await tree(files(['services/a.svcdef'], { exclude: ['legacy'] }));
        const server = await startServer(root);
        const created = ['services/b.svcdef', 'out/c.svcdef', 'node_modules/pkg/d.svcdef', 'legacy/deep/e.svcdef', '.cache/f.svcdef'];
        for (const name of created) {
            await mkdir(path.dirname(path.join(root, name)), { recursive: true });
            await writeFile(path.join(root, name), '');
        }
        await server.shared.workspace.DocumentBuilder.update(created.map(name => URI.file(path.join(root, name))), []);
        expect(server.files()).toEqual(['services/a.svcdef', 'services/b.svcdef']);
        expect(await cliFiles(root)).toEqual(server.files());
    });
});
