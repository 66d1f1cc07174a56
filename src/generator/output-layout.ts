/**
 * The file layout of each `svcdef generate` command: which documents go where under the
 * output folder. Pure: the catalog in, relative paths and text out.
 *
 *   catalog:  <view>/index.html, <view>/services/*.html, <view>/slas/*.html,
 *             <view>/catalog.md, <view>/catalog.json (+ olas/, ucs/, coverage.* in support;
 *             + changes.html, changes.md with --since)
 *   sla:      <sla>.html, <sla>.md
 *   coverage: coverage.html (+ its assets/ stylesheet), coverage.md; coverage.json with --format json
 */
import type { A2ReferenceModel } from '../a2/a2-reference-model.js';
import { NO_LINKS, agreementBody } from './agreement-html.js';
import { agreementRunningHeader } from './agreement-running-header.js';
import { agreementMarkdown } from './agreement-markdown.js';
import { catalogHtmlFiles } from './catalog-html.js';
import { SearchIndexReuse } from './search-index-reuse.js';
import { changesForView, type ChangesSince } from './changes-since.js';
import { changesTitle } from './changes-since-html.js';
import { CHANGES_MARKDOWN, changesMarkdown } from './changes-since-markdown.js';
import { catalogJsonChunks } from './catalog-json.js';
import { catalogMarkdownChunks } from './catalog-markdown.js';
import { type AgreementEntry, type Catalog } from './catalog-model.js';
import { compareText } from './text-order.js';
import { VIEW_TITLES, viewOf, type CatalogView, type CatalogViewName } from './catalog-views.js';
import { buildCoverage } from './coverage-model.js';
import { coveragePage } from './coverage-html.js';
import { coverageMarkdown } from './coverage-markdown.js';
import { coverageJson } from './coverage-json.js';
import { AGREEMENT_KIND_LABELS, displayName, isDraft, simpleName } from './display-text.js';
import { inMemory, underFolder, type GeneratedFile, type OutputFile } from './generated-file.js';
import { renderPage } from './html-page.js';
import { documentAssets } from './site-assets.js';
import { uniqueSlugs } from './slugs.js';
import { SLA_DOCUMENTS_INDEX, slaDocumentFooter, slaDocumentsIndex, type SlaDocumentLink } from './sla-documents-index-html.js';
import type { Publisher } from './catalog-html.js';

export const CATALOG_FORMATS = ['html', 'md', 'json'] as const;
export type CatalogFormat = typeof CATALOG_FORMATS[number];

export const DOCUMENT_FORMATS = ['html', 'md'] as const;
export type DocumentFormat = typeof DOCUMENT_FORMATS[number];

export interface CatalogOutputOptions {
    readonly views: readonly CatalogViewName[];
    readonly formats: readonly CatalogFormat[];
    readonly a2: A2ReferenceModel;
    readonly generatedAt?: string;
    /** `--since REF`: each view gets a page of what changed since REF that its audience may see. */
    readonly changes?: ChangesSince;
    /** `YYYY-MM-DD` (`--today`): agreements whose validity has ended by then are published as expired. */
    readonly today?: string;
    /** Who publishes the catalog, named in every page's header. */
    readonly publisher?: Publisher;
    /** The date the catalog's sources last changed, for the footer of every page. */
    readonly lastUpdated?: string;
    /** The publisher's logo, written into each view's site at `publisher.logo`. */
    readonly logo?: GeneratedFile;
}

/** Every catalog file, in memory at once (for the editor and tests; the CLI streams `catalogFiles`). */
export function catalogOutputs(catalog: Catalog, options: CatalogOutputOptions): GeneratedFile[] {
    return [...catalogFiles(catalog, options)].map(inMemory);
}

/**
 * Every catalog file, each rendered only when the consumer asks for the next, and the
 * Markdown and JSON of a view in pieces: at 50k services the tree is a quarter of a million
 * files, and one view's JSON is hundreds of megabytes.
 */
export function* catalogFiles(catalog: Catalog, options: CatalogOutputOptions): Generator<OutputFile> {
    // The customer and user views usually search the same documents: their index is built once.
    const searchIndexReuse = new SearchIndexReuse();
    for (const name of options.views) {
        yield* underFolder(name, viewFiles(viewOf(catalog, name, { today: options.today }), options, searchIndexReuse));
    }
}

function* viewFiles(view: CatalogView, options: CatalogOutputOptions, searchIndexReuse: SearchIndexReuse): Generator<OutputFile> {
    const coverage = view.policy.bindings ? buildCoverage(view.catalog.bindings, options.a2) : undefined;
    const changes = options.changes && changesForView(options.changes, view.name);
    if (options.formats.includes('html')) {
        if (options.logo) {
            yield options.logo;
        }
        yield* catalogHtmlFiles(view, {
            a2: options.a2, generatedAt: options.generatedAt, changes, publisher: options.publisher, lastUpdated: options.lastUpdated,
            searchIndexReuse
        });
    }
    if (options.formats.includes('md')) {
        yield { path: 'catalog.md', chunks: catalogMarkdownChunks(view, options.generatedAt, changes && { title: changesTitle(changes), path: CHANGES_MARKDOWN }) };
        if (changes) {
            yield { path: CHANGES_MARKDOWN, content: changesMarkdown(changes, view.name, options.generatedAt) };
        }
        if (coverage) {
            yield { path: 'coverage.md', content: coverageMarkdown(coverage, options.generatedAt) };
        }
    }
    if (options.formats.includes('json')) {
        yield { path: 'catalog.json', chunks: catalogJsonChunks(view, { coverage, generatedAt: options.generatedAt }) };
    }
}

