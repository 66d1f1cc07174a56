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
    private readonly byDocument = new Map<string, StoredFacts>();
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
        const current = storedFacts(facts);
        this.byDocument.set(uri, current);
        if (!old || old.keys.length === 0) {
            // A document's first facts (every document, in a CLI run): nothing to compare or remove.
            for (let i = 0; i < current.keys.length; i++) {
                const key = current.keys[i];
                const list = this.byKey.get(key);
                this.byKey.set(key, list ? this.insertInUriOrder(list, uri, [current.elements[i]]) : [current.elements[i]]);
                changed(key);
            }
            return;
        }
        const keys = changedKeys(old, current);
        if (keys.size === 0) {
            return;
        }
        this.removeFacts(old, keys);
        for (const [key, elements] of grouped(current, keys).entriesGroupedByKey()) {
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
        const keys = new Set(old.keys);
        this.removeFacts(old, keys);
        old.keys.forEach(key => changed(key));
    }

    /** Takes the document's elements out of the lists of `keys`. */
    private removeFacts(facts: StoredFacts, keys: ReadonlySet<IndexKey>): void {
        const removed = new Set<Element>();
        facts.keys.forEach((key, i) => {
            if (keys.has(key)) {
                removed.add(facts.elements[i]);
            }
        });
        for (const key of keys) {
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

function changedKeys(old: StoredFacts, current: StoredFacts): Set<IndexKey> {
    const before = grouped(old);
    const after = grouped(current);
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

/**
 * A document's facts as two lists of the same length, keys and elements: kept for every
 * document, where a list of pairs would cost an array per fact.
 */
interface StoredFacts {
    readonly keys: readonly IndexKey[];
    readonly elements: readonly Element[];
}

function storedFacts(facts: readonly Fact[]): StoredFacts {
    const keys = new Array<IndexKey>(facts.length);
    const elements = new Array<Element>(facts.length);
    facts.forEach(([key, element], i) => {
        keys[i] = key;
        elements[i] = element;
    });
    return { keys, elements };
}

/** The facts' elements by key (only of `keys`, when given), in filing order. */
function grouped(facts: StoredFacts, keys?: ReadonlySet<IndexKey>): MultiMap<IndexKey, Element> {
    const byKey = new MultiMap<IndexKey, Element>();
    facts.keys.forEach((key, i) => {
        if (!keys || keys.has(key)) {
            byKey.add(key, facts.elements[i]);
        }
    });
    return byKey;
}
