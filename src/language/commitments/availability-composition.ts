import type { LangiumDocument } from 'langium';
import type { Agreement, Ola, Service, Sla, Uc } from '../generated/ast.js';
import { formatNumber } from '../literals.js';
import type { RelianceTest } from '../service-dependencies.js';
import { agreementWideTargets, coveredServices, effectiveTargetsFor } from './effective-targets.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { commitmentOf, type Commitment } from './metric-semantics.js';

export const AVAILABILITY_METRIC = 'availability';

export interface SupportingAvailability {
    readonly agreement: Ola | Uc;
    readonly commitment: Commitment;
}

export interface AvailabilityComposition {
    /** The SLA's own availability promise this composition is measured against. */
    readonly promised: Commitment;
    readonly supporting: readonly SupportingAvailability[];
    /** Product of the supporting availabilities, in percent. */
    readonly compositePercent: number;
}

/**
 * Series composition: a service that needs every supporting part up is available only
 * when all of them are, so the supporting availabilities multiply. For each availability
 * target of the SLA, the supporting targets with the same qualifier are composed.
 */
export function availabilityCompositions(sla: Sla, index: SvcdefWorkspaceIndex, askedBy?: LangiumDocument): AvailabilityComposition[] {
    const promises = sla.targets.map(commitmentOf).filter(isAvailability);
    if (promises.length === 0) {
        return [];
    }
    const supporters = index.supportersOf(sla, askedBy);
    return promises.map(promised => {
        const supporting: SupportingAvailability[] = [];
        for (const agreement of supporters) {
            const commitment = agreement.targets.map(commitmentOf)
                .find(candidate => isAvailability(candidate) && candidate.qualifier === promised.qualifier);
            if (commitment) {
                supporting.push({ agreement, commitment });
            }
        }
        const fraction = supporting.reduce((product, part) => product * part.commitment.measure.magnitude / 100, 1);
        return { promised, supporting, compositePercent: fraction * 100 };
    });
}

function isAvailability(commitment: Commitment | undefined): commitment is Commitment {
    return commitment !== undefined && commitment.metric.name === AVAILABILITY_METRIC && commitment.metric.direction === 'higher';
}

export function formatPercent(value: number): string {
    return `${formatNumber(value, 4)}%`;
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
    for (const service of slaServices.length > 0 ? slaServices : [undefined]) {
        const promises = (service ? effectiveTargetsFor(sla, service) : agreementWideTargets(sla))
            .map(effective => ({ effective, commitment: commitmentOf(effective.target) }))
            .filter(entry => isAvailability(entry.commitment));
        if (promises.length === 0) {
            continue;
        }
        supporters ??= index.supportersOf(sla, askedBy);
        for (const { effective, commitment } of promises) {
            const promised = commitment!;
            const supporting: SupportingAvailability[] = [];
            for (const agreement of supporters) {
                const found = supportingAvailability(agreement, service, promised.qualifier, reliesOn);
                if (found) {
                    supporting.push({ agreement, commitment: found });
                }
            }
            const fraction = supporting.reduce((product, part) => product * part.commitment.measure.magnitude / 100, 1);
            compositions.push({
                promised, supporting, compositePercent: fraction * 100, service,
                inherited: effective.inherited, statedIn: effective.statedIn
            });
        }
    }
    return compositions;
}

/** The availability an OLA or UC commits for an SLA service, with the qualifier asked; its weakest where it covers several. */
function supportingAvailability(agreement: Ola | Uc, service: Service | undefined, qualifier: string,
    reliesOn: RelianceTest): Commitment | undefined {
    const own = coveredServices(agreement);
    const targets = own.length === 0
        ? agreement.targets
        : agreement.scopes.length === 0
            ? (!service || own.some(covered => reliesOn(service, covered)) ? agreement.targets : [])
        : own.filter(covered => !service || reliesOn(service, covered))
            .flatMap(covered => effectiveTargetsFor(agreement, covered).map(effective => effective.target));
    let weakest: Commitment | undefined;
    for (const target of targets) {
        const commitment = commitmentOf(target);
        if (isAvailability(commitment) && commitment.qualifier === qualifier
            && (!weakest || commitment.measure.magnitude < weakest.measure.magnitude)) {
            weakest = commitment;
        }
    }
    return weakest;
}
