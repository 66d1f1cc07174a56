import type { A2TreeEntry } from '../../src/language-server/a2-tree.js';

/** The entry of an A2 tree with `key`, at any depth. */
export function findTreeEntry(entries: readonly A2TreeEntry[], key: string): A2TreeEntry | undefined {
    for (const entry of entries) {
        if (entry.key === key) return entry;
        const found = findTreeEntry(entry.children, key);
        if (found) return found;
    }
    return undefined;
}
