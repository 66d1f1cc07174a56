/**
 * The prebuilt full-text index of one view's site: one MiniSearch index over its services
 * and agreements, built here and cut into shards by the first characters of each term, so
 * that a page loads only the shards its query's words need, plus small blocks of result
 * summaries. Every file is a script that hands its data to the site script: pages opened
 * from the file system can load scripts but cannot fetch.
 */
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Catalog } from './catalog-model.js';
import type { CatalogPaths } from './catalog-paths.js';
import type { CatalogView } from './catalog-views.js';
import { AGREEMENT_KIND_LABELS, displayName, refLabel, retirementLabel, serviceStatusLabel, simpleName } from './display-text.js';
import { archiveEntry } from './archive-page-html.js';
import type { GeneratedFile } from './generated-file.js';
import {
    DOCUMENTS_PER_BLOCK, MANIFEST_FILE, SEARCH_CALLBACK, SEARCH_FIELDS, SEARCH_FOLDER,
    documentBlockFile, shardFile, type SearchManifest, type SearchShard, type SearchSummary
} from './search-index-format.js';
import type { SearchPieceKind } from './search-piece-kinds.js';
import { encodeNumbers } from './search-number-codec.js';
import { searchTerm, searchWords, shardKey } from './search-terms.js';

export interface SearchDocument {
    /** Services rank above the rest; a retired service (customer and user views) leads to its archive entry. */
    readonly kind: 'service' | 'agreement' | 'retired';
    readonly title: string;
    readonly keywords: string;
    readonly description: string;
    readonly summary: SearchSummary;
}

/** Description words shown under a result: enough to tell results apart, short enough to keep blocks small. */
const SUMMARY_LENGTH = 90;

export function searchDocuments(view: CatalogView, paths: CatalogPaths, customerName: (name: string) => string): SearchDocument[] {
    const { catalog } = view;
    const services = catalog.services.map(service => ({
        kind: 'service' as const,
        title: `${displayName(service)} ${words(simpleName(service.name))}`,
        keywords: [
            service.category ?? '', ...service.tags, ...service.customers.map(customerName),
            refLabel(service.owner) ?? '', service.kind === 'technical' ? 'technical' : ''
        ].join(' '),
        description: service.description ?? '',
        summary: [displayName(service), paths.serviceEntry(service), 'Service',
            [serviceStatusLabel(service.status), service.category, shortened(service.description)].filter(Boolean).join(' · ')] as const
    }));
    const agreements = agreementLists(catalog, view.policy.underpinning).flat().map(agreement => ({
        kind: 'agreement' as const,
        title: `${displayName(agreement)} ${words(simpleName(agreement.name))}`,
        keywords: [
            ...agreement.customers.map(customer => refLabel(customer) ?? ''), refLabel(agreement.provider) ?? '',
            refLabel(agreement.unit) ?? '', refLabel(agreement.supplier) ?? '', ...agreement.services.map(service => refLabel(service) ?? '')
        ].join(' '),
        description: agreement.description ?? '',
        summary: [displayName(agreement), paths.agreementEntry(agreement), AGREEMENT_KIND_LABELS[agreement.kind],
            shortened(agreement.description) ?? ''] as const
    }));
    // A customer looking for a service that has gone should learn that it has, and what replaced it.
    const retired = view.archived.flatMap(service => {
        const entry = archiveEntry(view, service.name);
        return entry === undefined ? [] : [{
            kind: 'retired' as const,
            title: `${displayName(service)} ${words(simpleName(service.name))}`,
            keywords: [service.category ?? '', ...service.tags].join(' '),
            description: service.description ?? '',
            summary: [displayName(service), entry, 'Retired service', retirementLabel(service) ?? ''] as const
        }];
    });
    return [...services, ...agreements, ...retired];
}

function agreementLists(catalog: Catalog, underpinning: boolean) {
    return underpinning ? [catalog.slas, catalog.olas, catalog.ucs] : [catalog.slas];
}

