import { AstUtils, MultiMap } from 'langium';
import type { Element } from '../generated/ast.js';

/** What a fact says about the name it is filed under. */
export type FactKind = 'simple' | 'supporters' | 'coverage' | 'packages' | 'bindings' | 'producers';

/** A kind and a name as one string: how documents record what they asked about. */
export type IndexKey = string;

export function indexKey(kind: FactKind, name: string): IndexKey {
    return `${kind}:${name}`;
}

/**
 * A document's facts, in the order it files them: each says that the element is filed
 * under the name, as a fact of the kind. Three lists rather than an object per fact, as
 * the table keeps them for every document.
 */
export class FactList {
    readonly kinds: FactKind[] = [];
    readonly names: string[] = [];
    readonly elements: Element[] = [];

    add(kind: FactKind, name: string, element: Element): void {
        this.kinds.push(kind);
        this.names.push(name);
        this.elements.push(element);
    }

    get length(): number {
        return this.kinds.length;
    }

    keyAt(index: number): IndexKey {
        return indexKey(this.kinds[index], this.names[index]);
    }
}

const NONE: readonly Element[] = Object.freeze([]);

/**
 * The facts of every document, kept per document so that an edit replaces only the
 * facts of the documents it touched, and merged per kind and name for lookups: names are
 * the strings of the AST itself, so a lookup hashes nothing new. A name's list is in
 * document URI order, then in the order the document filed its facts, so a workspace
 * gives the same answers however it was edited into its current state. Lists handed out
 * are never changed afterwards; a change files a new list. A list nobody has been handed
 * yet is extended in place: copying it for every element filed under one name made a name
 * declared 50,000 times cost minutes while a workspace was read.
 */
export class DocumentFactTable {
    private readonly byDocument = new Map<string, FactList>();
    private readonly byKind = new Map<FactKind, Map<string, readonly Element[]>>();
    /**
     * The names, per kind, filed with two elements or more. Checks for clashes ask about
     * every name a workspace declares or refers to, and almost none clash: a small set
     * answers them without probing the map of every name, which at 50,000 services no
     * longer fits the processor's caches.
     */
    private readonly shared = new Map<FactKind, Set<string>>();
    /** Lists given to callers of get, which must therefore stay as they are. */
    private readonly handedOut = new WeakSet<readonly Element[]>();

    get(kind: FactKind, name: string): readonly Element[] {
        const list = this.byKind.get(kind)?.get(name);
        if (!list) {
            return NONE;
        }
        this.handedOut.add(list);
        return list;
    }

    /** Whether any name of the kind is filed with two or more elements. */
    hasShared(kind: FactKind): boolean {
        return (this.shared.get(kind)?.size ?? 0) > 0;
    }

    /** The elements filed under the name when there are two or more, otherwise none. */
    getShared(kind: FactKind, name: string): readonly Element[] {
        const shared = this.shared.get(kind);
        return shared !== undefined && shared.size > 0 && shared.has(name) ? this.get(kind, name) : NONE;
    }

    /**
     * Replaces a document's facts. Tells `changed` each key whose answer changed: those
     * whose elements from this document differ, so a document linked again without being
     * reparsed changes only the keys its re-resolved references moved.
     */
    replace(uri: string, facts: FactList, changed?: (key: IndexKey) => void): void {
        const old = this.byDocument.get(uri);
        this.byDocument.set(uri, facts);
        if (!old || old.length === 0) {
            // A document's first facts (every document, in a CLI run): nothing to compare or remove.
            for (let i = 0; i < facts.length; i++) {
                const kind = facts.kinds[i];
                const names = this.namesOf(kind);
                const name = facts.names[i];
                const list = names.get(name);
                this.file(kind, names, name, list ? this.insertInUriOrder(list, uri, [facts.elements[i]]) : [facts.elements[i]]);
                changed?.(facts.keyAt(i));
            }
            return;
        }
        const keys = changedKeys(old, facts);
        if (keys.size === 0) {
            return;
        }
        this.removeFacts(old, keys);
        for (const [index, elements] of grouped(facts, keys)) {
            const kind = facts.kinds[index];
            const names = this.namesOf(kind);
            const name = facts.names[index];
            this.file(kind, names, name, this.insertInUriOrder(names.get(name), uri, elements));
        }
        keys.forEach(key => changed?.(key));
    }

