import type { LangiumDocument } from 'langium';
import type { Agreement, Ola, Service, Sla, Target, Uc } from '../generated/ast.js';
import { formatNumber } from '../literals.js';
import { memoized } from '../memoized.js';
import type { RelianceTest } from '../service-dependencies.js';
import { agreementLineage, agreementWideTargets, coveredServices, effectiveTargetsFor, type EffectiveTarget } from './effective-targets.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { commitmentOf, type Commitment } from './metric-semantics.js';
import { redundancyGroupingOf, type RedundancyGrouping } from './redundancy-groups.js';

export const AVAILABILITY_METRIC = 'availability';

export interface SupportingAvailability {
    readonly agreement: Ola | Uc;
    readonly commitment: Commitment;
}

/**
 * One link of the series: a single agreement, or a redundancy group whose members stand
 * in for each other (the part is down only when every member is).
 */
export interface SupportingPart {
    /** One member for a single agreement; two or more, in parallel, for a group. */
    readonly members: readonly SupportingAvailability[];
    /** The part's availability in percent: 1 − Π(1 − aᵢ) over its members. */
    readonly percent: number;
}

export interface AvailabilityComposition {
    /** The SLA's own availability promise this composition is measured against. */
    readonly promised: Commitment;
    /** Every supporting agreement with its availability, whichever part it belongs to. */
    readonly supporting: readonly SupportingAvailability[];
    /** The supporting agreements as the links of the series: single agreements and redundancy groups. */
    readonly parts: readonly SupportingPart[];
    /** Product of the parts' availabilities, in percent. */
    readonly compositePercent: number;
}

/** Whether a commitment is an availability promise, the one metric that composes along the chain. */
export function isAvailability(commitment: Commitment | undefined): commitment is Commitment {
    return commitment !== undefined && commitment.metric.name === AVAILABILITY_METRIC && commitment.metric.direction === 'higher';
}

export function formatPercent(value: number): string {
    return `${formatNumber(value, 4)}%`;
}

/** Parallel composition: the availability, in percent, of agreements of which any one keeps the service up. */
export function parallelPercent(percents: readonly number[]): number {
    const allDown = percents.reduce((product, percent) => product * (1 - percent / 100), 1);
    return (1 - allDown) * 100;
}

/**
 * The composition as a formula: parts in series joined by ×, members of a redundancy
 * group joined by ∥ (in parentheses when the series has other parts), each member as
 * `name` writes it followed by its availability: `OLA 'Net' 99.95% × (UC 'CarrierA' 99.5% ∥ UC 'CarrierB' 99.5%)`.
 */
export function compositionFormula(composition: AvailabilityComposition,
    name: (agreement: Ola | Uc) => string = agreement => `${agreement.$type.toUpperCase()} '${agreement.name}'`): string {
    const member = (part: SupportingAvailability) => `${name(part.agreement)} ${part.commitment.measure.text}`;
    return composition.parts.map(part => {
        const group = part.members.map(member).join(' ∥ ');
        return part.members.length > 1 && composition.parts.length > 1 ? `(${group})` : group;
    }).join(' × ');
}

/** Whether any part of the composition is a redundancy group. */
export function hasRedundancyGroup(composition: AvailabilityComposition): boolean {
    return composition.parts.some(part => part.members.length > 1);
}

/** A composition for one service of the SLA, against a target that applies to it. */
export interface ServiceAvailabilityComposition extends AvailabilityComposition {
    /** The SLA service it is about; none when the SLA names no services. */
    readonly service?: Service;
    /** Whether the promise comes from an SLA the agreement is `part of`, and which. */
    readonly inherited: boolean;
    readonly statedIn: Agreement;
}

/**
 * For each availability target an SLA states itself, the composition of the service it
 * fares worst for: what hovers and inlay hints show beside the target.
 */
export function worstOwnCompositions(sla: Sla, index: SvcdefWorkspaceIndex, reliesOn: RelianceTest): ServiceAvailabilityComposition[] {
    const worst = new Map<Target, ServiceAvailabilityComposition>();
    for (const composition of effectiveAvailabilityCompositions(sla, index, reliesOn)) {
        const known = worst.get(composition.promised.target);
        if (!composition.inherited && composition.supporting.length > 0 && (!known || composition.compositePercent < known.compositePercent)) {
            worst.set(composition.promised.target, composition);
        }
    }
    return [...worst.values()];
}

