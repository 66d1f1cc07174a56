/**
 * The published service catalog (PRM-IT A235 "Service Catalog") as a static site for one
 * view: an index with filters, a page per service, a page per agreement and, in the
 * support view, the A2 coverage page. Every page works opened straight from disk.
 */
import type { A2ReferenceModel } from '../a2/a2-reference-model.js';
import { agreementBody, type SiteLinks } from './agreement-html.js';
import { agreementRunningHeader } from './agreement-running-header.js';
import { catalogLookups, type CatalogLookups } from './catalog-lookups.js';
import { type AgreementEntry, type Catalog, type EntityRef } from './catalog-model.js';
import { catalogPaths, relativeHref, type CatalogPaths } from './catalog-paths.js';
import { VIEW_TITLES, type CatalogView } from './catalog-views.js';
import { buildCoverage } from './coverage-model.js';
import { coverageBody } from './coverage-html.js';
import { AGREEMENT_KIND_LABELS, displayName, isDraft, refLabel, simpleName } from './display-text.js';
import type { GeneratedFile } from './generated-file.js';
import { pageLink } from './html-fragments.js';
import { html, type Markup } from './html-markup.js';
import { CHANGES_PAGE, changesBody, changesTitle } from './changes-since-html.js';
import type { ViewChanges } from './changes-since.js';
import { indexPage } from './catalog-index-html.js';
import { servicePage } from './service-page-html.js';
import { ARCHIVE, ARCHIVE_TITLE, archiveEntry, archivePage } from './archive-page-html.js';
import { DEPENDENCY_MAP, dependencyMapPage } from './dependency-map-html.js';
import { pageShell, type Breadcrumb, type NavItem, type PageShell } from './html-page.js';
import { siteAssets } from './site-assets.js';
import { categoryPageFiles } from './category-pages-html.js';
import { searchDocuments, searchIndexFiles } from './search-index.js';
import type { SearchIndexReuse } from './search-index-reuse.js';

export interface CatalogHtmlOptions {
    readonly a2: A2ReferenceModel;
    /** ISO timestamp for the footer; omitted by default so output is reproducible. */
    readonly generatedAt?: string;
    /** What changed since a ref (`generate catalog --since`): a page of its own, linked from every page. */
    readonly changes?: ViewChanges;
    /** Who publishes the catalog: shown in every page's header (the provider marked as publisher, or the workspace configuration). */
    readonly publisher?: Publisher;
    /** The date the catalog's content was last changed (newest source commit, or `--today`): never the wall clock. */
    readonly lastUpdated?: string;
    /** Shared by the views written together, so views with the same search documents build their index once. */
    readonly searchIndexReuse?: SearchIndexReuse;
}

export interface Publisher {
    readonly name: string;
    /** The logo as copied into the site, relative to the view's folder (such as `assets/logo.svg`). */
    readonly logo?: string;
}

export const SITE_NAME = 'Service catalog';

/** What a page may add to its shell; all optional, so every page states only what it needs. */
export interface PageExtras {
    readonly draft?: boolean;
    /** Set (to any value but false) on pages that run the site script. */
    readonly script?: string | boolean;
    /** The navigation entry that is the current page. */
    readonly current?: string;
    readonly breadcrumbs?: readonly Breadcrumb[];
    /** What the top of every printed page says; see PageContent. */
    readonly runningHeader?: string;
}

/** The home-page section each folder's pages belong to, for their breadcrumbs. */
const FOLDER_SECTIONS: Readonly<Record<string, { label: string; anchor: string }>> = {
    services: { label: 'Services', anchor: 'services' },
    slas: { label: 'Agreements', anchor: 'agreements' },
    olas: { label: 'Agreements', anchor: 'agreements' },
    ucs: { label: 'Agreements', anchor: 'agreements' }
};
export const INDEX = 'index.html';
export const COVERAGE = 'coverage.html';

/** Every page of the view's site, in memory at once (for the editor's preview and tests). */
export function catalogHtml(view: CatalogView, options: CatalogHtmlOptions): GeneratedFile[] {
    return [...catalogHtmlFiles(view, options)];
}

/** Every page of the view's site, each rendered only when asked for: a site can be thousands of pages. */
export function* catalogHtmlFiles(view: CatalogView, options: CatalogHtmlOptions): Generator<GeneratedFile> {
    const { catalog } = view;
    const paths = catalogPaths(catalog);
    const site = new SiteContext(view, paths, options);
    yield* siteAssets().files;
    yield { path: INDEX, content: indexPage(site) };
    for (const service of catalog.services) {
        const path = paths.serviceEntry(service);
        yield { path, content: servicePage(site, service, path) };
    }
    for (const agreements of [catalog.slas, catalog.olas, catalog.ucs]) {
        for (const agreement of agreements) {
            const path = paths.agreementEntry(agreement);
            yield { path, content: site.agreementPage(agreement, path) };
        }
    }
    if (view.policy.bindings) {
        yield { path: COVERAGE, content: site.coveragePage() };
    }
    if (view.policy.dependencies) {
        yield { path: DEPENDENCY_MAP, content: dependencyMapPage(site) };
    }
    if (!view.policy.retiredServices) {
        yield { path: ARCHIVE, content: archivePage(site) };
    }
    if (options.changes) {
        yield { path: CHANGES_PAGE, content: site.changesPage(options.changes) };
    }
    yield* categoryPageFiles(site);
    const documents = searchDocuments(view, paths, name => site.customerName(name));
    yield* options.searchIndexReuse ? options.searchIndexReuse.files(documents) : searchIndexFiles(documents);
}

