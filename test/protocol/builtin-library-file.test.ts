import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CodeActionRequest, DefinitionRequest, DidOpenTextDocumentNotification, DocumentHighlightRequest, HoverRequest,
    ReferencesRequest, WorkspaceSymbolRequest, type ClientCapabilities, type Location, type LocationLink,
    type MarkupContent, type Position, type Range, type SymbolInformation, type WorkspaceSymbol
} from 'vscode-languageserver-protocol/node';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import { builtinLibraryText } from '../../src/language/builtin/builtin-library.js';
import { LibraryCopy } from '../../src/language-server/library-copy.js';
import { ACME_FILES } from '../lsp/acme-workspace.js';
import { startStdioSession, type StdioSession } from './stdio-session.js';

/**
 * Where go-to-definition on `availability`, `P1` or `A243` lands, for editors with and
 * without LSP 3.18 `workspace/textDocumentContent`: the bundled server over stdio, each
 * with a cache folder of its own.
 */

const LIBRARY_TEXT = builtinLibraryText(a2Model);
const LIBRARY_LINES = LIBRARY_TEXT.split('\n');
const BUILTIN_URI = 'builtin:/svcdef-library.svcdef';

/** The bundled server over stdio on `root`, with a cache folder of its own. */
function startServer(options: { root: string; cacheHome: string; capabilities: ClientCapabilities }): Promise<StdioSession> {
    return startStdioSession({ folder: options.root, capabilities: options.capabilities, env: { XDG_CACHE_HOME: options.cacheHome } });
}

function acmeFolder(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'svcdef-builtin-'));
    for (const [name, text] of Object.entries(ACME_FILES)) {
        writeFileSync(path.join(folder, name), text);
    }
    return folder;
}

/** A position one character into `word`, where it first appears inside `phrase` in `text`. */
function positionOf(text: string, phrase: string, word = phrase): Position {
    const phraseOffset = text.indexOf(phrase);
    const wordOffset = phrase.indexOf(word);
    if (phraseOffset < 0 || wordOffset < 0) throw new Error(`'${word}' in '${phrase}' is not in the text`);
    const before = text.slice(0, phraseOffset + wordOffset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length + 1 };
}

/**
 * Resolves once the server has validated the document at `uri`, had it become one (a code
 * action request waits for that), and so published its diagnostics.
 */
async function validated(client: StdioSession, uri: string): Promise<void> {
    await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] }
    });
}

function diagnosticCodes(client: StdioSession): unknown[] {
    return [...client.published.values()].flatMap(params => params.diagnostics.map(diagnostic => diagnostic.code));
}

function target(result: Location | Location[] | LocationLink[] | null): { uri: string; range: Range } {
    const first = Array.isArray(result) ? result[0] : result;
    if (!first) throw new Error('No definition');
    return 'targetUri' in first ? { uri: first.targetUri, range: first.targetSelectionRange } : first;
}

function textAt(lines: readonly string[], range: Range): string {
    return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('built-in locations for a client without workspace/textDocumentContent', { timeout: 60_000 }, () => {
    let folder: string;
    let cacheHome: string;
    let client: StdioSession;
    const uriOf = (file: string) => pathToFileURL(path.join(folder, file)).toString();
    let copyUri: string;

    beforeAll(async () => {
        folder = acmeFolder();
        cacheHome = mkdtempSync(path.join(tmpdir(), 'svcdef-cache-'));
        // Neovim, Helix and eglot announce workspace capabilities, but not textDocumentContent.
        client = await startServer({ root: folder, cacheHome, capabilities: { workspace: { workspaceFolders: true, symbol: {} } } });
        await client.diagnosticsFor(uriOf('agreements.svcdef'), () => true);
    }, 60_000);

    afterAll(() => {
        client?.dispose();
        rmSync(folder, { recursive: true, force: true });
        rmSync(cacheHome, { recursive: true, force: true });
    });

    it('leads a metric to its declaration in a read-only file with the library text', async () => {
        const result = await client.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: uriOf('agreements.svcdef') },
            position: positionOf(ACME_FILES['agreements.svcdef'], 'availability')
        });
        const { uri, range } = target(result);
        expect(uri).toMatch(/^file:/);
        const file = fileURLToPath(uri);
        expect(path.relative(path.join(cacheHome, 'svcdef'), file)).not.toMatch(/^\.\./);
        expect(readFileSync(file, 'utf8')).toBe(LIBRARY_TEXT);
        expect(statSync(file).mode & 0o777).toBe(0o444);
        expect(LIBRARY_LINES[range.start.line]).toMatch(/^metric availability /);
        expect(textAt(LIBRARY_LINES, range)).toBe('availability');
        copyUri = uri;
    });

    it('gives priorities, references and workspace symbols of built-in names the same file', async () => {
        const priority = target(await client.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: uriOf('agreements.svcdef') },
            position: positionOf(ACME_FILES['agreements.svcdef'], 'for P1', 'P1')
        }));
        expect(priority.uri).toBe(copyUri);
        expect(LIBRARY_LINES[priority.range.start.line]).toMatch(/^priority P1 /);

        const references = await client.connection.sendRequest(ReferencesRequest.type, {
            textDocument: { uri: uriOf('bindings.svcdef') },
            position: positionOf(ACME_FILES['bindings.svcdef'], 'A243'),
            context: { includeDeclaration: true }
        }) ?? [];
        const declaration = references.find(reference => reference.uri === copyUri);
        expect(declaration && LIBRARY_LINES[declaration.range.start.line]).toMatch(/^activity A243 /);
        expect(references.some(reference => reference.uri === uriOf('bindings.svcdef'))).toBe(true);
        expect(references.some(reference => reference.uri.startsWith('builtin:'))).toBe(false);

        const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'A243' }) as Array<SymbolInformation | WorkspaceSymbol>;
        const a243 = symbols.find(symbol => symbol.name.startsWith('A243'));
        expect(a243?.location.uri).toBe(copyUri);
    });

    it('keeps the copy out of the workspace when the editor opens it, and answers requests in it', async () => {
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: copyUri, languageId: 'svcdef', version: 1, text: LIBRARY_TEXT }
        });
        await validated(client, copyUri);
        expect(client.published.get(copyUri)?.diagnostics ?? []).toEqual([]);
        expect(diagnosticCodes(client)).not.toContain('duplicate-name');

        const hover = await client.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: copyUri }, position: positionOf(LIBRARY_TEXT, '\nmetric availability ', 'availability')
        });
        expect((hover?.contents as MarkupContent).value).toContain('availability');

        // `activity A243 … in A24`: from inside the library to its parent process, in the same file.
        const definition = target(await client.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: copyUri }, position: positionOf(LIBRARY_TEXT, ' in A24 {', 'A24')
        }));
        expect(definition.uri).toBe(copyUri);
        expect(LIBRARY_LINES[definition.range.start.line]).toMatch(/^process A24 /);

        const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, {
            textDocument: { uri: copyUri }, position: positionOf(LIBRARY_TEXT, '\nprocess A24 ', 'A24')
        });
        expect(highlights?.length).toBeGreaterThan(1);
    });
});

