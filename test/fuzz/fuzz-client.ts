import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'langium';
import {
    CancellationTokenSource, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification, FileChangeType, ResponseError, type Position, type Range, type TextEdit
} from 'vscode-languageserver-protocol/node';
import type { StdioSession } from '../protocol/stdio-session.js';
import type { Operation, PlaceSpec, RequestKind } from './fuzz-operations.js';

/** The promises a language server makes whatever it is sent; each violation names the one it breaks. */
export type Property = 'stays alive' | 'answers every request' | 'answers with a result or a proper error' | 'formatting changes only whitespace';

export interface Violation {
    readonly property: Property;
    readonly step: number;
    readonly message: string;
}

/** A document the client can open: a file of the workspace folder, or an `untitled:` one that never is. */
export interface FuzzDocument {
    readonly uri: string;
    /** Relative path in the workspace folder; undefined for untitled documents. */
    readonly file?: string;
    /** The text an untitled document opens with, and a missing file too. */
    readonly text: string;
}

const ANSWER_WITHIN_MS = 15_000;
/** Requests other than formatting are not awaited before the next operation, up to this many at once. */
const MAX_PENDING = 8;

const METHODS: Record<RequestKind, string> = {
    completion: 'textDocument/completion', hover: 'textDocument/hover', definition: 'textDocument/definition',
    references: 'textDocument/references', rename: 'textDocument/rename', prepareRename: 'textDocument/prepareRename',
    documentSymbol: 'textDocument/documentSymbol', workspaceSymbol: 'workspace/symbol', formatting: 'textDocument/formatting',
    rangeFormatting: 'textDocument/rangeFormatting', codeAction: 'textDocument/codeAction', codeLens: 'textDocument/codeLens',
    inlayHint: 'textDocument/inlayHint', semanticTokens: 'textDocument/semanticTokens/full', foldingRange: 'textDocument/foldingRange',
    documentHighlight: 'textDocument/documentHighlight'
};

/** Everything but whitespace: formatting may change nothing else (comments may move, but not change). */
function visible(text: string): string {
    return text.replace(/\s+/g, '');
}

/** A `result` carrying what should have been a JSON-RPC `error` (a duplicated ResponseError class serialises so). */
function looksLikeError(result: unknown): boolean {
    if (typeof result !== 'object' || result === null || Array.isArray(result)) return false;
    const code = (result as { code?: unknown }).code;
    return typeof code === 'number' && ((code <= -32000 && code >= -32899) || typeof (result as { message?: unknown }).message === 'string');
}

/**
 * Plays operations against a language server over stdio the way an editor would, keeping
 * the text of every open document as the client sees it, and records which promise of the
 * server each reply breaks. It never stops at a violation but at a dead server.
 */
export class FuzzClient {
    readonly log: string[] = [];
    readonly violations: Violation[] = [];
    /** JSON-RPC error codes answered, with how often: proper answers, but worth a look. */
    readonly errorCodes = new Map<number, number>();
    private readonly open = new Map<string, TextDocument>();
    private pending: Array<Promise<void>> = [];
    private stuck = false;

    constructor(private readonly session: StdioSession, private readonly documents: readonly FuzzDocument[],
        private readonly diskFiles: readonly string[], private readonly diskTexts: readonly string[]) {}

    /** False once the server has died; then nothing more is sent. */
    async play(operation: Operation, step: number): Promise<boolean> {
        this.log.push(`${step} ${JSON.stringify(operation)}`);
        switch (operation.op) {
            case 'open': await this.openDocument(operation.doc); break;
            case 'close': await this.closeDocument(operation.doc); break;
            case 'edit': await this.edit(operation); break;
            case 'request': await this.request(operation, step); break;
            case 'disk': await this.changeDisk(operation); break;
        }
        return this.checkAlive(step);
    }

    /** Waits for every request still out. */
    async settle(step: number): Promise<boolean> {
        await Promise.all(this.pending);
        this.pending = [];
        return this.checkAlive(step);
    }

    /**
     * A notification is written once the server reads it; one that never is means the
     * server stopped reading its input, which is as good as dead to the editor.
     */
    private async notify(method: string, params: object): Promise<void> {
        let timer: NodeJS.Timeout | undefined;
        const stuck = new Promise<'stuck'>(resolve => { timer = setTimeout(() => resolve('stuck'), ANSWER_WITHIN_MS); });
        const outcome = await Promise.race([this.session.connection.sendNotification(method, params), stuck]).finally(() => clearTimeout(timer));
        if (outcome === 'stuck') this.stuck = true;
    }

    private checkAlive(step: number): boolean {
        if (this.stuck) {
            this.violations.push({ property: 'stays alive', step, message: `stopped reading its input for ${ANSWER_WITHIN_MS} ms` });
            return false;
        }
        const code = this.session.exitCode();
        if (code === undefined) return true;
        this.violations.push({ property: 'stays alive', step, message: `exited with code ${code}: ${this.session.stderr().slice(-2000)}` });
        return false;
    }

    private async openDocument(index: number): Promise<TextDocument> {
        const document = this.documents[index]!;
        const opened = this.open.get(document.uri);
        if (opened) return opened;
        const onDisk = document.file !== undefined && existsSync(path.join(this.session.folder, document.file));
        const text = onDisk ? readFileSync(path.join(this.session.folder, document.file!), 'utf8') : document.text;
        const client = TextDocument.create(document.uri, 'svcdef', 1, text);
        this.open.set(document.uri, client);
        await this.notify(DidOpenTextDocumentNotification.method, {
            textDocument: { uri: document.uri, languageId: 'svcdef', version: 1, text }
        });
        return client;
    }

