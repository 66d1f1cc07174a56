import type { ValidationAcceptor } from 'langium';
import type { Agreement, Sla } from '../generated/ast.js';
import { parseIsoDate } from '../literals.js';
import { single } from '../single-valued-properties.js';
import type { SvcdefSettings } from '../svcdef-settings.js';
import { report } from './diagnostic-codes.js';

/** Life-cycle consistency: what an agreement covers must exist, and its dates must hold. */
export class LifecycleChecks {
    constructor(private readonly settings: SvcdefSettings) {}

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
        if (single(agreement.status) === 'finalized' && to !== undefined && today !== undefined && to < today) {
            report(accept, 'expired-sla',
                `Finalized ${agreementWord(agreement)} '${agreement.name}' expired on ${validity.to} (today is ${this.settings.today}). Renew it with a new validity period or retire it.`,
                { node: validity, property: 'to' });
        }
    }
}

function agreementWord(agreement: Agreement): string {
    return agreement.$type.toUpperCase();
}
