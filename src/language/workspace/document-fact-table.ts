import { AstUtils, MultiMap } from 'langium';
import type { Element } from '../generated/ast.js';

export type IndexKey = string;

/** One fact: the element a document files under a key. */
export type Fact = readonly [IndexKey, Element];

const NONE: readonly Element[] = Object.freeze([]);

/**
 * The facts of every document, kept per document so that an edit replaces only the
 * facts of the documents it touched, and merged per key for lookups. A key's list is in
 * document URI order, then in the order the document filed its facts, so a workspace
 * gives the same answers however it was edited into its current state. Lists handed out
 * are never changed afterwards; a change files a new list.
 */
export class DocumentFactTable {
    private readonly byDocument = new Map<string, readonly Fact[]>();
    private readonly byKey = new Map<IndexKey, readonly Element[]>();

    get(key: IndexKey): readonly Element[] {
        return this.byKey.get(key) ?? NONE;
    }

    /**
     * Replaces a document's facts. Tells `changed` each key whose answer changed: those
     * whose elements from this document differ, so a document linked again without being
     * reparsed changes only the keys its re-resolved references moved.
     */
    replace(uri: string, facts: readonly Fact[], changed: (key: IndexKey) => void = () => undefined): void {
        const old = this.byDocument.get(uri);
        this.byDocument.set(uri, facts);
        if (!old || old.length === 0) {
            // A document's first facts (every document, in a CLI run): nothing to compare or remove.
            for (const [key, element] of facts) {
                const list = this.byKey.get(key);
                this.byKey.set(key, list ? this.insertInUriOrder(list, uri, [element]) : [element]);
                changed(key);
            }
            return;
        }
        const keys = changedKeys(old, facts);
        if (keys.size === 0) {
            return;
        }
        this.removeFacts(old.filter(([key]) => keys.has(key)));
        const added = new MultiMap<IndexKey, Element>(facts.filter(([key]) => keys.has(key)) as Array<[IndexKey, Element]>);
        for (const [key, elements] of added.entriesGroupedByKey()) {
            this.byKey.set(key, this.insertInUriOrder(this.byKey.get(key), uri, elements));
        }
        keys.forEach(key => changed(key));
    }

    /** Forgets a document's facts, telling `changed` each key it filed facts under. */
    remove(uri: string, changed: (key: IndexKey) => void = () => undefined): void {
        const old = this.byDocument.get(uri);
        if (!old) {
            return;
        }
        this.byDocument.delete(uri);
        this.removeFacts(old);
        old.forEach(([key]) => changed(key));
    }

    private removeFacts(facts: readonly Fact[]): void {
        const removed = new Set(facts.map(([, element]) => element));
        for (const key of new Set(facts.map(([key]) => key))) {
            const kept = (this.byKey.get(key) ?? []).filter(element => !removed.has(element));
            if (kept.length === 0) {
                this.byKey.delete(key);
            } else {
                this.byKey.set(key, kept);
            }
        }
    }

    private insertInUriOrder(list: readonly Element[] | undefined, uri: string, elements: Element[]): readonly Element[] {
        if (!list || list.length === 0) {
            return elements;
        }
        let at = list.length;
        while (at > 0 && documentUriOf(list[at - 1]) > uri) {
            at--;
        }
        return [...list.slice(0, at), ...elements, ...list.slice(at)];
    }
}

function documentUriOf(element: Element): string {
    return AstUtils.getDocument(element).uri.toString();
}

function changedKeys(old: readonly Fact[], current: readonly Fact[]): Set<IndexKey> {
    const before = new MultiMap<IndexKey, Element>(old as Array<[IndexKey, Element]>);
    const after = new MultiMap<IndexKey, Element>(current as Array<[IndexKey, Element]>);
    const changed = new Set<IndexKey>();
    for (const [key, elements] of before.entriesGroupedByKey()) {
        const now = after.get(key);
        if (now.length !== elements.length || now.some((element, i) => element !== elements[i])) {
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
