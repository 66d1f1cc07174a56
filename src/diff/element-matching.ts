/**
 * Pairs each element of the base with its counterpart in the head: by kind group and
 * qualified name first, then, among what is left of one kind, renames by content. A
 * renamed service carries its offerings along (`Erp.Gold` becomes `Finance.Gold` without
 * a rename of its own).
 */
import { elementKey, type CommitmentSnapshot, type ElementSnapshot, type Renamer } from './commitment-snapshot.js';

export interface ElementPair {
    readonly base: ElementSnapshot;
    readonly head: ElementSnapshot;
    /** Matched by content under another name (not merely carried along by its service's rename). */
    readonly renamed: boolean;
}

export interface ElementMatching {
    readonly pairs: readonly ElementPair[];
    readonly removed: readonly ElementSnapshot[];
    readonly added: readonly ElementSnapshot[];
    /** A base name's head name, for every element whose name changed; `NO_RENAMES` behaviour for the rest. */
    readonly rename: Renamer;
    readonly renameCount: number;
}

/**
 * Unmatched elements of one kind compared pairwise for renames: beyond this many pairs
 * only identical content counts, so a pull request that replaces thousands of elements
 * stays linear.
 */
const MAX_SIMILARITY_PAIRS = 10_000;
/** The share of facts two elements must have in common to be one element renamed. */
const MIN_SHARED = 0.6;

export function matchElements(base: CommitmentSnapshot, head: CommitmentSnapshot): ElementMatching {
    const pairs: ElementPair[] = [];
    const unmatchedBase: ElementSnapshot[] = [];
    const matchedHead = new Set<string>();
    const renamed = new Map<string, string>();
    const offerings: ElementSnapshot[] = [];

    for (const element of base.elements.values()) {
        if (element.group === 'offering') {
            offerings.push(element); // after the services, whose renames they follow
            continue;
        }
        matchByName(element, element.key);
    }
    const unmatchedHead = () => [...head.elements.values()].filter(element => !matchedHead.has(element.key));
    matchRenames(unmatchedBase.filter(element => element.group !== 'offering'), unmatchedHead().filter(element => element.group !== 'offering'));

    const baseOfferings = unmatchedBase.length;
    for (const offering of offerings) {
        const dot = offering.name.lastIndexOf('.');
        const service = offering.name.slice(0, dot);
        const carried = renamed.get(elementKey('service', service));
        const name = carried !== undefined ? `${carried}${offering.name.slice(dot)}` : offering.name;
        if (matchByName(offering, elementKey('offering', name)) && carried !== undefined) {
            renamed.set(offering.key, name);
        }
    }
    matchRenames(unmatchedBase.slice(baseOfferings).filter(element => element.group === 'offering'),
        unmatchedHead().filter(element => element.group === 'offering'));

    const pairedBase = new Set(pairs.map(pair => pair.base.key));
    return {
        pairs,
        removed: unmatchedBase.filter(element => !pairedBase.has(element.key)),
        added: unmatchedHead(),
        rename: (group, name) => renamed.get(elementKey(group, name)) ?? name,
        renameCount: renamed.size
    };

    function matchByName(element: ElementSnapshot, headKey: string): boolean {
        const counterpart = head.elements.get(headKey);
        if (counterpart && counterpart.node.$type === element.node.$type && !matchedHead.has(headKey)) {
            pairs.push({ base: element, head: counterpart, renamed: false });
            matchedHead.add(headKey);
            return true;
        }
        unmatchedBase.push(element);
        return false;
    }

    function matchRenames(removed: readonly ElementSnapshot[], added: readonly ElementSnapshot[]): void {
        for (const [type, fromBase] of byType(removed)) {
            const candidates = byType(added).get(type) ?? [];
            for (const [from, to] of renamesAmong(fromBase, candidates)) {
                pairs.push({ base: from, head: to, renamed: true });
                matchedHead.add(to.key);
                renamed.set(from.key, to.name);
            }
        }
    }
}

function byType(elements: readonly ElementSnapshot[]): Map<string, ElementSnapshot[]> {
    const groups = new Map<string, ElementSnapshot[]>();
    for (const element of elements) {
        const group = groups.get(element.node.$type);
        if (group) group.push(element); else groups.set(element.node.$type, [element]);
    }
    return groups;
}

/** The facts of an element as `key=words` lines; what a rename leaves alone. */
function factLines(element: ElementSnapshot): string[] {
    return [...element.aspects].map(([key, fact]) => `${key}=${fact.words}`).sort();
}

/**
 * Renames among removed and added elements of one kind: identical facts first (each
 * fingerprint matched only where it is unambiguous), then the pairs sharing the largest
 * share of facts, best first, ties broken by name so the answer never depends on order.
 */
function renamesAmong(removed: readonly ElementSnapshot[], added: readonly ElementSnapshot[]): [ElementSnapshot, ElementSnapshot][] {
    const found: [ElementSnapshot, ElementSnapshot][] = [];
    if (removed.length === 0 || added.length === 0) {
        return found;
    }
    const fingerprint = (element: ElementSnapshot) => factLines(element).join('\n');
    const addedByPrint = new Map<string, ElementSnapshot[]>();
    for (const element of added) {
        const print = fingerprint(element);
        if (print === '') continue; // nothing to recognise it by
        addedByPrint.set(print, [...(addedByPrint.get(print) ?? []), element]);
    }
    const removedByPrint = new Map<string, ElementSnapshot[]>();
    for (const element of removed) {
        const print = fingerprint(element);
        if (print !== '') removedByPrint.set(print, [...(removedByPrint.get(print) ?? []), element]);
    }
    const taken = new Set<ElementSnapshot>();
    for (const [print, from] of removedByPrint) {
        const to = addedByPrint.get(print);
        if (from.length === 1 && to?.length === 1) {
            found.push([from[0], to[0]]);
            taken.add(from[0]).add(to[0]);
        }
    }
    const restRemoved = removed.filter(element => !taken.has(element));
    const restAdded = added.filter(element => !taken.has(element));
    if (restRemoved.length * restAdded.length > MAX_SIMILARITY_PAIRS) {
        return found;
    }
    const linesOf = new Map([...restRemoved, ...restAdded].map(element => [element, new Set(factLines(element))]));
    const scored: { from: ElementSnapshot; to: ElementSnapshot; share: number }[] = [];
    for (const from of restRemoved) {
        const fromLines = linesOf.get(from)!;
        for (const to of restAdded) {
            const toLines = linesOf.get(to)!;
            let shared = 0;
            for (const line of fromLines) if (toLines.has(line)) shared++;
            const share = shared / Math.max(fromLines.size, toLines.size, 1);
            if (shared >= 2 && share >= MIN_SHARED) {
                scored.push({ from, to, share });
            }
        }
    }
    scored.sort((a, b) => b.share - a.share || compare(a.from.name, b.from.name) || compare(a.to.name, b.to.name));
    for (const { from, to } of scored) {
        if (!taken.has(from) && !taken.has(to)) {
            found.push([from, to]);
            taken.add(from).add(to);
        }
    }
    return found;
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
