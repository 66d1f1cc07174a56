/**
 * "Changes since REF" in the published catalog: what `svcdef diff` found between REF and
 * the workspace being published, cut down for each audience by the same policy that cuts
 * down the catalog (catalog-views.ts). A view never hears of what it does not show: the
 * customer view gets changes to business services, their offerings and SLAs only, without
 * internal entries, dependencies, underpinning agreements or the numbers OLAs leave of an
 * SLA's budget; the support view gets every change.
 */
import type { CommitmentChange } from '../diff/commitment-change.js';
import { VIEW_POLICIES, type CatalogViewName, type ViewPolicy } from './catalog-views.js';

export interface ChangesSince {
    /** The ref or folder the workspace is compared with, as given to --since. */
    readonly ref: string;
    /** Every change, in the diff's order (weaker first). */
    readonly changes: readonly CommitmentChange[];
    /** Services of `kind technical` on either side: not offered, so not shown outside the support view. */
    readonly technicalServices: ReadonlySet<string>;
}

/** What one view shows of the changes. */
export interface ViewChanges {
    readonly ref: string;
    readonly changes: readonly CommitmentChange[];
    /** Whether the source file and line, and acknowledgement reasons, are shown: written for the support organization. */
    readonly sourceDetails: boolean;
}

/** The elements customers and users see change; everything else is the support organization's. */
const SHOWN_KINDS = new Set(['service', 'offering', 'sla']);

export function changesForView(since: ChangesSince, name: CatalogViewName): ViewChanges {
    const policy = VIEW_POLICIES[name];
    const everything = policy.underpinning && policy.internal && policy.technicalServices;
    return {
        ref: since.ref,
        changes: everything ? since.changes : since.changes.filter(change => shownIn(change, policy, since.technicalServices)),
        sourceDetails: everything
    };
}

function shownIn(change: CommitmentChange, policy: ViewPolicy, technical: ReadonlySet<string>): boolean {
    const { element, aspect } = change;
    if (!SHOWN_KINDS.has(element.kind)) {
        return false;
    }
    // A change caused by an OLA or UC is about underpinning: its numbers are not the customer's.
    if (change.causedBy && !SHOWN_KINDS.has(change.causedBy.kind) && !policy.underpinning) {
        return false;
    }
    if (!policy.technicalServices) {
        const service = element.kind === 'service' ? element.name
            : element.kind === 'offering' ? parentServiceOf(element.name) : undefined;
        if (service !== undefined && technical.has(service)) {
            return false;
        }
        const named = namedService(aspect);
        if (named !== undefined && technical.has(named)) {
            return false;
        }
        if (aspect.startsWith('offering ') && technical.has(parentServiceOf(aspect.slice('offering '.length)))) {
            return false;
        }
        // A rename is reported under the new name; the old name of a technical service is as hidden as the new.
        if (change.kind === 'renamed' && change.before !== undefined && technical.has(change.before)) {
            return false;
        }
    }
    return aspectShown(aspect, policy);
}

function aspectShown(aspect: string, policy: ViewPolicy): boolean {
    if (!policy.internal && aspect.startsWith('internal ')) {
        return false;
    }
    if (!policy.dependencies && aspect.startsWith('depends on ')) {
        return false;
    }
    if (!policy.underpinning && (aspect.startsWith('supported by ') || aspect.startsWith('composite availability'))) {
        return false;
    }
    if (!policy.credits && (aspect.startsWith('credit') || aspect === 'claim period')) {
        return false;
    }
    if (!policy.prices && aspect === 'price') {
        return false;
    }
    return true;
}

/** `acme.Erp.Gold` → `acme.Erp`: an offering's name is its service's qualified name and its own. */
function parentServiceOf(offering: string): string {
    const dot = offering.lastIndexOf('.');
    return dot < 0 ? offering : offering.slice(0, dot);
}

/** The service an aspect is about: `service Erp` (an agreement covers it) or `… for service Erp` (a target scoped to it). */
function namedService(aspect: string): string | undefined {
    if (aspect.startsWith('service ')) {
        return aspect.slice('service '.length);
    }
    const scoped = / for service (\S+)$/.exec(aspect);
    return scoped?.[1];
}