    /** Forgets a document's facts, telling `changed` each key it filed facts under. */
    remove(uri: string, changed?: (key: IndexKey) => void): void {
        const old = this.byDocument.get(uri);
        if (!old) {
            return;
        }
        this.byDocument.delete(uri);
        const keys = new Set(old.kinds.map((_, i) => old.keyAt(i)));
        this.removeFacts(old, keys);
        old.kinds.forEach((_, i) => changed?.(old.keyAt(i)));
    }

    private namesOf(kind: FactKind): Map<string, readonly Element[]> {
        let names = this.byKind.get(kind);
        if (!names) {
            names = new Map();
            this.byKind.set(kind, names);
        }
        return names;
    }

    /** Takes the document's elements out of the lists of `keys`. */
    private removeFacts(facts: FactList, keys: ReadonlySet<IndexKey>): void {
        const removed = new Set<Element>();
        const cleared = new Map<IndexKey, number>();
        for (let i = 0; i < facts.length; i++) {
            const key = facts.keyAt(i);
            if (keys.has(key)) {
                removed.add(facts.elements[i]);
                cleared.set(key, i);
            }
        }
        for (const index of cleared.values()) {
            const kind = facts.kinds[index];
            const names = this.namesOf(kind);
            const name = facts.names[index];
            this.file(kind, names, name, (names.get(name) ?? []).filter(element => !removed.has(element)));
        }
    }

    /** Files the name's new list (none when empty) and notes whether the name is shared. */
    private file(kind: FactKind, names: Map<string, readonly Element[]>, name: string, list: readonly Element[]): void {
        if (list.length === 0) {
            names.delete(name);
        } else {
            names.set(name, list);
        }
        let shared = this.shared.get(kind);
        if (list.length > 1) {
            if (!shared) {
                shared = new Set();
                this.shared.set(kind, shared);
            }
            shared.add(name);
        } else if (shared !== undefined && shared.size > 0) {
            shared.delete(name);
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
        if (!this.handedOut.has(list)) {
            (list as Element[]).splice(at, 0, ...elements);
            return list;
        }
        return [...list.slice(0, at), ...elements, ...list.slice(at)];
    }
}

function documentUriOf(element: Element): string {
    return AstUtils.getDocument(element).uri.toString();
}

function changedKeys(old: FactList, current: FactList): Set<IndexKey> {
    const before = byKey(old);
    const after = byKey(current);
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

/** The facts' elements by key, in filing order. */
function byKey(facts: FactList): MultiMap<IndexKey, Element> {
    const elements = new MultiMap<IndexKey, Element>();
    for (let i = 0; i < facts.length; i++) {
        elements.add(facts.keyAt(i), facts.elements[i]);
    }
    return elements;
}

/** The elements of each of `keys`, in filing order, by the index of the key's first fact. */
function grouped(facts: FactList, keys: ReadonlySet<IndexKey>): Map<number, Element[]> {
    const firstIndex = new Map<IndexKey, number>();
    const elements = new Map<number, Element[]>();
    for (let i = 0; i < facts.length; i++) {
        const key = facts.keyAt(i);
        if (!keys.has(key)) {
            continue;
        }
        const first = firstIndex.get(key) ?? i;
        firstIndex.set(key, first);
        const list = elements.get(first);
        if (list) {
            list.push(facts.elements[i]);
        } else {
            elements.set(first, [facts.elements[i]]);
        }
    }
    return elements;
}
