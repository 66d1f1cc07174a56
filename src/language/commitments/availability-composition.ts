import type { LangiumDocument } from 'langium';
import type { Agreement, Ola, Service, Sla, Target, Uc } from '../generated/ast.js';
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
 * when all of them are, so the supporting availabilities multiply.
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
