import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSvcdefServices } from '../../src/language/svcdef-module.js';
import { BuiltWorkspace } from '../../src/language-server/built-workspace.js';

/**
 * The language server's core over a folder on disk, read as the server reads a workspace
 * folder at start-up (svcdef.json and the skipped folders included), for the tests of the
 * svcdef requests.
 */
export async function folderWorkspace(folder: string) {
    const { shared, Svcdef } = createSvcdefServices(NodeFileSystem);
    await shared.workspace.WorkspaceLock.write(token =>
        shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'ws', uri: URI.file(folder).toString() }], token));
    return { shared, services: Svcdef, workspace: new BuiltWorkspace(shared) };
}
