/**
 * The svcdef language server's own requests and notifications beyond LSP, shared by the
 * server (src/language-server/) and every client (the desktop and the web extension).
 * The extension host asks the server for what it shows (the catalog preview, the A2 model
 * view, generated files) instead of loading the workspace a second time, so there is one
 * language core and the two can never disagree.
 *
 * Everything here is plain JSON data: no Langium, no VS Code, no Node.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { CatalogViewName } from '../generator/catalog-view-names.js';
import type { SearchPieceKind } from '../generator/search-piece-kinds.js';

/** The audiences of the catalog, as `svcdef generate catalog --view` names them. */
export type { CatalogViewName };

/** A zero-based position range, as LSP and VS Code count. */
export interface SourceRange {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
}

export interface SourceLocation {
    /** URI string of the file. */
    readonly uri: string;
    readonly range: SourceRange;
}

// ---------------------------------------------------------------------------------------
// Catalog preview

export interface PreviewPageParams {
    readonly view: CatalogViewName;
    /** Path of the page from the view's site root, e.g. `index.html` or `services/email.html`. */
    readonly path: string;
}

export interface PreviewPage {
    readonly path: string;
    /** The page's HTML exactly as `svcdef generate catalog` writes it. */
    readonly content: string;
    /** The shared stylesheet and script the page links to: [path from the site root, text]. */
    readonly assets: readonly (readonly [string, string])[];
    /** Whether the page shows one service or agreement whose declaration Go to Source can open. */
    readonly hasSource: boolean;
    /** How many `.svcdef` files of the workspace the catalog is built from. */
    readonly files: number;
}

/** The view's site has no page at that path (its element was renamed or removed, say). */
export interface MissingPreviewPage {
    readonly missing: true;
}

export type PreviewPageResult = PreviewPage | MissingPreviewPage;

export function isMissingPage(result: PreviewPageResult): result is MissingPreviewPage {
    return 'missing' in result && result.missing === true;
}

/** One page of a view's catalog site, rendered on demand from the built workspace. */
export const PreviewPageRequest = new RequestType<PreviewPageParams, PreviewPageResult, void>('svcdef/previewPage');

/** Where the service or agreement a preview page shows is declared (the range of its name); null when the page shows none. */
export const ElementSourceRequest = new RequestType<PreviewPageParams, SourceLocation | null, void>('svcdef/elementSource');

export interface SearchIndexPieceParams {
    readonly view: CatalogViewName;
    /** Which piece, as its file in the site's `search/` folder names it in its call: `m` the manifest, `t` a shard, `d` a block of summaries. */
    readonly kind: SearchPieceKind;
    /** The shard's key or the block's number; empty for the manifest. */
    readonly key: string;
}

/**
 * The data of one piece of a view's search index, the same the file `svcdef generate
 * catalog` writes for it hands to the site script (JSON, never script), or null when the
 * index has no such piece: the preview's search box asks for these through its bridge.
 */
export const SearchIndexPieceRequest = new RequestType<SearchIndexPieceParams, unknown, void>('svcdef/searchIndexPiece');

// ---------------------------------------------------------------------------------------
// Generate Catalog, Generate SLA Documents, Open in Browser

export type GenerationKind = 'catalog' | 'sla';

export interface GenerateParams {
    readonly kind: GenerationKind;
    /**
     * catalog: only this view's folder (all three views when absent);
     * sla: the view of the documents (the customer view when absent).
     */
    readonly view?: CatalogViewName;
    /** catalog: only these formats (`html`, `md`, `json`; all when absent). */
    readonly formats?: readonly string[];
    /** Generate even though the workspace has errors (the CLI's `--force`). */
    readonly force?: boolean;
    /**
     * Asks for the next batch of a generation already under way (the `next` of the
     * previous answer); the other parameters are then ignored.
     */
    readonly continuation?: string;
}

/** A generated file: a plain relative POSIX path under the output folder, and its text. */
export interface GeneratedFileData {
    readonly path: string;
    readonly content: string;
}

