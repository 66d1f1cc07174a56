/**
 * Built-in locations for editors that cannot open `builtin:` URIs.
 *
 * Definitions, references and symbols of `availability`, `P1` or `A243` lie in the built-in
 * library, `builtin:///svcdef-library.svcdef`. VS Code asks the server for that document's
 * text (LSP 3.18 `workspace/textDocumentContent`); Neovim, Helix and Emacs do not, and
 * show an empty buffer and an error. So the connection is wrapped:
 *
 * - for a client that does not announce that capability, the `builtin:` URI becomes, in
 *   everything the server sends, the `file:` URI of a read-only copy of the library on
 *   disk ({@link LibraryCopy});
 * - in everything any client sends, a copy's URI becomes the `builtin:` URI again, so a
 *   hover or a definition asked in the copy is answered from the library the server holds;
 * - a copy's open, change, save and close notifications and file-watcher events are
 *   dropped: a copy must never become a document of its own, whose declarations would
 *   clash with the library's in every file.
 *
 * Wrapping the connection, rather than each feature, keeps the language services unaware
 * of it and covers every request Langium answers, today's and tomorrow's.
 */
import { URI } from 'langium';
import type { Connection, InitializeParams } from 'vscode-languageserver/node';
import { BUILTIN_LIBRARY_URI } from '../language/builtin/builtin-library.js';
import type { LibraryCopy } from './library-copy.js';
import { rewriteStrings } from './rewrite-strings.js';

type Method = (this: unknown, ...args: unknown[]) => unknown;

const BUILTIN_URI = BUILTIN_LIBRARY_URI.toString();

/** Notifications that would open the copy as a document; answered as if they never came. */
const DOCUMENT_SYNC = new Set([
    'onDidOpenTextDocument', 'onDidChangeTextDocument', 'onDidCloseTextDocument',
    'onDidSaveTextDocument', 'onWillSaveTextDocument', 'onWillSaveTextDocumentWaitUntil'
]);

/**
 * `connection`, with `builtin:` locations turned into a file for clients that need one.
 * `createCopy` is called once, at `initialize`.
 */
export function withBuiltinLibraryAsFile(connection: Connection, createCopy: () => LibraryCopy): Connection {
    let copy: LibraryCopy | undefined;
    // Whether the client is sent the copy's URI: it cannot open `builtin:` ones.
    let sendCopy = false;
    let copyUri: string | undefined;

    const decide = (params: InitializeParams): void => {
        copy = createCopy();
        sendCopy = !params.capabilities?.workspace?.textDocumentContent;
    };

    /** The copy's URI, writing the copy first; undefined, and `builtin:` kept, when it cannot be written. */
    const fileUri = (): string | undefined => {
        if (sendCopy && copy && copyUri === undefined) {
            try {
                copyUri = URI.file(copy.path()).toString();
            } catch (error) {
                sendCopy = false;
                connection.console.warn(`${error instanceof Error ? error.message : String(error)} Built-in locations keep their builtin: URIs.`);
            }
        }
        return copyUri;
    };

    // Whichever client opens a copy, perhaps one another server wrote, it is the library.
    const isCopyUri = (text: string): boolean =>
        copy !== undefined && (text === copyUri || (text.startsWith('file:') && copy.isCopy(URI.parse(text).fsPath)));

    const toClient = <T>(value: T): T =>
        sendCopy ? rewriteStrings(value, text => (text === BUILTIN_URI ? fileUri() : undefined)) : value;

    const fromClient = <T>(value: T): T =>
        copy ? rewriteStrings(value, text => (isCopyUri(text) ? BUILTIN_URI : undefined)) : value;

    const wrapHandler = (name: string, handler: Method): Method => function (this: unknown, params: unknown, ...rest: unknown[]) {
        if (name === 'onInitialize') {
            decide(params as InitializeParams);
        }
        if (DOCUMENT_SYNC.has(name) && isCopyUri(documentUri(params) ?? '')) {
            return name === 'onWillSaveTextDocumentWaitUntil' ? [] : undefined;
        }
        if (name === 'onDidChangeWatchedFiles' && copy) {
            params = withoutCopyChanges(params, isCopyUri);
        }
        const result = handler.call(this, fromClient(params), ...rest);
        return isThenable(result) ? result.then(toClient) : toClient(result);
    };

    const wrapSender = (name: string, sender: Method): Method => function (this: unknown, ...args: unknown[]) {
        // The library has no diagnostics. Telling a client so would make it note a file it
        // never opened, and write the copy before anyone asks for it.
        if (name === 'sendDiagnostics' && sendCopy && isEmptyReportOn(BUILTIN_URI, args[0])) {
            return Promise.resolve();
        }
        return sender.apply(this, args.map(toClient));
    };

    return intercept(connection, (name, method) => {
        if (/^on([A-Z]|$)/.test(name)) {
            return function (this: unknown, ...args: unknown[]) {
                return method.apply(this, args.map(arg => (typeof arg === 'function' ? wrapHandler(name, arg as Method) : arg)));
            };
        }
        return /^send([A-Z]|$)/.test(name) ? wrapSender(name, method) : method;
    });
}

function documentUri(params: unknown): string | undefined {
    const uri: unknown = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
    return typeof uri === 'string' ? uri : undefined;
}

function isEmptyReportOn(uri: string, params: unknown): boolean {
    const report = params as { uri?: unknown; diagnostics?: unknown[] } | undefined;
    return report?.uri === uri && report.diagnostics?.length === 0;
}

function withoutCopyChanges(params: unknown, isCopyUri: (uri: string) => boolean): unknown {
    const changes = (params as { changes?: Array<{ uri: string }> } | undefined)?.changes;
    return Array.isArray(changes) ? { ...(params as object), changes: changes.filter(change => !isCopyUri(change.uri)) } : params;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
    return typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
}

/**
 * A view of `target` and the objects hanging off it (`connection.languages.semanticTokens`,
 * `connection.workspace`, …) in which each method is replaced by what `around` makes of it.
 * Methods still run with the original object as `this`.
 */
function intercept<T extends object>(target: T, around: (name: string, method: Method) => Method): T {
    const views = new WeakMap<object, object>();
    const view = <O extends object>(object: O): O => {
        let existing = views.get(object) as O | undefined;
        if (!existing) {
            existing = new Proxy(object, {
                get(inner, property) {
                    const value: unknown = Reflect.get(inner, property, inner);
                    const descriptor = Reflect.getOwnPropertyDescriptor(inner, property);
                    // A proxy must hand out a frozen property's own value.
                    if (typeof property !== 'string' || (descriptor && !descriptor.configurable && !descriptor.writable)) {
                        return value;
                    }
                    if (typeof value === 'function') {
                        const method = around(property, value as Method);
                        return (...args: unknown[]) => method.apply(inner, args);
                    }
                    return typeof value === 'object' && value !== null ? view(value) : value;
                }
            });
            views.set(object, existing);
        }
        return existing;
    };
    return view(target);
}
