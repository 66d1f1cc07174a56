/**
 * The action of the server's code lenses (`2 SLAs cover it · 1 binding produces it`):
 * `svcdef.showReferences` with plain LSP values `[uri, position, locations]`, shown as
 * VS Code's references peek, whose command takes VS Code's own types.
 */
import * as vscode from 'vscode';
import type { Location, Position } from 'vscode-languageclient';
import type { BaseLanguageClient } from 'vscode-languageclient';

export async function showReferences(client: BaseLanguageClient | undefined, uri: unknown, position: unknown, locations: unknown): Promise<void> {
    if (!client || typeof uri !== 'string' || !isPosition(position) || !Array.isArray(locations)) {
        return;
    }
    const convert = client.protocol2CodeConverter;
    await vscode.commands.executeCommand('editor.action.showReferences',
        convert.asUri(uri), convert.asPosition(position), (locations as Location[]).map(location => convert.asLocation(location)));
}

function isPosition(value: unknown): value is Position {
    return typeof value === 'object' && value !== null
        && typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';
}