    private async closeDocument(index: number): Promise<void> {
        const { uri } = this.documents[index]!;
        if (!this.open.delete(uri)) return;
        await this.notify(DidCloseTextDocumentNotification.method, { textDocument: { uri } });
    }

    private async edit(operation: Extract<Operation, { op: 'edit' }>): Promise<void> {
        const before = await this.openDocument(operation.doc);
        const range = { start: placeIn(before, operation.from), end: placeIn(before, operation.to) };
        // The server applies the change with the same library, clamping what lies outside the text alike.
        const after = TextDocument.update(before, [{ range, text: operation.text }], before.version + 1);
        this.open.set(before.uri, after);
        await this.notify(DidChangeTextDocumentNotification.method, {
            textDocument: { uri: before.uri, version: after.version }, contentChanges: [{ range, text: operation.text }]
        });
    }

    private async request(operation: Extract<Operation, { op: 'request' }>, step: number): Promise<void> {
        const { uri } = this.documents[operation.doc]!;
        const client = this.open.get(uri);
        const textDocument = { uri };
        const position = placeIn(client, operation.from);
        const range: Range = { start: position, end: placeIn(client, operation.to) };
        const options = { tabSize: 2, insertSpaces: true };
        const params: Record<RequestKind, object> = {
            completion: { textDocument, position }, hover: { textDocument, position }, definition: { textDocument, position },
            references: { textDocument, position, context: { includeDeclaration: true } },
            rename: { textDocument, position, newName: operation.newName }, prepareRename: { textDocument, position },
            documentSymbol: { textDocument }, workspaceSymbol: { query: operation.newName }, formatting: { textDocument, options },
            rangeFormatting: { textDocument, range, options }, codeAction: { textDocument, range, context: { diagnostics: [] } },
            codeLens: { textDocument }, inlayHint: { textDocument, range }, semanticTokens: { textDocument },
            foldingRange: { textDocument }, documentHighlight: { textDocument, position }
        };
        const cancellation = new CancellationTokenSource();
        const sent = this.session.connection.sendRequest(METHODS[operation.kind], params[operation.kind], cancellation.token);
        if (operation.cancel) cancellation.cancel();
        const answered = this.judge(sent, operation.kind, step).then(result => {
            const formatting = operation.kind === 'formatting' || operation.kind === 'rangeFormatting';
            if (formatting && client && Array.isArray(result)) this.checkWhitespaceOnly(client, result as TextEdit[], step);
        });
        // Formatting is awaited so that the text it is checked against is still the one it was asked about.
        if (operation.kind === 'formatting' || operation.kind === 'rangeFormatting') {
            await answered;
        } else {
            this.pending.push(answered);
            if (this.pending.length >= MAX_PENDING) await this.settle(step);
        }
    }

    /** The reply's result, or undefined after recording why it is not one. */
    private async judge(sent: Promise<unknown>, kind: RequestKind, step: number): Promise<unknown> {
        let timer: NodeJS.Timeout | undefined;
        const silence = new Promise<'silence'>(resolve => { timer = setTimeout(() => resolve('silence'), ANSWER_WITHIN_MS); });
        try {
            const result = await Promise.race([sent, silence]);
            if (result === 'silence') {
                this.violations.push({ property: 'answers every request', step, message: `${kind}: no reply within ${ANSWER_WITHIN_MS} ms` });
                return undefined;
            }
            if (looksLikeError(result)) {
                this.violations.push({ property: 'answers with a result or a proper error', step, message: `${kind}: result ${JSON.stringify(result)}` });
                return undefined;
            }
            return result;
        } catch (error) {
            if (error instanceof ResponseError) {
                this.errorCodes.set(error.code, (this.errorCodes.get(error.code) ?? 0) + 1);
                this.log.push(`  ${step} ${kind} → error ${error.code}: ${error.message.slice(0, 200)}`);
            } else if (this.session.exitCode() === undefined) {
                this.violations.push({ property: 'answers with a result or a proper error', step, message: `${kind}: ${String(error)}` });
            }
            return undefined;
        } finally {
            clearTimeout(timer);
        }
    }

    private checkWhitespaceOnly(client: TextDocument, edits: TextEdit[], step: number): void {
        let formatted: string;
        try {
            formatted = TextDocument.applyEdits(client, edits);
        } catch (error) {
            this.violations.push({ property: 'formatting changes only whitespace', step, message: `edits do not apply: ${String(error)}` });
            return;
        }
        if (visible(formatted) !== visible(client.getText())) {
            this.violations.push({
                property: 'formatting changes only whitespace', step,
                message: `text before:\n${client.getText()}\nafter:\n${formatted}\nedits: ${JSON.stringify(edits)}`
            });
        }
    }

    private async changeDisk(operation: Extract<Operation, { op: 'disk' }>): Promise<void> {
        const file = this.diskFiles[operation.file]!;
        const absolute = path.join(this.session.folder, file);
        const uri = pathToFileURL(absolute).toString();
        const existed = existsSync(absolute);
        if (operation.action === 'delete') {
            rmSync(absolute, { force: true });
        } else {
            mkdirSync(path.dirname(absolute), { recursive: true });
            writeFileSync(absolute, `${operation.text}\n${this.diskTexts[operation.file % this.diskTexts.length]}`);
        }
        const type = operation.action === 'delete' ? FileChangeType.Deleted : existed ? FileChangeType.Changed : FileChangeType.Created;
        await this.notify(DidChangeWatchedFilesNotification.method, { changes: [{ uri, type }] });
    }
}

/** A place in the client's text; raw line and character where there is no text or the operation says so. */
function placeIn(document: TextDocument | undefined, place: PlaceSpec): Position {
    if ('within' in place) {
        return document ? document.positionAt(Math.floor(place.within * document.getText().length)) : { line: 0, character: 0 };
    }
    return { line: place.line, character: place.character };
}
