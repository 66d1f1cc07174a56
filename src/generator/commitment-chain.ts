/**
 * An SLA's commitment chain: the OLAs and UCs that name it in `supports`, their
 * availability targets, the redundancy groups among them, and the end-to-end
 * availability they reach together against each availability promise of the SLA.
 *
 * The catalog carries the composition of each promise as a formula (parts in series joined
 * by ×, members of a redundancy group by ∥); the groups are read back from it so that the
 * table, the diagram and the SLA's error budget line all tell the same story.
 */
import { catalogLookups } from './catalog-lookups.js';
import type { AgreementEntry, Catalog, SupportingBudgetEntry, TargetEntry } from './catalog-model.js';
import { notBindingWords } from './agreement-standing.js';
import { AGREEMENT_KIND_SHORT, displayName } from './display-text.js';

export interface ChainPromise {
    /** The SLA's availability target. */
    readonly target: TargetEntry;
    readonly budget: SupportingBudgetEntry;
}

export interface CommitmentChain {
    readonly sla: AgreementEntry;
    /** The OLAs and UCs supporting the SLA, as the SLA lists them. */
    readonly supporters: readonly AgreementEntry[];
    /** Supporters that stand in for each other (`redundant with`): each group has two members or more. */
    readonly groups: readonly (readonly AgreementEntry[])[];
    /** Each availability promise of the SLA that its supporters underpin, with what they reach together. */
    readonly promises: readonly ChainPromise[];
}

export function commitmentChainOf(sla: AgreementEntry, catalog: Catalog): CommitmentChain {
    const lookups = catalogLookups(catalog);
    const supporters = sla.supportedBy
        .map(name => lookups.supporting(name))
        .filter((entry): entry is AgreementEntry => entry !== undefined);
    const promises = chainPromises(sla);
    return { sla, supporters, groups: promises.length > 0 ? redundancyGroups(promises[0].budget.formula, supporters) : [], promises };
}

/** The SLA's availability targets with a supporting budget: agreement-wide ones, then those of `for service` blocks. */
export function chainPromises(sla: AgreementEntry): ChainPromise[] {
    const seen = new Set<string>();
    const promises: ChainPromise[] = [];
    const add = (target: TargetEntry) => {
        const key = `${target.forService ?? ''}\u0000${target.text}`;
        if (target.supportingBudget && !seen.has(key)) {
            seen.add(key);
            promises.push({ target, budget: target.supportingBudget });
        }
    };
    sla.targets.forEach(add);
    sla.serviceTargets.forEach(scoped => scoped.targets.forEach(add));
    return promises;
}

/** The first availability target of an OLA or UC: what it contributes to a chain. */
export function availabilityTargetOf(agreement: AgreementEntry): TargetEntry | undefined {
    return agreement.targets.find(target => target.metric === 'availability' && target.valueKind === 'percent');
}

/** How a supporter appears in a formula: `UC Telcora WAN`, followed by its percent. */
function formulaName(agreement: AgreementEntry): string {
    return `${AGREEMENT_KIND_SHORT[agreement.kind]} ${displayName(agreement)}`;
}

/**
 * The supporters a formula counts, part by part (parts in series joined by ×, members of a
 * redundancy group by ∥). A member that matches no supporter (a title that itself contains
 * ∥ or ×) is undefined rather than a guess.
 */
function formulaParts(formula: string, supporters: readonly AgreementEntry[]): (AgreementEntry | undefined)[][] {
    // Longest names first, so that `UC Telcora WAN backup` is not taken for `UC Telcora WAN`.
    const candidates = [...supporters].sort((a, b) => formulaName(b).length - formulaName(a).length);
    return formula.split(' × ').map(part => part.replace(/^\(/, '').replace(/\)$/, '').split(' ∥ ')
        .map(member => candidates.find(candidate => member.startsWith(`${formulaName(candidate)} `))));
}

/**
 * The redundancy groups of a formula such as `OLA Plant network 99.9% × (UC Telcora WAN 99.9% ∥ UC Backup lines 99%)`,
 * as supporters. A group with a member that matches no supporter is left out rather than guessed.
 */
export function redundancyGroups(formula: string, supporters: readonly AgreementEntry[]): AgreementEntry[][] {
    return formulaParts(formula, supporters).filter((members): members is AgreementEntry[] => members.length >= 2
        && members.every(entry => entry !== undefined) && new Set(members).size === members.length);
}

/** The supporters a composition counts, in its order, that bind nobody on the publication day (expired, not yet in force, draft). */
export function notInForceIn(budget: SupportingBudgetEntry, supporters: readonly AgreementEntry[]): AgreementEntry[] {
    // In the formula's order, so that the words follow the figure they qualify.
    const counted = new Set(formulaParts(budget.formula, supporters).flat());
    return [...counted].filter((supporter): supporter is AgreementEntry => supporter !== undefined && notBindingWords(supporter) !== undefined);
}

/** `counts OLA Directory operations, which expired after 2026-05-31`: why a composed figure promises nothing today. */
export function notInForceWords(lapsed: readonly AgreementEntry[]): string {
    const parts = lapsed.map(agreement => `${formulaName(agreement)}, which ${notBindingWords(agreement)}`);
    return `counts ${parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}` : parts[0]}`;
}
