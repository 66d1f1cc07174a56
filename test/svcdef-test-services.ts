import { DocumentState, TextDocument, URI, type LangiumDocument } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver';
import { createSvcdefServices, type SvcdefServices } from '../src/language/svcdef-module.js';
import type { Model } from '../src/language/generated/ast.js';

export const CURSOR = '<|>';

export interface TestWorkspace {
    readonly services: SvcdefServices;
    /** Documents by the file name they were given. */
    document(name: string): LangiumDocument<Model>;
    /** Diagnostics of one file (or of every file, keyed by name). */
    diagnostics(name: string): Diagnostic[];
    allDiagnostics(): Record<string, Diagnostic[]>;
    /** Diagnostic codes of one file, in document order. */
    codes(name: string): string[];
    /** Replaces (or adds) files of this workspace and rebuilds incrementally, as an editor would. */
    update(files: Record<string, string>): Promise<void>;
    /**
     * Types new content into a file that is open in the editor: the file is rebuilt ahead
     * of the files that refer to it, as in a real session.
     */
    edit(name: string, text: string): Promise<void>;
    remove(...names: string[]): Promise<void>;
}

/**
 * The one harness every test uses: a fresh svcdef language server core over an in-memory
 * workspace of named files, with the built-in library loaded as in a real session.
 */
/** Each `workspace(files)` call replaces the previous workspace of the same services. */
export function createTestServices(options: { today?: string; batch?: boolean } = {}) {
    // Files live in a virtual file system, so incremental updates re-read them as from disk.
    const files = new VirtualFileSystemProvider();
    // `batch`: the services of `svcdef validate`, which leave out what only later edits need.
    const { shared, Svcdef } = createSvcdefServices({ fileSystemProvider: () => files }, { batch: options.batch ?? false });
    Svcdef.settings.setToday(options.today ?? '2026-06-01');
    let initialized: Promise<void> | undefined;
    const ensureInitialized = () => initialized ??= shared.workspace.WorkspaceManager.initializeWorkspace([]);

    const uriOf = (name: string) => URI.parse(`file:///workspace/${name}`);
    // Files not named .svcdef (the iCalendar files calendars take holidays from) are only on the file system.
    let dataFiles: URI[] = [];

    async function workspace(contents: Record<string, string>): Promise<TestWorkspace> {
        await ensureInitialized();
        const documents = shared.workspace.LangiumDocuments;
        const factory = shared.workspace.LangiumDocumentFactory;
        // Each call starts a new workspace: the files of the previous one are deleted, the built-in library stays.
        const previous = documents.all.filter(document => document.uri.scheme === 'file').map(document => document.uri).toArray();
        if (previous.length > 0) {
            previous.forEach(uri => {
                files.delete(uri);
                shared.workspace.TextDocuments?.delete(uri);
            });
            await shared.workspace.DocumentBuilder.update([], previous);
        }
        dataFiles.forEach(uri => files.delete(uri));
        dataFiles = [];
        Svcdef.time.HolidayFiles.forgetAll();
        const created: LangiumDocument[] = [];
        for (const [name, text] of Object.entries(contents)) {
            files.insert(uriOf(name), text);
            if (!name.endsWith('.svcdef')) {
                dataFiles.push(uriOf(name));
                continue;
            }
            const document = factory.fromString(text, uriOf(name));
            documents.addDocument(document);
            created.push(document);
        }
        await shared.workspace.DocumentBuilder.build(created, { validation: true });
        const versions = new Map<string, number>();

        const result: TestWorkspace = {
            services: Svcdef,
            document: name => {
                const document = documents.getDocument(uriOf(name));
                if (!document) throw new Error(`No file '${name}' in the test workspace.`);
                return document as LangiumDocument<Model>;
            },
            diagnostics: name => [...(result.document(name).diagnostics ?? [])],
            allDiagnostics: () => Object.fromEntries(
                documents.all.filter(document => document.uri.scheme === 'file')
                    .map(document => [document.uri.path.replace('/workspace/', ''), [...(document.diagnostics ?? [])]])
                    .toArray()),
            codes: name => result.diagnostics(name).map(diagnostic => String(diagnostic.code)),
            update: async changed => {
                const uris: URI[] = [];
                for (const [name, text] of Object.entries(changed)) {
                    const uri = uriOf(name);
                    files.insert(uri, text);
                    uris.push(uri);
                }
                await shared.workspace.DocumentBuilder.update(uris, []);
                await waitForValidation();
            },
            edit: async (name, text) => {
                const uri = uriOf(name);
                const version = (versions.get(name) ?? 0) + 1;
                versions.set(name, version);
                files.insert(uri, text);
                shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'svcdef', version, text));
                await shared.workspace.DocumentBuilder.update([uri], []);
                await waitForValidation();
            },
            remove: async (...names) => {
                names.forEach(name => files.delete(uriOf(name)));
                await shared.workspace.DocumentBuilder.update([], names.map(uriOf));
                await waitForValidation();
            }
        };
        return result;
    }

    async function waitForValidation(): Promise<void> {
        for (const document of shared.workspace.LangiumDocuments.all) {
            if (document.state < DocumentState.Validated) {
                await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, document.uri);
            }
        }
    }

    /** Completion items at the `<|>` marker of one file of a workspace. */
    async function complete(contents: Record<string, string>, name: string): Promise<CompletionItem[]> {
        const text = contents[name];
        const offset = text.indexOf(CURSOR);
        if (offset < 0) throw new Error(`File '${name}' has no ${CURSOR} marker.`);
        const ws = await workspace({ ...contents, [name]: text.replace(CURSOR, '') });
        const document = ws.document(name);
        const list = await Svcdef.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset)
        });
        return list?.items ?? [];
    }

    return { services: Svcdef, shared, workspace, complete };
}