/** `FinanceEmail` reads as `Finance Email`, so either word finds it. */
function words(name: string): string {
    return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

function shortened(text: string | undefined): string | undefined {
    if (!text) return undefined;
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= SUMMARY_LENGTH ? flat : `${flat.slice(0, SUMMARY_LENGTH).replace(/\s+\S*$/, '')}…`;
}

/** The index the shards are cut from; the site script queries the same fields with the same options. */
export function buildSearchIndex(documents: readonly SearchDocument[]): AsPlainObject {
    const index = new MiniSearch<SearchDocument & { id: number }>({
        fields: [...SEARCH_FIELDS],
        storeFields: [],
        tokenize: searchWords,
        processTerm: searchTerm
    });
    index.addAll(documents.map((document, id) => ({ ...document, id })));
    return index.toJSON();
}

/** Every file of the index, under `search/`, for the given documents (services first). */
export function* searchIndexFiles(documents: readonly SearchDocument[]): Generator<GeneratedFile> {
    for (const { path, kind, key, data } of searchIndexPieces(documents)) {
        yield { path, content: searchScript(kind, key, data) };
    }
}

/** One file of the index as data: the kind and key its call names, and what it passes (the editor's preview sends this, not the script). */
export interface SearchIndexPiece {
    readonly path: string;
    readonly kind: SearchPieceKind;
    readonly key: string;
    readonly data: unknown;
}

/** What `searchIndexFiles` writes, before it becomes script. */
export function* searchIndexPieces(documents: readonly SearchDocument[]): Generator<SearchIndexPiece> {
    const index = buildSearchIndex(documents);
    const shards = cutIntoShards(index);
    const manifest: SearchManifest = {
        documentCount: index.documentCount,
        fieldIds: index.fieldIds,
        averageFieldLength: index.averageFieldLength,
        shards: [...shards.keys()],
        blockSize: DOCUMENTS_PER_BLOCK,
        serviceCount: documents.findIndex(document => document.kind !== 'service') < 0
            ? documents.length
            : documents.findIndex(document => document.kind !== 'service')
    };
    yield { path: `${SEARCH_FOLDER}/${MANIFEST_FILE}`, kind: 'm', key: '', data: manifest };
    for (const [key, shard] of shards) {
        yield { path: `${SEARCH_FOLDER}/${shardFile(key)}`, kind: 't', key, data: shard };
    }
    for (let block = 0; block * DOCUMENTS_PER_BLOCK < documents.length; block++) {
        const summaries = documents.slice(block * DOCUMENTS_PER_BLOCK, (block + 1) * DOCUMENTS_PER_BLOCK).map(document => document.summary);
        yield { path: `${SEARCH_FOLDER}/${documentBlockFile(block)}`, kind: 'd', key: String(block), data: summaries };
    }
}

/** A term of the serialized index and its postings: per field id, per document id, how often it occurs. */
type SerializedTerm = [term: string, fields: Record<string, Record<string, number>>];

/**
 * Splits the serialized index by shard key, each shard with the field lengths of the documents it names.
 * The field ids of a term and the document ids of a field are integer keys, which JavaScript lists in
 * ascending order (ECMAScript's OrdinaryOwnPropertyKeys), so they need no sorting; the terms do.
 */
export function cutIntoShards(index: AsPlainObject): Map<string, SearchShard> {
    const fieldCount = Object.keys(index.fieldIds).length;
    const lengths = index.fieldLength as Record<string, (number | null)[]>;
    const byKey = new Map<string, SerializedTerm[]>();
    for (const entry of index.index as SerializedTerm[]) {
        const key = shardKey(entry[0]);
        let terms = byKey.get(key);
        if (!terms) byKey.set(key, terms = []);
        terms.push(entry);
    }
    const shards = new Map<string, SearchShard>();
    // The shard that last named each document, so a shard lists each of its documents once without a set of its own.
    const namedBy = new Int32Array(index.nextId).fill(-1);
    let shardNumber = 0;
    for (const key of [...byKey.keys()].sort()) {
        const terms = byKey.get(key)!.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const named: number[] = [];
        const encodedTerms = terms.map(([term, fields]) => {
            const encoded: (string | number)[] = [term];
            for (const fieldId of Object.keys(fields)) {
                const postings = fields[fieldId];
                const numbers: number[] = [];
                let previous = 0;
                for (const documentId of Object.keys(postings)) {
                    const id = Number(documentId);
                    const frequency = postings[documentId];
                    if (namedBy[id] !== shardNumber) {
                        namedBy[id] = shardNumber;
                        named.push(id);
                    }
                    if (frequency === 1) numbers.push((id - previous) * 2);
                    else numbers.push((id - previous) * 2 + 1, frequency);
                    previous = id;
                }
                encoded.push(Number(fieldId), encodeNumbers(numbers));
            }
            return encoded;
        });
        const documents = Uint32Array.from(named).sort();
        const documentLengths: number[] = [];
        for (const id of documents) {
            for (let field = 0; field < fieldCount; field++) documentLengths.push(lengths[id]?.[field] ?? 0);
        }
        shards.set(key, { l: encodeNumbers(documentLengths), t: encodedTerms });
        shardNumber++;
    }
    return shards;
}

/**
 * One index file: a call of the site script's loader with the data. The data is JSON with
 * `<` and the two JavaScript line separators escaped, so no value from a source file can
 * end the script or the string it sits in.
 */
export function searchScript(kind: SearchPieceKind, key: string, data: unknown): string {
    return `${SEARCH_CALLBACK}(${safeJson(kind)},${safeJson(key)},${safeJson(data)});\n`;
}

function safeJson(value: unknown): string {
    return JSON.stringify(value).replace(/[<>\u2028\u2029]/g, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
