/**
 * Editor-request helpers over a workspace built by the shared harness. Places in a file
 * are given by a snippet of its text with `|` where the cursor stands
 * (`'implements A2|43'`), so tests read like what a user points at.
 */
import { TextDocument, URI, type LangiumDocument } from 'langium';
import type {
    CodeAction, Diagnostic, DocumentSymbol, InlayHint, Location, LocationLink, Position, Range, TextEdit, WorkspaceEdit
} from 'vscode-languageserver';
import type { TestWorkspace } from '../svcdef-test-services.js';

const WORKSPACE_PREFIX = '/workspace/';

/** The file name a test gave a document, or the full URI for documents it did not create (the built-in library). */
export function fileNameOf(uri: string | URI): string {
    const parsed = typeof uri === 'string' ? URI.parse(uri) : uri;
    return parsed.scheme === 'file' && parsed.path.startsWith(WORKSPACE_PREFIX)
        ? parsed.path.slice(WORKSPACE_PREFIX.length)
        : parsed.toString();
}

export function documentOf(ws: TestWorkspace, uri: string | URI): LangiumDocument {
    const parsed = typeof uri === 'string' ? URI.parse(uri) : uri;
    const document = ws.services.shared.workspace.LangiumDocuments.getDocument(parsed);
    if (!document) throw new Error(`No document ${parsed.toString()} in the test workspace.`);
    return document;
}

/** Position of the `|` in `marked`, which must occur in the file with the bar removed. */
export function positionOf(ws: TestWorkspace, file: string, marked: string, occurrence = 0): Position {
    const bar = marked.indexOf('|');
    if (bar < 0) throw new Error(`'${marked}' has no '|' cursor.`);
    const snippet = marked.slice(0, bar) + marked.slice(bar + 1);
    const text = ws.document(file).textDocument.getText();
    let start = -1;
    for (let seen = 0; seen <= occurrence; seen++) {
        start = text.indexOf(snippet, start + 1);
        if (start < 0) throw new Error(`'${snippet}' (occurrence ${occurrence}) is not in ${file}.`);
    }
    return ws.document(file).textDocument.positionAt(start + bar);
}

/** Text of a range in any document of the workspace (built-in included). */
export function textAt(ws: TestWorkspace, uri: string, range: Range): string {
    return documentOf(ws, uri).textDocument.getText(range);
}

export async function hoverText(ws: TestWorkspace, file: string, marked: string): Promise<string | undefined> {
    const document = ws.document(file);
    const hover = await ws.services.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(ws, file, marked)
    });
    if (!hover) return undefined;
    const contents = hover.contents;
    return typeof contents === 'object' && 'kind' in contents ? contents.value : JSON.stringify(contents);
}

export interface Place {
    readonly file: string;
    readonly line: number;
    readonly text: string;
}

function placeOf(ws: TestWorkspace, uri: string, range: Range): Place {
    return { file: fileNameOf(uri), line: range.start.line + 1, text: textAt(ws, uri, range) };
}

export async function definitionsAt(ws: TestWorkspace, file: string, marked: string): Promise<Place[]> {
    const document = ws.document(file);
    const links = await ws.services.lsp.DefinitionProvider!.getDefinition(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(ws, file, marked)
    }) ?? [];
    return (links as Array<LocationLink | Location>).map(link => 'targetUri' in link
        ? placeOf(ws, link.targetUri, link.targetSelectionRange)
        : placeOf(ws, link.uri, link.range));
}

export async function referencesAt(ws: TestWorkspace, file: string, marked: string, includeDeclaration = true): Promise<Place[]> {
    const document = ws.document(file);
    const locations = await ws.services.lsp.ReferencesProvider!.findReferences(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(ws, file, marked), context: { includeDeclaration }
    });
    return locations.map(location => placeOf(ws, location.uri, location.range));
}

export async function highlightsAt(ws: TestWorkspace, file: string, marked: string): Promise<Place[]> {
    const document = ws.document(file);
    const highlights = await ws.services.lsp.DocumentHighlightProvider!.getDocumentHighlight(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(ws, file, marked)
    }) ?? [];
    return highlights.map(highlight => placeOf(ws, document.uri.toString(), highlight.range));
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///edit', 'svcdef', 1, text), [...edits]);
}

/** The texts of the files a workspace edit changes, after the change, by file name. */
export function applyWorkspaceEdit(ws: TestWorkspace, edit: WorkspaceEdit | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
        result[fileNameOf(uri)] = applyEdits(documentOf(ws, uri).textDocument.getText(), edits);
    }
    return result;
}

export async function renameAt(ws: TestWorkspace, file: string, marked: string, newName: string): Promise<WorkspaceEdit | undefined> {
    const document = ws.document(file);
    return ws.services.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() }, position: positionOf(ws, file, marked), newName
    });
}

/** The formatted text of a file (or of a range of it), without changing the workspace. */
export async function formatted(ws: TestWorkspace, file: string, range?: Range): Promise<string> {
    const document = ws.document(file);
    const options = { tabSize: 4, insertSpaces: true };
    const textDocument = { uri: document.uri.toString() };
    const edits = range
        ? await ws.services.lsp.Formatter!.formatDocumentRange(document, { textDocument, options, range })
        : await ws.services.lsp.Formatter!.formatDocument(document, { textDocument, options });
    return applyEdits(document.textDocument.getText(), edits);
}

export async function symbolsOf(ws: TestWorkspace, file: string): Promise<DocumentSymbol[]> {
    const document = ws.document(file);
    return ws.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
}

/** Code actions offered for the diagnostics of a file that have the given code. */
export async function quickFixes(ws: TestWorkspace, file: string, code: string): Promise<{ diagnostics: Diagnostic[]; actions: CodeAction[] }> {
    const document = ws.document(file);
    const diagnostics = ws.diagnostics(file).filter(diagnostic => diagnostic.code === code);
    if (diagnostics.length === 0) throw new Error(`${file} has no '${code}' diagnostic; it has ${ws.codes(file).join(', ') || 'none'}.`);
    const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostics[0].range,
        context: { diagnostics }
    }) ?? [];
    return { diagnostics, actions: actions.filter((action): action is CodeAction => 'title' in action && 'kind' in action) };
}

/** The whole text of every file, for feeding an edited state back into `ws.update`. */
export function textsOf(ws: TestWorkspace, ...files: string[]): Record<string, string> {
    return Object.fromEntries(files.map(file => [file, ws.document(file).textDocument.getText()]));
}

/** Every inlay hint of a file, with the line up to where it is shown so that a test sees what it follows. */
export async function inlayHintsOf(ws: TestWorkspace, file: string): Promise<Array<{ line: string; hint: string; tooltip: string }>> {
    const document = ws.document(file);
    const text = document.textDocument;
    const hints: InlayHint[] = await ws.services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: text.positionAt(text.getText().length) }
    }) ?? [];
    return hints.map(hint => ({
        line: text.getText({ start: { line: hint.position.line, character: 0 }, end: hint.position }).trim(),
        hint: typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''),
        tooltip: typeof hint.tooltip === 'string' ? hint.tooltip : hint.tooltip?.value ?? ''
    }));
}
