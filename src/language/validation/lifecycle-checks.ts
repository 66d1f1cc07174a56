import { AstUtils, type ValidationAcceptor } from 'langium';
import { agreementLineage, allPromisedTargets } from '../commitments/effective-targets.js';
import type { Agreement, Ola, Sla, Uc, Validity } from '../generated/ast.js';
import { parseIsoDate } from '../literals.js';
import { single } from '../single-valued-properties.js';
import type { SvcdefSettings } from '../svcdef-settings.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';

/** Life-cycle consistency: what an agreement covers must exist, and its dates must hold. */
export class LifecycleChecks {
    constructor(private readonly settings: SvcdefSettings, private readonly index?: SvcdefWorkspaceIndex) {}

    checkCoveredServices(sla: Sla, accept: ValidationAcceptor): void {
        sla.services.forEach((reference, index) => {
            const service = reference.ref;
            const status = service && single(service.status);
            if (!service || !status) {
                return;
            }
            if (status === 'retired') {
                report(accept, 'retired-service-in-sla',
                    `SLA '${sla.name}' covers service '${service.name}', which is retired. Remove it from the SLA or bring the service back to live.`,
                    { node: sla, property: 'services', index });
            } else if (single(sla.status) === 'finalized' && (status === 'planned' || status === 'pipeline')) {
                report(accept, 'finalized-sla-unreleased-service',
                    `Finalized SLA '${sla.name}' covers service '${service.name}', which is still ${status}. Keep the SLA in draft until the service is live, or remove the service.`,
                    { node: sla, property: 'services', index });
            }
        });
    }

    checkValidity(agreement: Agreement, accept: ValidationAcceptor): void {
        const validity = single(agreement.validity);
        if (!validity) {
            return;
        }
        const from = validity.from !== undefined ? parseIsoDate(validity.from) : undefined;
        const to = validity.to !== undefined ? parseIsoDate(validity.to) : undefined;
        for (const [property, text, day] of [['from', validity.from, from], ['to', validity.to, to]] as const) {
            if (text !== undefined && day === undefined) {
                report(accept, 'invalid-validity-period', `'${text}' is not a calendar date. Write a real date as YYYY-MM-DD.`,
                    { node: validity, property });
            }
        }
        if (from !== undefined && to !== undefined && from > to) {
            report(accept, 'invalid-validity-period',
                `${agreementWord(agreement)} '${agreement.name}' is valid from ${validity.from} to ${validity.to}: the start is after the end. Swap or correct the dates.`,
                { node: validity, property: 'to' });
            return;
        }
        const today = parseIsoDate(this.settings.today);
        // Only a draft is not yet in force; an agreement that states no status is taken at its word.
        const status = single(agreement.status);
        if (status !== 'draft' && to !== undefined && today !== undefined && to < today) {
            const described = status === 'finalized' ? `Finalized ${agreementWord(agreement)}` : agreementWord(agreement);
            report(accept, 'expired-sla',
                `${described} '${agreement.name}' expired on ${validity.to} (today is ${this.settings.today}). Renew it with a new validity period, mark it draft, or remove it.`,
                { node: validity, property: 'to' });
        }
    }

    /** A finalized agreement is a commitment: it must promise something, itself or through its parent. */
    checkHasTargets(agreement: Agreement, accept: ValidationAcceptor): void {
        if (single(agreement.status) !== 'finalized' || agreement.targets.length > 0) {
            return;
        }
        const document = AstUtils.getDocument(agreement);
        agreementLineage(agreement).slice(1).forEach(parent => this.index?.readsElement(parent, document));
        if (allPromisedTargets(agreement).length > 0) {
            return;
        }
        const kind = agreementWord(agreement);
        report(accept, 'empty-agreement',
            `Finalized ${kind} '${agreement.name}' promises no target. Add the targets it commits to, or keep it in draft until they are agreed.`,
            { node: agreement, property: 'name', extra: { kind: agreement.$type } });
    }

    /** An OLA or UC must be in force for as long as each SLA it supports. */
    checkUnderpinningValidity(agreement: Ola | Uc, accept: ValidationAcceptor): void {
        const validity = single(agreement.validity);
        const own = validity && period(validity);
        if (!validity || !own) {
            return;
        }
        const endsEarlier: string[] = [];
        const startsLater: string[] = [];
        for (const reference of agreement.supports) {
            const sla = reference.ref;
            const slaValidity = sla && single(sla.validity);
            const supported = slaValidity && period(slaValidity);
            if (!sla || !supported) {
                continue;
            }
            if (own.to !== undefined && (supported.to === undefined || own.to < supported.to)) {
                endsEarlier.push(`'${sla.name}' (${slaValidity.to !== undefined ? `to ${slaValidity.to}` : 'no end date'})`);
            }
            if (own.from !== undefined && supported.from !== undefined && own.from > supported.from) {
                startsLater.push(`'${sla.name}' (from ${slaValidity.from})`);
            }
        }
        const kind = agreementWord(agreement);
        if (endsEarlier.length > 0) {
            report(accept, 'underpinning-expires-first',
                `${kind} '${agreement.name}' ends on ${validity.to}, before the SLA it supports: ${endsEarlier.join(', ')}. `
                + `Extend this ${kind} to cover the SLA, or shorten the SLA.`,
                { node: validity, property: 'to' });
        }
        if (startsLater.length > 0) {
            report(accept, 'underpinning-expires-first',
                `${kind} '${agreement.name}' starts on ${validity.from}, after the SLA it supports: ${startsLater.join(', ')}. `
                + `Start this ${kind} no later than the SLA, or start the SLA later.`,
                { node: validity, property: 'from' });
        }
    }
}

/** A validity as days, when its dates exist and run forwards; invalid periods are reported by checkValidity. */
function period(validity: Validity): { from?: number; to?: number } | undefined {
    const from = validity.from !== undefined ? parseIsoDate(validity.from) : undefined;
    const to = validity.to !== undefined ? parseIsoDate(validity.to) : undefined;
    if ((validity.from !== undefined && from === undefined) || (validity.to !== undefined && to === undefined)
        || (from !== undefined && to !== undefined && from > to)) {
        return undefined;
    }
    return { from, to };
}

function agreementWord(agreement: Agreement): string {
    return agreement.$type.toUpperCase();
}
