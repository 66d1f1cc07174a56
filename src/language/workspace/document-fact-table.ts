import type { Element } from '../generated/ast.js';

export type IndexKey = string;

/** One fact: the element a document files under a key. */
export type Fact = readonly [IndexKey, Element];

/**
 * The facts of every document, kept per document so that an edit replaces only the
 * facts of the documents it touched, and merged per key for lookups. A key's merged list
 * is in document URI order, then in the order the document filed its facts, so that a
 * workspace gives the same answers however it was edited into its current state.
 */
export class DocumentFactTable {
    private readonly byDocument = new Map<string, readonly Fact[]>();
    private readonly byKey = new Map<IndexKey, Map<string, Element[]>>();
    private readonly merged = new Map<IndexKey, readonly Element[]>();

    get(key: IndexKey): readonly Element[] {
        const cached = this.merged.get(key);
        if (cached) {
            return cached;
        }
        const contributors = this.byKey.get(key);
        if (!contributors) {
            return [];
        }
        const uris = [...contributors.keys()].sort();
        const elements = uris.length === 1 ? contributors.get(uris[0])! : uris.flatMap(uri => contributors.get(uri)!);
        this.merged.set(key, elements);
        return elements;
    }

    /**
     * Replaces a document's facts. Returns the keys whose answers changed: those whose
     * elements from this document differ, so a document linked again without being
     * reparsed changes only the keys its re-resolved references moved.
     */
    replace(uri: string, facts: readonly Fact[]): Set<IndexKey> {
        const old = this.byDocument.get(uri) ?? [];
        const changed = changedKeys(old, facts);
        if (changed.size === 0) {
            this.byDocument.set(uri, facts);
            return changed;
        }
        this.removeFacts(uri, old);
        this.byDocument.set(uri, facts);
        for (const [key, element] of facts) {
            let contributors = this.byKey.get(key);
            if (!contributors) {
                contributors = new Map();
                this.byKey.set(key, contributors);
            }
            const list = contributors.get(uri);
            if (list) {
                list.push(element);
            } else {
                contributors.set(uri, [element]);
            }
            this.merged.delete(key);
        }
        return changed;
    }

    /** Forgets a document's facts; returns the keys it filed facts under. */
    remove(uri: string): Set<IndexKey> {
        const old = this.byDocument.get(uri);
        if (!old) {
            return new Set();
        }
        this.removeFacts(uri, old);
        this.byDocument.delete(uri);
        return new Set(old.map(([key]) => key));
    }

    private removeFacts(uri: string, facts: readonly Fact[]): void {
        for (const [key] of facts) {
            const contributors = this.byKey.get(key);
            if (contributors?.delete(uri) && contributors.size === 0) {
                this.byKey.delete(key);
            }
            this.merged.delete(key);
        }
    }
}

function changedKeys(old: readonly Fact[], current: readonly Fact[]): Set<IndexKey> {
    if (old.length === 0) {
        return new Set(current.map(([key]) => key));
    }
    const before = groupByKey(old);
    const after = groupByKey(current);
    const changed = new Set<IndexKey>();
    for (const [key, elements] of before) {
        const now = after.get(key);
        if (!now || now.length !== elements.length || now.some((element, i) => element !== elements[i])) {
            changed.add(key);
        }
    }
    for (const key of after.keys()) {
        if (!before.has(key)) {
            changed.add(key);
        }
    }
    return changed;
}

function groupByKey(facts: readonly Fact[]): Map<IndexKey, Element[]> {
    const groups = new Map<IndexKey, Element[]>();
    for (const [key, element] of facts) {
        const list = groups.get(key);
        if (list) {
            list.push(element);
        } else {
            groups.set(key, [element]);
        }
    }
    return groups;
}
