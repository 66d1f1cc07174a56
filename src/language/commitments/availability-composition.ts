import type { LangiumDocument } from 'langium';
import type { Ola, Sla, Uc } from '../generated/ast.js';
import { formatNumber } from '../literals.js';
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