describe('a server started on the folder of the library copy', { timeout: 60_000 }, () => {
    let folder: string;
    let cacheHome: string;
    let client: StdioSession;
    let copyUri: string;

    beforeAll(async () => {
        folder = acmeFolder();
        cacheHome = mkdtempSync(path.join(tmpdir(), 'svcdef-cache-'));
        const first = await startServer({ root: folder, cacheHome, capabilities: {} });
        try {
            copyUri = target(await first.connection.sendRequest(DefinitionRequest.type, {
                textDocument: { uri: pathToFileURL(path.join(folder, 'agreements.svcdef')).toString() },
                position: positionOf(ACME_FILES['agreements.svcdef'], 'availability')
            })).uri;
        } finally {
            first.dispose();
        }
        // What Neovim does with a file outside every project: a server rooted at the file's folder.
        client = await startServer({ root: path.dirname(fileURLToPath(copyUri)), cacheHome, capabilities: {} });
    }, 60_000);

    afterAll(() => {
        client?.dispose();
        rmSync(folder, { recursive: true, force: true });
        rmSync(cacheHome, { recursive: true, force: true });
    });

    it('does not read the copy as a workspace file, and answers requests in it', async () => {
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: copyUri, languageId: 'svcdef', version: 1, text: LIBRARY_TEXT }
        });
        // Symbols wait for the whole workspace to be indexed: a copy read as a file would declare `availability` again.
        const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'availability' }) as Array<SymbolInformation | WorkspaceSymbol>;
        expect(symbols.filter(symbol => symbol.name === 'availability').map(symbol => symbol.location.uri)).toEqual([copyUri]);
        await validated(client, copyUri);
        expect([...client.published.values()].flatMap(params => params.diagnostics)).toEqual([]);

        const hover = await client.connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: copyUri }, position: positionOf(LIBRARY_TEXT, '\nmetric availability ', 'availability')
        });
        expect((hover?.contents as MarkupContent).value).toContain('availability');
    });
});

describe('built-in locations for a client with workspace/textDocumentContent', { timeout: 60_000 }, () => {
    let folder: string;
    let cacheHome: string;
    let client: StdioSession;

    beforeAll(async () => {
        folder = acmeFolder();
        cacheHome = mkdtempSync(path.join(tmpdir(), 'svcdef-cache-'));
        // What vscode-languageclient 10 sends.
        client = await startServer({ root: folder, cacheHome, capabilities: { workspace: { textDocumentContent: { dynamicRegistration: true } } } });
    }, 60_000);

    afterAll(() => {
        client?.dispose();
        rmSync(folder, { recursive: true, force: true });
        rmSync(cacheHome, { recursive: true, force: true });
    });

    it('keeps the builtin: URI, which the client opens itself, and writes no copy', async () => {
        const result = await client.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: pathToFileURL(path.join(folder, 'agreements.svcdef')).toString() },
            position: positionOf(ACME_FILES['agreements.svcdef'], 'availability')
        });
        const { uri, range } = target(result);
        expect(uri).toBe(BUILTIN_URI);
        expect(LIBRARY_LINES[range.start.line]).toMatch(/^metric availability /);
        expect(readdirSync(cacheHome)).toEqual([]);
    });

    it('takes a copy the editor opens anyway, left by a session of another editor, for the library', async () => {
        const copyUri = pathToFileURL(new LibraryCopy(LIBRARY_TEXT, [path.join(cacheHome, 'svcdef')]).path()).toString();
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: copyUri, languageId: 'svcdef', version: 1, text: LIBRARY_TEXT }
        });
        await validated(client, copyUri);
        expect(client.published.get(copyUri)?.diagnostics ?? []).toEqual([]);
        expect(diagnosticCodes(client)).not.toContain('duplicate-name');
        const definition = target(await client.connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: copyUri }, position: positionOf(LIBRARY_TEXT, ' in A24 {', 'A24')
        }));
        expect(definition.uri).toBe(BUILTIN_URI);
    });
});