/** What every page of one view's site shares: its catalog, file layout, links and page shells. */
export class SiteContext {
    constructor(
        readonly view: CatalogView,
        readonly paths: CatalogPaths,
        readonly options: CatalogHtmlOptions
    ) {}

    get catalog(): Catalog {
        return this.view.catalog;
    }

    get lookups(): CatalogLookups {
        return catalogLookups(this.view.catalog);
    }

    linksFrom(pagePath: string): SiteLinks {
        return {
            service: name => {
                const target = this.paths.service(name) ?? archiveEntry(this.view, name);
                return target && relativeHref(pagePath, target);
            },
            agreement: name => {
                const target = this.paths.agreement(name);
                return target && relativeHref(pagePath, target);
            }
        };
    }

    /** Page shells by what distinguishes them: the way home (the folder depth), the current entry and the script. */
    private readonly shells = new Map<string, PageShell>();

    /** "<Publisher> service catalog" when the workspace names its publisher. */
    get siteName(): string {
        return this.options.publisher ? `${this.options.publisher.name} service catalog` : SITE_NAME;
    }

    /**
     * One page of the site. `script` (any value) says the page runs the site's shared script;
     * `breadcrumbs` default to the trail of the page's folder (Home › Services › the service).
     */
    page(pagePath: string, title: string, body: Markup, extra: PageExtras = {}): string {
        const home = relativeHref(pagePath, INDEX);
        const withScript = extra.script !== undefined && extra.script !== false;
        const key = `${home}\u0000${extra.current ?? ''}\u0000${withScript}`;
        let shell = this.shells.get(key);
        if (!shell) {
            shell = this.shell(home, pagePath, extra, withScript);
            this.shells.set(key, shell);
        }
        return shell.render({
            title, body, draft: extra.draft, breadcrumbs: extra.breadcrumbs ?? this.breadcrumbs(pagePath, home, title), runningHeader: extra.runningHeader
        });
    }

    private breadcrumbs(pagePath: string, home: string, title: string): Breadcrumb[] | undefined {
        if (pagePath === INDEX) {
            return undefined;
        }
        const folder = pagePath.slice(0, Math.max(0, pagePath.indexOf('/')));
        const section = FOLDER_SECTIONS[folder];
        return [
            { label: 'Home', href: home },
            ...(section ? [{ label: section.label, href: `${home}#${section.anchor}` }] : []),
            { label: title }
        ];
    }

    private shell(home: string, pagePath: string, extra: PageExtras, withScript: boolean): PageShell {
        const nav: NavItem[] = [
            { label: 'Services', href: `${home}#services`, current: extra.current === 'index' },
            { label: 'Agreements', href: `${home}#agreements` },
            ...(this.view.policy.packages ? [{ label: 'Packages', href: `${home}#packages` }] : []),
            { label: 'Parties', href: `${home}#parties` },
            ...(this.view.policy.retiredServices ? [] : [{ label: ARCHIVE_TITLE, href: relativeHref(pagePath, ARCHIVE), current: extra.current === 'archive' }]),
            ...(this.view.policy.demand ? [{ label: 'Demand', href: `${home}#demand` }] : []),
            ...(this.view.policy.bindings
                ? [{ label: 'A2 coverage', href: relativeHref(pagePath, COVERAGE), current: extra.current === 'coverage' }]
                : []),
            ...(this.view.policy.dependencies
                ? [{ label: 'Dependency map', href: relativeHref(pagePath, DEPENDENCY_MAP), current: extra.current === 'dependency-map' }]
                : []),
            ...(this.options.changes
                ? [{ label: changesTitle(this.options.changes), href: relativeHref(pagePath, CHANGES_PAGE), current: extra.current === 'changes' }]
                : [])
        ];
        const { publisher, lastUpdated, generatedAt } = this.options;
        return pageShell({
            siteName: this.siteName,
            homeHref: home,
            logoHref: publisher?.logo ? relativeHref(pagePath, publisher.logo) : undefined,
            tagline: VIEW_TITLES[this.view.name],
            nav,
            assets: siteAssets().linksFrom(pagePath, withScript),
            footer: html`<p>${lastUpdated ? html`Last updated ${lastUpdated}. ` : ''}Generated by svcdef from the workspace's service definitions (${VIEW_TITLES[this.view.name].toLowerCase()}).${generatedAt ? html` Generated at ${generatedAt}.` : ''}</p>`
        });
    }

    changesPage(changes: ViewChanges): string {
        return this.page(CHANGES_PAGE, changesTitle(changes), changesBody(changes, this.linksFrom(CHANGES_PAGE)), { current: 'changes' });
    }

    customerName(name: string): string {
        const entry = this.lookups.customer(name);
        return entry ? displayName(entry) : simpleName(name);
    }

    serviceLink(service: EntityRef, links: SiteLinks): Markup {
        return pageLink(refLabel(service), service.resolved ? links.service(service.name) : undefined);
    }

    agreementPage(agreement: AgreementEntry, path: string): string {
        const body = agreementBody(agreement, { catalog: this.catalog, policy: this.view.policy, links: this.linksFrom(path) });
        return this.page(path, `${displayName(agreement)} (${AGREEMENT_KIND_LABELS[agreement.kind]})`, body, {
            draft: isDraft(agreement), runningHeader: agreementRunningHeader(agreement)
        });
    }

    coveragePage(): string {
        const coverage = buildCoverage(this.catalog.bindings, this.options.a2);
        return this.page(COVERAGE, 'A2 process coverage', coverageBody(coverage), { current: 'coverage' });
    }
}

