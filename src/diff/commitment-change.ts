/**
 * What `svcdef diff` reports: the changes a pull request makes to the commitments, by
 * meaning rather than by text. The JSON format writes these as they are
 * (schemas/diff.schema.json), so a field, once published, keeps its name.
 */
export type ChangeEffect = 'weaker' | 'stronger' | 'neutral';
export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed';

/** The element a change is about, as the side that has it names it. */
export interface ChangedElement {
    /** The language's keyword for it: `service`, `sla`, `ola`, `uc`, `offering`, `calendar`, `customer`, … */
    readonly kind: string;
    /** Qualified name (`acme.it.Email`; an offering `Service.Offering`). */
    readonly name: string;
    readonly title?: string;
}

/** Where a change is: on the head side, or on the base side for a removal. */
export interface ChangeLocation {
    readonly side: 'base' | 'head';
    /** Path relative to the side's root folder, with `/`. */
    readonly file: string;
    /** 1-based. */
    readonly line: number;
}

export interface CommitmentChange {
    readonly effect: ChangeEffect;
    readonly kind: ChangeKind;
    readonly element: ChangedElement;
    /** What changed, in words: `target availability per month for service Erp`, `validity`, `credit when availability < 99.9%`. */
    readonly aspect: string;
    /** Before and after in words (`at least 99.9% per month`); absent for what did not exist on that side. */
    readonly before?: string;
    readonly after?: string;
    readonly location: ChangeLocation;
    /** Set for an effect derived from a change elsewhere (an OLA's change on the SLA it supports): that change's element. */
    readonly causedBy?: ChangedElement;
    /** The reason written in the head source where a weakening is intended; undefined when none. */
    readonly acknowledged?: string;
}

export interface CommitmentDiff {
    /** How the sides were named on the command line (`origin/main`, a folder). */
    readonly base: string;
    readonly head: string;
    /** Weaker first, then stronger, then neutral; within each by element kind, name and aspect. */
    readonly changes: readonly CommitmentChange[];
    readonly summary: { readonly weaker: number; readonly stronger: number; readonly neutral: number };
}
