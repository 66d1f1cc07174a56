/**
 * The search index files of the documents indexed last, handed out again when the next view
 * indexes the very same documents. The customer and user views show the same services and
 * agreements, so they usually do, and building an index of 10,000 services takes longer than
 * a second. The files are a function of the documents alone, so equal documents give equal
 * files; documents that differ in anything get an index of their own.
 */
import type { GeneratedFile } from './generated-file.js';
import { searchIndexFiles, type SearchDocument } from './search-index.js';

export class SearchIndexReuse {
    /** Only the last index: views that share documents are written one after the other. */
    private last: { readonly documents: readonly SearchDocument[]; readonly files: readonly GeneratedFile[] } | undefined;

    files(documents: readonly SearchDocument[]): readonly GeneratedFile[] {
        if (this.last && sameDocuments(this.last.documents, documents)) {
            return this.last.files;
        }
        const files = [...searchIndexFiles(documents)];
        this.last = { documents, files };
        return files;
    }
}

/** How to compare each field: a field added to SearchDocument fails to compile until it is compared here. */
type FieldEquality = { [Field in keyof SearchDocument]: (a: SearchDocument[Field], b: SearchDocument[Field]) => boolean };

const FIELD_EQUALITY: FieldEquality = {
    kind: (a, b) => a === b,
    title: (a, b) => a === b,
    keywords: (a, b) => a === b,
    description: (a, b) => a === b,
    summary: (a, b) => a.length === b.length && a.every((part, position) => part === b[position])
};

function sameDocuments(a: readonly SearchDocument[], b: readonly SearchDocument[]): boolean {
    return a.length === b.length && a.every((document, position) => sameDocument(document, b[position]));
}

const FIELDS = Object.keys(FIELD_EQUALITY) as (keyof SearchDocument)[];

function sameDocument(a: SearchDocument, b: SearchDocument): boolean {
    return FIELDS.every(field => sameField(field, a, b));
}

function sameField<Field extends keyof SearchDocument>(field: Field, a: SearchDocument, b: SearchDocument): boolean {
    return FIELD_EQUALITY[field](a[field], b[field]);
}
