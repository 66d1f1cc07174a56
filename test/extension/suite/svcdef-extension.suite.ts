/**
 * The extension inside a real VS Code extension host, driven through the VS Code API.
 * The workspace (prepared by run-extension-tests.mjs) holds a copy of examples/acme and
 * of the broken example examples/broken/unresolved-reference.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as vscode from 'vscode';
import type { SvcdefExtensionApi } from '../../../src/extension/main.js';
import type { GenerationResult } from '../../../src/extension/catalog-commands.js';

const EXTENSION_ID = 'svcdef.svcdef';

function workspaceFolder(): string {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'The test run opens a workspace folder.');
    return folder.uri.fsPath;
}

function fileUri(relativePath: string): vscode.Uri {
    return vscode.Uri.file(path.join(workspaceFolder(), relativePath));
}

/** Polls until the probe returns a value other than undefined. */
async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        const value = await probe();
        if (value !== undefined) return value;
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}.`);
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' && code !== null ? String(code.value) : code === undefined ? undefined : String(code);
}

/** The position just after the first occurrence of `text` in the document. */
function positionAfter(document: vscode.TextDocument, text: string): vscode.Position {
    const offset = document.getText().indexOf(text);
    assert.ok(offset >= 0, `${document.uri.fsPath} contains ${JSON.stringify(text)}`);
    return document.positionAt(offset + text.length);
}

describe('svcdef extension', () => {
    let api: SvcdefExtensionApi;

    before(async () => {
        const extension = vscode.extensions.getExtension<SvcdefExtensionApi>(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is installed in the extension host`);
        api = await extension.activate();
        await api.serverReady;
    });

    it('activates for a workspace with .svcdef files and registers the language', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
        assert.equal(extension.isActive, true);
        assert.ok((await vscode.languages.getLanguages()).includes('svcdef'));
        const document = await vscode.workspace.openTextDocument(fileUri('acme/services/collaboration.svcdef'));
        assert.equal(document.languageId, 'svcdef');
    });

    it('reports the diagnostic of a broken example with its code', async () => {
        const uri = fileUri('broken/unresolved-reference/service.svcdef');
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        const diagnostic = await eventually(
            () => vscode.languages.getDiagnostics(uri).find(candidate => codeOf(candidate) === 'unresolved-reference'),
            'the unresolved-reference diagnostic');
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
        assert.match(diagnostic.message, /Directroy/);
        const document = await vscode.workspace.openTextDocument(uri);
        assert.equal(document.getText(diagnostic.range), 'Directroy');
    });

    it('completes a customer reference with the customers declared elsewhere in the workspace', async () => {
        const uri = fileUri('acme/agreements/slas.svcdef');
        const document = await vscode.workspace.openTextDocument(uri);
        const editor = await vscode.window.showTextDocument(document);
        const end = document.lineAt(document.lineCount - 1).range.end;
        await editor.edit(edit => edit.insert(end, '\nsla ProbeSla {\n  customer \n}\n'));
        try {
            const position = positionAfter(document, 'sla ProbeSla {\n  customer ');
            const list = await eventually(async () => {
                const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
                return result.items.some(item => labelOf(item) === 'Finance') ? result : undefined;
            }, 'completion items');
            const labels = list.items.map(labelOf);
            for (const customer of ['Finance', 'Manufacturing', 'Sales', 'HumanResources']) {
                assert.ok(labels.includes(customer), `completion offers ${customer}; got ${labels.join(', ')}`);
            }
        } finally {
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
    });

    it('shows the name of the A2 activity when hovering A243', async () => {
        const uri = fileUri('acme/bindings.svcdef');
        const document = await vscode.workspace.openTextDocument(uri);
        const position = positionAfter(document, 'implements A243').translate(0, -1);
        const hovers = await eventually(async () => {
            const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
            return result.length > 0 ? result : undefined;
        }, 'a hover on A243');
        const text = hovers.flatMap(hover => hover.contents.map(content => typeof content === 'string' ? content : content.value)).join('\n');
        assert.match(text, /Create and Maintain Service Level Agreements/);
    });

    it('opens the built-in A2 model, read-only, on go to definition of A243', async () => {
        const uri = fileUri('acme/bindings.svcdef');
        const document = await vscode.workspace.openTextDocument(uri);
        const position = positionAfter(document, 'implements A243').translate(0, -1);
        const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position);
        assert.ok(locations.length > 0, 'a definition of A243');
        const first = locations[0];
        const target = 'targetUri' in first ? first.targetUri : first.uri;
        const range = 'targetUri' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
        assert.equal(target.scheme, 'builtin');
        const builtin = await vscode.workspace.openTextDocument(target);
        assert.match(builtin.lineAt(range.start.line).text, /^activity A243 "Create and Maintain Service Level Agreements"/);
        assert.equal(vscode.workspace.fs.isWritableFileSystem('builtin'), false);
        await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(target, new Uint8Array([120]))), /NoPermissions|permission/i);
    });

    it('generates the catalog and the SLA documents into the configured folder', async () => {
        await vscode.workspace.getConfiguration('svcdef').update('catalog.outputFolder', 'generated', vscode.ConfigurationTarget.Workspace);
        // Like `svcdef generate`, the commands publish no workspace with errors: the broken example is
        // emptied first, through an editor, as a person would. Generation reads what the server sees,
        // unsaved edits included, so none are left either.
        for (const document of vscode.workspace.textDocuments.filter(candidate => candidate.isDirty)) {
            await vscode.window.showTextDocument(document);
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
        const broken = await vscode.workspace.openTextDocument(fileUri('broken/unresolved-reference/service.svcdef'));
        const editor = await vscode.window.showTextDocument(broken);
        await editor.edit(edit => edit.replace(new vscode.Range(0, 0, broken.lineCount, 0), '// Emptied: generation needs a workspace without errors.\n'));
        await broken.save();
        const errors = () => vscode.languages.getDiagnostics().flatMap(([uri, diagnostics]) => diagnostics
            .filter(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Error)
            .map(diagnostic => `${vscode.workspace.asRelativePath(uri)}: ${diagnostic.message}`));
        await eventually(() => errors().length === 0 || undefined, 'a workspace without errors').catch(error => {
            throw new Error(`${error instanceof Error ? error.message : String(error)}; errors left: ${errors().join('; ')}`);
        });
        const output = path.join(workspaceFolder(), 'generated');

        const catalog = await vscode.commands.executeCommand<GenerationResult | undefined>('svcdef.generateCatalog');
        assert.ok(catalog, 'Generate Catalog reports what it wrote');
        assert.equal(catalog.folder, output);
        for (const view of ['customer', 'user', 'support']) {
            assert.ok(existsSync(path.join(output, view, 'index.html')), `${view}/index.html is written`);
            assert.ok(existsSync(path.join(output, view, 'catalog.json')), `${view}/catalog.json is written`);
        }
        const index = await readFile(path.join(output, 'customer/index.html'), 'utf8');
        assert.match(index, /Corporate Email/);
        const json = JSON.parse(await readFile(path.join(output, 'support/catalog.json'), 'utf8'));
        assert.ok(JSON.stringify(json).includes('SlaAuthoring'), 'the support view carries the bindings');

        const slas = await vscode.commands.executeCommand<GenerationResult | undefined>('svcdef.generateSlaDocuments');
        assert.ok(slas, 'Generate SLA Documents reports what it wrote');
        assert.equal(slas.folder, path.join(output, 'sla'));
        const written = await readdir(slas.folder);
        assert.ok(written.some(file => file.endsWith('.html')) && written.some(file => file.endsWith('.md')));
        const documents = await Promise.all(written.filter(file => file.endsWith('.html')).map(file => readFile(path.join(slas.folder, file), 'utf8')));
        assert.ok(documents.some(html => html.includes('ERP for Group Finance')), 'the FinanceErp SLA has a document');
    });

    it('opens the catalog preview and the A2 model view', async () => {
        await vscode.commands.executeCommand('svcdef.previewCatalog', 'support');
        const tab = await eventually(() => vscode.window.tabGroups.all.flatMap(group => group.tabs)
            .find(candidate => candidate.input instanceof vscode.TabInputWebview && candidate.label === 'Catalog: Support view'),
        'the catalog preview tab');
        assert.ok(tab);
        await vscode.commands.executeCommand('svcdef.showA2Model', 'A243');
    });
});

function labelOf(item: vscode.CompletionItem): string {
    return typeof item.label === 'string' ? item.label : item.label.label;
}
