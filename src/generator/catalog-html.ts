/**
 * The published service catalog (PRM-IT A235 "Service Catalog") as a static site for one
 * view: an index with filters, a page per service, a page per agreement and, in the
 * support view, the A2 coverage page. Every page works opened straight from disk.
 */
import type { A2ReferenceModel } from '../a2/a2-reference-model.js';
import { agreementBody, type SiteLinks } from './agreement-html.js';
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
import { pageShell, type NavItem, type PageShell } from './html-page.js';

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
}

export interface Publisher {
    readonly name: string;
    /** The logo as copied into the site, relative to the view's folder (such as `assets/logo.svg`). */
    readonly logo?: string;
}

export const SITE_NAME = 'Service catalog';
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
    if (options.changes) {
        yield { path: CHANGES_PAGE, content: site.changesPage(options.changes) };
    }
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
                const target = this.paths.service(name);
                return target && relativeHref(pagePath, target);
            },
            agreement: name => {
                const target = this.paths.agreement(name);
                return target && relativeHref(pagePath, target);
            }
        };
    }

    /** Page shells by what distinguishes them: the way home (the folder depth) and the current entry. */
    private readonly shells = new Map<string, PageShell>();

    page(pagePath: string, title: string, body: Markup, extra: { draft?: boolean; script?: string; current?: string } = {}): string {
        const home = relativeHref(pagePath, INDEX);
        const key = `${home}\u0000${extra.current ?? ''}\u0000${extra.script ?? ''}`;
        let shell = this.shells.get(key);
        if (!shell) {
            shell = this.shell(home, pagePath, extra);
            this.shells.set(key, shell);
        }
        return shell.render({ title, body, draft: extra.draft });
    }

    private shell(home: string, pagePath: string, extra: { script?: string; current?: string }): PageShell {
        const nav: NavItem[] = [
            { label: 'Services', href: `${home}#services`, current: extra.current === 'index' },
            { label: 'Agreements', href: `${home}#agreements` },
            ...(this.view.policy.packages ? [{ label: 'Packages', href: `${home}#packages` }] : []),
            { label: 'Parties', href: `${home}#parties` },
            ...(this.view.policy.demand ? [{ label: 'Demand', href: `${home}#demand` }] : []),
            ...(this.view.policy.bindings
                ? [{ label: 'A2 coverage', href: relativeHref(pagePath, COVERAGE), current: extra.current === 'coverage' }]
                : []),
            ...(this.options.changes
                ? [{ label: changesTitle(this.options.changes), href: relativeHref(pagePath, CHANGES_PAGE), current: extra.current === 'changes' }]
                : [])
        ];
        return pageShell({
            siteName: SITE_NAME,
            homeHref: home,
            tagline: VIEW_TITLES[this.view.name],
            nav,
            script: extra.script,
            footer: html`<p>Generated by svcdef from the workspace's service definitions (${VIEW_TITLES[this.view.name].toLowerCase()}).${this.options.generatedAt ? html` Generated at ${this.options.generatedAt}.` : ''}</p>`
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
        return this.page(path, `${displayName(agreement)} (${AGREEMENT_KIND_LABELS[agreement.kind]})`, body, { draft: isDraft(agreement) });
    }

    coveragePage(): string {
        const coverage = buildCoverage(this.catalog.bindings, this.options.a2);
        return this.page(COVERAGE, 'A2 process coverage', coverageBody(coverage), { current: 'coverage' });
    }
}

