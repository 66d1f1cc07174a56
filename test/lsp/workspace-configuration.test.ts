import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, describe, expect, it } from 'vitest';
import type { InitializeParams } from 'vscode-languageserver';
import { isBuiltinUri } from '../../src/language/builtin/builtin-library.js';
import { createSvcdefServices } from '../../src/language/svcdef-module.js';
import type { SvcdefWorkspaceManager } from '../../src/language/workspace/svcdef-workspace-manager.js';
import type { WorkspaceConfigurationError } from '../../src/language/workspace/workspace-configuration-error.js';
import { CLEAN_FILES, tempWorkspace, TODAY_AFTER_VALIDITY, TODAY_IN_VALIDITY } from '../cli/temp-workspace.js';

/** svcdef.json as the language server reads it, for a workspace folder on disk. */
const BROKEN_FILE = 'service Fax { status live owner Nobody }\n';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
    await Promise.all(cleanups.splice(0).map(cleanup => cleanup()));
});

async function startServer(files: Record<string, string>) {
    const { root, dispose } = await tempWorkspace(files);
    cleanups.push(dispose);
    await mkdir(path.join(root, '.git'));
    const { shared, Svcdef } = createSvcdefServices(NodeFileSystem);
    const manager = shared.workspace.WorkspaceManager as SvcdefWorkspaceManager;
    const reports: Array<readonly WorkspaceConfigurationError[]> = [];
    manager.onDidReadConfiguration(problems => reports.push(problems));
    // As the language server starts: folders from `initialize`, the scan on `initialized`.
    manager.initialize({ workspaceFolders: [{ uri: URI.file(root).toString(), name: 'workspace' }] } as InitializeParams);
    await manager.initialized({});
    const documents = () => shared.workspace.LangiumDocuments.all.filter(document => !isBuiltinUri(document.uri)).toArray();
    return {
        root,
        settings: Svcdef.settings,
        manager,
        reports,
        files: () => documents().map(document => path.relative(root, document.uri.fsPath).split(path.sep).join('/')).sort(),
        codes: () => documents().flatMap((document: LangiumDocument) => (document.diagnostics ?? []).map(diagnostic => String(diagnostic.code))).sort(),
        write: (name: string, text: string) => writeFile(path.join(root, name), text)
    };
}

describe('svcdef.json in the language server', () => {
    it('checks dates against its "today", unless the client fixes the date', async () => {
        const server = await startServer({ ...CLEAN_FILES, 'svcdef.json': JSON.stringify({ today: TODAY_AFTER_VALIDITY }) });
        expect(server.settings.today).toBe(TODAY_AFTER_VALIDITY);
        expect(server.codes()).toEqual(['expired-sla']);
        server.settings.setToday(TODAY_IN_VALIDITY);
        expect(server.settings.today).toBe(TODAY_IN_VALIDITY);
        server.settings.setToday(undefined);
        expect(server.settings.today).toBe(TODAY_AFTER_VALIDITY);
    });

    it('follows a changed svcdef.json: what it now excludes goes, what it now takes comes, a new date re-validates', async () => {
        const server = await startServer({
            ...CLEAN_FILES, 'legacy/fax.svcdef': BROKEN_FILE,
            'svcdef.json': JSON.stringify({ exclude: ['legacy'], today: TODAY_IN_VALIDITY })
        });
        expect(server.files()).toEqual(['parties.svcdef', 'services/mail.svcdef']);
        expect(server.codes()).toEqual([]);

        await server.write('svcdef.json', JSON.stringify({ today: TODAY_AFTER_VALIDITY }));
        await server.manager.reloadConfiguration();
        expect(server.files()).toEqual(['legacy/fax.svcdef', 'parties.svcdef', 'services/mail.svcdef']);
        expect(server.codes()).toEqual(['expired-sla', 'unresolved-reference']);

        await server.write('svcdef.json', JSON.stringify({ include: ['services', 'parties.svcdef'], today: TODAY_IN_VALIDITY }));
        await server.manager.reloadConfiguration();
        expect(server.files()).toEqual(['parties.svcdef', 'services/mail.svcdef']);
        expect(server.codes()).toEqual([]);
    });

    it('uses the first folder\'s date when workspace folders disagree, and says so', async () => {
        const { root, dispose } = await tempWorkspace({
            'a/.git/HEAD': '', 'a/parties.svcdef': 'provider CentralIT\n', 'a/svcdef.json': `{ "today": "${TODAY_IN_VALIDITY}" }`,
            'b/.git/HEAD': '', 'b/customers.svcdef': 'customer Finance\n', 'b/svcdef.json': `{ "today": "${TODAY_AFTER_VALIDITY}" }`
        });
        cleanups.push(dispose);
        const { shared, Svcdef } = createSvcdefServices(NodeFileSystem);
        const manager = shared.workspace.WorkspaceManager as SvcdefWorkspaceManager;
        manager.initialize({ workspaceFolders: ['a', 'b'].map(name => ({ uri: URI.file(path.join(root, name)).toString(), name })) } as InitializeParams);
        await manager.initialized({});
        expect(Svcdef.settings.today).toBe(TODAY_IN_VALIDITY);
        expect(manager.configurationProblems.map(problem => problem.message)).toEqual([
            `${path.join(root, 'b', 'svcdef.json')}:1:12: "today" is ${TODAY_AFTER_VALIDITY} here but ${TODAY_IN_VALIDITY} in ${path.join(root, 'a', 'svcdef.json')}, and the editor checks against one date. The first workspace folder's date is used; write the same date in both, or set svcdef.today.`
        ]);
    });

    it('reports an unusable svcdef.json with its place, and reads the folder with the defaults meanwhile', async () => {
        const server = await startServer({ ...CLEAN_FILES, 'legacy/fax.svcdef': BROKEN_FILE, 'svcdef.json': '{ "exclude": "legacy" }' });
        expect(server.reports).toHaveLength(1);
        expect(server.reports[0].map(problem => problem.message)).toEqual([
            `${path.join(server.root, 'svcdef.json')}:1:14: "exclude" must be a list of glob patterns, not a string. Write e.g. "exclude": ["drafts/**"]. Until it is fixed, the workspace folder 'workspace' is read with the defaults.`
        ]);
        expect(server.files()).toEqual(['legacy/fax.svcdef', 'parties.svcdef', 'services/mail.svcdef']);

        await server.write('svcdef.json', '{ "exclude": ["legacy"] }');
        await server.manager.reloadConfiguration();
        expect(server.reports.at(-1)).toEqual([]);
        expect(server.files()).toEqual(['parties.svcdef', 'services/mail.svcdef']);
    });
});
