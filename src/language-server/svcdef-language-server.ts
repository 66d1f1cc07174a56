/**
 * What every svcdef language server does once it has a connection and a file system, the
 * Node process (`main.ts`) and the web worker (`browser-main.ts`) alike: create the
 * services, follow the client's `svcdef.today` setting and the workspace's `svcdef.json`
 * files, and start answering. Only how messages travel and where files come from differ.
 */
import { startLanguageServer, type LangiumSharedServices } from 'langium/lsp';
import type { DefaultSharedModuleContext } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { createSvcdefServices, type SvcdefServices } from '../language/svcdef-module.js';
import { registerSvcdefRequests } from './svcdef-request-handlers.js';
import { followTodaySetting } from './today-setting-following.js';
import { followWorkspaceConfiguration } from './workspace-configuration-following.js';

export function startSvcdefLanguageServer(
    connection: Connection,
    fileSystemProvider: DefaultSharedModuleContext['fileSystemProvider']
): { shared: LangiumSharedServices; Svcdef: SvcdefServices } {
    const { shared, Svcdef } = createSvcdefServices({ connection, fileSystemProvider });
    followTodaySetting(connection, shared, Svcdef);
    followWorkspaceConfiguration(connection, shared);
    // The preview, Generate and the A2 model view ask this server; the extension host loads no workspace.
    registerSvcdefRequests(connection, shared, Svcdef);
    startLanguageServer(shared);
    return { shared, Svcdef };
}
