/**
 * Where each element's page lives in the generated site, relative to the site root. Slugs
 * are assigned over sorted ids, so the same workspace always yields the same file names.
 */
import type { AgreementEntry, AgreementKind, Catalog, ServiceEntry } from './catalog-model.js';
import { simpleName } from './display-text.js';
import { uniqueSlugs } from './slugs.js';

const AGREEMENT_FOLDERS: Readonly<Record<AgreementKind, string>> = { sla: 'slas', ola: 'olas', uc: 'ucs' };

export interface CatalogPaths {
    /** Page of a service, by qualified name (the first declaration when a name is repeated). */
    service(name: string): string | undefined;
    /** Page of an SLA, OLA or UC, by qualified name. */
    agreement(name: string): string | undefined;
    /** Page of one entry. */
    serviceEntry(entry: ServiceEntry): string;
    agreementEntry(entry: AgreementEntry): string;
}

export function catalogPaths(catalog: Catalog): CatalogPaths {
    const entryPaths = new Map<string, string>();
    const servicesByName = new Map<string, string>();
    const agreementsByName = new Map<string, string>();
    const place = (folder: string, entries: readonly { id: string; name: string }[], byName: Map<string, string>) => {
        const slugs = uniqueSlugs(entries.map(entry => entry.id), id => simpleName(id.replace(/~\d+$/, '')));
        for (const entry of entries) {
            const path = `${folder}/${slugs.get(entry.id)}.html`;
            entryPaths.set(`${folder}\u0000${entry.id}`, path);
            if (!byName.has(entry.name)) {
                byName.set(entry.name, path);
            }
        }
    };
    place('services', catalog.services, servicesByName);
    place(AGREEMENT_FOLDERS.sla, catalog.slas, agreementsByName);
    place(AGREEMENT_FOLDERS.ola, catalog.olas, agreementsByName);
    place(AGREEMENT_FOLDERS.uc, catalog.ucs, agreementsByName);
    return {
        service: name => servicesByName.get(name),
        agreement: name => agreementsByName.get(name),
        serviceEntry: entry => entryPaths.get(`services\u0000${entry.id}`)!,
        agreementEntry: entry => entryPaths.get(`${AGREEMENT_FOLDERS[entry.kind]}\u0000${entry.id}`)!
    };
}

/** A path relative to the site root, as seen from a page at `fromPath` (also relative to the root). */
export function relativeHref(fromPath: string, toPath: string): string {
    let depth = 0;
    for (let index = fromPath.indexOf('/'); index >= 0; index = fromPath.indexOf('/', index + 1)) {
        depth++;
    }
    return depth === 0 ? toPath : '../'.repeat(depth) + toPath;
}