export interface SlaOutputOptions {
    /** SLAs to write, by qualified or simple name; all when empty. */
    readonly names: readonly string[];
    readonly view: Extract<CatalogViewName, 'customer' | 'support'>;
    readonly formats: readonly DocumentFormat[];
    readonly generatedAt?: string;
    /** `YYYY-MM-DD` (`--today`): agreements whose validity has ended by then are published as expired. */
    readonly today?: string;
}

export interface SlaOutputs {
    readonly files: GeneratedFile[];
    /** Requested names that match no SLA. */
    readonly unknown: string[];
    /** Requested simple names that match more than one SLA (write the qualified name). */
    readonly ambiguous: string[];
    /** How many SLAs the files document (beside them: the folder's index and shared assets). */
    readonly documents: number;
}

export function slaOutputs(catalog: Catalog, options: SlaOutputOptions): SlaOutputs {
    const view = viewOf(catalog, options.view, { today: options.today });
    const slas = view.catalog.slas;
    const unknown: string[] = [];
    const ambiguous: string[] = [];
    let selected: AgreementEntry[];
    if (options.names.length === 0) {
        selected = [...slas];
    } else {
        const chosen = new Set<AgreementEntry>();
        for (const requested of options.names) {
            const exact = slas.filter(sla => sla.name === requested);
            const bySimpleName = exact.length > 0 ? exact : slas.filter(sla => simpleName(sla.name) === requested);
            const distinctNames = new Set(bySimpleName.map(sla => sla.name));
            if (bySimpleName.length === 0) {
                unknown.push(requested);
            } else if (distinctNames.size > 1) {
                ambiguous.push(requested);
            } else {
                bySimpleName.forEach(sla => chosen.add(sla));
            }
        }
        selected = slas.filter(sla => chosen.has(sla));
    }
    // Names come from every SLA, not just the selected ones, so a document keeps its file name
    // whichever SLAs a run asks for.
    // The folder's index.html comes first, so no SLA's document can take its name.
    const slugs = uniqueSlugs([INDEX_KEY, ...slas.map(sla => sla.id).sort(compareText)],
        id => id === INDEX_KEY ? 'index' : simpleName(id.replace(/~\d+$/, '')));
    const files: GeneratedFile[] = [];
    const documents: SlaDocumentLink[] = [];
    for (const sla of selected) {
        const slug = slugs.get(sla.id)!;
        if (options.formats.includes('html')) {
            files.push({ path: `${slug}.html`, content: slaPage(sla, view.catalog, view.policy, options) });
            documents.push({ sla, href: `${slug}.html` });
        }
        if (options.formats.includes('md')) {
            const footer = [options.today && `_Status as of ${options.today}._`, options.generatedAt && `_Generated at ${options.generatedAt}._`]
                .filter(Boolean).map(line => `\n${line}\n`).join('');
            files.push({ path: `${slug}.md`, content: `${agreementMarkdown(sla, view)}\n${footer}` });
        }
    }
    if (documents.length > 0) {
        files.push({ path: SLA_DOCUMENTS_INDEX, content: slaDocumentsIndex(documents, options.view, options.generatedAt, options.today) });
    }
    if (files.some(file => file.path.endsWith('.html'))) {
        // The documents share one stylesheet in the folder's assets/, as a catalog site does.
        files.push(...documentAssets().files);
    }
    return { files, unknown, ambiguous, documents: selected.length };
}

/** A key no SLA id can be (ids are names), holding `index` among the documents' slugs. */
const INDEX_KEY = '\u0000index';

function slaPage(sla: AgreementEntry, catalog: Catalog, policy: ReturnType<typeof viewOf>['policy'], options: SlaOutputOptions): string {
    // The site name already says what kind of document this is; the title need not say it again.
    return renderPage({
        title: displayName(sla),
        siteName: AGREEMENT_KIND_LABELS[sla.kind],
        tagline: VIEW_TITLES[options.view],
        // Every HTML document has the folder's index beside it: the way back to the others.
        homeHref: SLA_DOCUMENTS_INDEX,
        nav: [],
        body: agreementBody(sla, { catalog, policy, links: NO_LINKS }),
        draft: isDraft(sla),
        runningHeader: agreementRunningHeader(sla),
        footer: slaDocumentFooter(options.today, options.generatedAt)
    });
}

/** The formats `generate coverage` writes unless --format names one: the two documents for people. */
export const COVERAGE_DEFAULT_FORMATS: readonly CatalogFormat[] = ['html', 'md'];

export interface CoverageOutputOptions {
    readonly a2: A2ReferenceModel;
    readonly generatedAt?: string;
    readonly formats?: readonly CatalogFormat[];
}

export function coverageOutputs(catalog: Catalog, options: CoverageOutputOptions): GeneratedFile[] {
    const coverage = buildCoverage(catalog.bindings, options.a2);
    const formats = options.formats ?? COVERAGE_DEFAULT_FORMATS;
    return [
        ...formats.includes('html') ? [{ path: 'coverage.html', content: coveragePage(coverage, options.generatedAt) }] : [],
        ...formats.includes('md') ? [{ path: 'coverage.md', content: coverageMarkdown(coverage, options.generatedAt) }] : [],
        ...formats.includes('json') ? [{ path: 'coverage.json', content: coverageJson(coverage, options.generatedAt) }] : [],
        // The page links its stylesheet in assets/, as the SLA documents do.
        ...formats.includes('html') ? documentAssets().files : []
    ];
}