/** An error of the workspace that stops generation unless `force` is set. */
export interface WorkspaceErrorData {
    /** URI string of the file. */
    readonly uri: string;
    readonly range: SourceRange;
    readonly message: string;
    /** The diagnostic code, e.g. `unresolved-reference`. */
    readonly code?: string;
}

export interface GeneratedBatch {
    /** The files of this batch, in the order the generator renders them. */
    readonly files: readonly GeneratedFileData[];
    /** Present while files remain: pass it back as `continuation` for the next batch. */
    readonly next?: string;
}

export interface GenerationRefused {
    /** The workspace's errors (at most the first 20); `errorCount` says how many there are. */
    readonly errors: readonly WorkspaceErrorData[];
    readonly errorCount: number;
}

export type GenerateResult = GeneratedBatch | GenerationRefused;

export function isGenerationRefused<T extends object>(result: T | GenerationRefused): result is GenerationRefused {
    return 'errors' in result;
}

/**
 * The files `svcdef generate catalog` or `svcdef generate sla` writes, in batches of a few
 * megabytes so that neither side ever holds a large catalog whole. A generation runs on the
 * workspace as it was built when it started; a newer workspace change ends it, and asking
 * for its next batch then fails with a message that says to generate again.
 */
export const GenerateRequest = new RequestType<GenerateParams, GenerateResult, void>('svcdef/generate');

// ---------------------------------------------------------------------------------------
// A2 Model view

export type A2TreeEntryKind =
    | 'category' | 'process' | 'activity'
    | 'binding'
    | 'icoms' | 'control' | 'input' | 'output'
    | 'unknown-nodes';

export interface A2TreeEntry {
    /** Unique and stable across refreshes, so the view keeps what the user expanded. */
    readonly key: string;
    readonly kind: A2TreeEntryKind;
    readonly label: string;
    readonly description?: string;
    /** Markdown. */
    readonly tooltip: string;
    /** A2 nodes: whether a binding implements the node itself. */
    readonly bound?: boolean;
    /** The A2 node the entry belongs to. */
    readonly nodeId?: string;
    /** Bindings: where the binding is declared. */
    readonly location?: SourceLocation;
    readonly children: readonly A2TreeEntry[];
}

/** The A2 model with the workspace's bindings under the nodes they implement: the roots of the view. */
export const A2TreeRequest = new RequestType0<A2TreeEntry[], void>('svcdef/a2Tree');

// ---------------------------------------------------------------------------------------
// Built-in library document

export interface BuiltinLibrary {
    /** `builtin:/svcdef-library.svcdef` */
    readonly uri: string;
    /** The text the server links against, so positions it reports in it land right. */
    readonly text: string;
}

/** The read-only built-in library (metrics, calendars, priorities, the A2 model) as text. */
export const BuiltinLibraryRequest = new RequestType0<BuiltinLibrary, void>('svcdef/builtinLibrary');

// ---------------------------------------------------------------------------------------
// Compare Commitments with Branch (desktop: the server reads Git)

export interface CompareCommitmentsParams {
    /** File-system path of the workspace folder: the head side as saved, and where the ref is read. */
    readonly folder: string;
    /** A branch, tag, commit or folder. */
    readonly ref: string;
    /** `svcdef.today`: the date to check against instead of the real one. */
    readonly today?: string;
}

/**
 * `svcdef diff --base REF --format markdown` on the saved workspace folder. Only a server
 * that can run Git answers it (the desktop one); a failure's message is meant for the user.
 */
export const CompareCommitmentsRequest = new RequestType<CompareCommitmentsParams, { readonly markdown: string }, void>('svcdef/compareCommitments');

// ---------------------------------------------------------------------------------------
// Server → client

export interface WorkspaceChangedParams {
    /** How many `.svcdef` files of the workspace the server has built. */
    readonly files: number;
}

/**
 * Sent (debounced) after the server has built a change of the workspace, typed or saved, so
 * that the preview and the A2 model view ask again.
 */
export const WorkspaceChangedNotification = new NotificationType<WorkspaceChangedParams>('svcdef/workspaceChanged');
