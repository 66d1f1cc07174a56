import { WorkspaceCache, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Ola, Sla, Uc } from '../generated/ast.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';

/** An OLA or UC, the agreements that may stand in for each other. */
export type Underpinning = Ola | Uc;

/** The agreements an OLA or UC names under `redundant with`, as they resolve (itself included when it names itself). */
export function redundantPartnersOf(agreement: Underpinning): Underpinning[] {
    const partners: Underpinning[] = [];
    for (const clause of agreement.redundancy) {
        for (const member of clause.members) {
            if (member.ref) {
                partners.push(member.ref);
            }
        }
    }
    return partners;
}

/**
 * The redundancy groups among the supporters of one SLA: each group holds two or more
 * supporters linked by `redundant with`, in the order the SLA's supporters are listed.
 */
export interface RedundancyGrouping {
    /** The group the agreement belongs to, or undefined when it stands alone. */
    groupOf(agreement: Underpinning): readonly Underpinning[] | undefined;
    /** Every group, ordered by its first member. */
    readonly groups: ReadonlyArray<readonly Underpinning[]>;
}

const NO_GROUPS: RedundancyGrouping = Object.freeze({ groupOf: () => undefined, groups: [] });

/**
 * Groups the supporters of an SLA by `redundant with`. The link is taken both ways (the
 * symmetric closure), so that a clause only one side writes still groups for composition,
 * while `redundancy-mismatch` reports it; and transitively, so that A with B and B with C
 * form one group. Only links between supporters of the SLA count: members must support the
 * same SLAs, and an agreement that does not support this one adds nothing to it.
 * Linear in the supporters and their `redundant with` names.
 */
export function redundancyGroupingOf(supporters: readonly Underpinning[]): RedundancyGrouping {
    if (!supporters.some(agreement => agreement.redundancy.length > 0)) {
        return NO_GROUPS; // the common case: nobody in this chain is redundant
    }
    const supporting = new Set(supporters);
    let parent: Map<Underpinning, Underpinning> | undefined;
    const rootOf = (agreement: Underpinning): Underpinning => {
        let root = agreement;
        while (parent!.get(root) !== root) {
            root = parent!.get(root)!;
        }
        // Path compression keeps later look-ups short.
        for (let at = agreement; at !== root;) {
            const next = parent!.get(at)!;
            parent!.set(at, root);
            at = next;
        }
        return root;
    };
    for (const agreement of supporters) {
        if (agreement.redundancy.length === 0) {
            continue;
        }
        for (const partner of redundantPartnersOf(agreement)) {
            if (partner === agreement || !supporting.has(partner)) {
                continue;
            }
            if (!parent) {
                parent = new Map(supporters.map(each => [each, each]));
            }
            const a = rootOf(agreement);
            const b = rootOf(partner);
            if (a !== b) {
                parent.set(b, a);
            }
        }
    }
    if (!parent) {
        return NO_GROUPS; // the clauses name nobody else under this SLA
    }
    const byRoot = new Map<Underpinning, Underpinning[]>();
    const seen = new Set<Underpinning>(); // `supports S, S` lists an agreement twice
    for (const agreement of supporters) {
        if (seen.has(agreement)) {
            continue;
        }
        seen.add(agreement);
        const root = rootOf(agreement);
        const group = byRoot.get(root);
        if (group) {
            group.push(agreement);
        } else {
            byRoot.set(root, [agreement]);
        }
    }
    const groups = [...byRoot.values()].filter(group => group.length > 1);
    const membership = new Map<Underpinning, readonly Underpinning[]>();
    for (const group of groups) {
        for (const member of group) {
            membership.set(member, group);
        }
    }
    return { groupOf: agreement => membership.get(agreement), groups };
}

/**
 * The redundancy groups under each SLA, worked out once per build: every OLA and UC under
 * an SLA asks for the same grouping when one of its targets falls short.
 */
export class RedundancyGroups {
    private readonly groupings: WorkspaceCache<Sla, RedundancyGrouping>;

    constructor(shared: LangiumSharedCoreServices, private readonly index: SvcdefWorkspaceIndex) {
        this.groupings = new WorkspaceCache(shared);
    }

    /**
     * The grouping of the SLA's supporters. `askedBy` is validated again when the SLA's
     * supporters change, since a member it does not name may join or leave its group.
     */
    under(sla: Sla, askedBy?: LangiumDocument): RedundancyGrouping {
        const supporters = this.index.supportersOf(sla, askedBy);
        return this.groupings.get(sla, () => redundancyGroupingOf(supporters));
    }
}