/**
 * Series composition: a service that needs every supporting part up is available only
 * when all of them are, so the parts' availabilities multiply. A part is a single agreement
 * or a redundancy group (`redundant with`), which is up while any member is: its members
 * compose in parallel, 1 − Π(1 − aᵢ).
 *
 * Series composition per service, on the targets that apply to it (`for service` blocks,
 * inherited targets): for each service of the SLA and each availability target that
 * applies to it, the supporting agreements that underpin that service — those naming no
 * services, and those covering the service or one it relies on — multiply. An agreement
 * covering several such services counts once, with its weakest availability among them.
 * `reliesOn` answers whether an SLA service relies on a service an agreement covers.
 */
export function effectiveAvailabilityCompositions(sla: Sla, index: SvcdefWorkspaceIndex, reliesOn: RelianceTest,
    askedBy?: LangiumDocument): ServiceAvailabilityComposition[] {
    const slaServices = coveredServices(sla);
    const compositions: ServiceAvailabilityComposition[] = [];
    let supporters: ReadonlyArray<Ola | Uc> | undefined;
    let grouping: RedundancyGrouping | undefined;
    // Each supporting target is asked of every service and promise of the SLA: read it once.
    const commitmentOfTarget = memoized(commitmentOf);
    const availabilityPromises = (targets: readonly EffectiveTarget[]) => targets
        .map(effective => ({ effective, commitment: commitmentOfTarget(effective.target) }))
        .filter(entry => isAvailability(entry.commitment));
    // Without a `for service` block in the lineage every service has the agreement-wide promises: read them once.
    const scoped = agreementLineage(sla).some(statedIn => statedIn.scopes.length > 0);
    const everyService = scoped ? undefined : availabilityPromises(agreementWideTargets(sla));
    for (const service of slaServices.length > 0 ? slaServices : [undefined]) {
        const promises = everyService ?? availabilityPromises(service ? effectiveTargetsFor(sla, service) : agreementWideTargets(sla));
        if (promises.length === 0) {
            continue;
        }
        supporters ??= index.supportersOf(sla, askedBy);
        grouping ??= redundancyGroupingOf(supporters);
        for (const { effective, commitment } of promises) {
            const promised = commitment!;
            const supporting: SupportingAvailability[] = [];
            for (const agreement of supporters) {
                const found = supportingAvailability(agreement, service, promised.qualifier, reliesOn, commitmentOfTarget);
                if (found) {
                    supporting.push({ agreement, commitment: found });
                }
            }
            const parts = partsOf(supporting, grouping);
            const fraction = parts.reduce((product, part) => product * part.percent / 100, 1);
            compositions.push({
                promised, supporting, parts, compositePercent: fraction * 100, service,
                inherited: effective.inherited, statedIn: effective.statedIn
            });
        }
    }
    return compositions;
}

/** The supporting availabilities as links of the series, members of one redundancy group together, in the order of their first member. */
function partsOf(supporting: readonly SupportingAvailability[], grouping: RedundancyGrouping): SupportingPart[] {
    const links: SupportingAvailability[][] = [];
    const byGroup = new Map<readonly (Ola | Uc)[], SupportingAvailability[]>();
    for (const entry of supporting) {
        const group = grouping.groupOf(entry.agreement);
        const members = group && byGroup.get(group);
        if (members) {
            members.push(entry);
        } else {
            const started = [entry];
            links.push(started);
            if (group) {
                byGroup.set(group, started);
            }
        }
    }
    return links.map(members => ({
        members,
        percent: members.length === 1 ? members[0].commitment.measure.magnitude : parallelPercent(members.map(member => member.commitment.measure.magnitude))
    }));
}

/**
 * The availability an OLA or UC commits for an SLA service, with the qualifier asked; its
 * weakest where it covers several. `commitment` reads a target, remembered by a caller that asks often.
 */
export function supportingAvailability(agreement: Ola | Uc, service: Service | undefined, qualifier: string,
    reliesOn: RelianceTest, commitment: (target: Target) => Commitment | undefined = commitmentOf): Commitment | undefined {
    const own = coveredServices(agreement);
    const targets = own.length === 0
        ? agreement.targets
        : agreement.scopes.length === 0
            ? (!service || own.some(covered => reliesOn(service, covered)) ? agreement.targets : [])
        : own.filter(covered => !service || reliesOn(service, covered))
            .flatMap(covered => effectiveTargetsFor(agreement, covered).map(effective => effective.target));
    let weakest: Commitment | undefined;
    for (const target of targets) {
        const committed = commitment(target);
        if (isAvailability(committed) && committed.qualifier === qualifier
            && (!weakest || committed.measure.magnitude < weakest.measure.magnitude)) {
            weakest = committed;
        }
    }
    return weakest;
}
