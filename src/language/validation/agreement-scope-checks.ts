import { AstUtils, type ValidationAcceptor } from 'langium';
import { coveredServices } from '../commitments/effective-targets.js';
import type { Ola, ServiceScope, Sla, Uc } from '../generated/ast.js';
import type { DependencyClosures } from '../service-dependencies.js';
import { report } from './diagnostic-codes.js';

/** What an agreement's targets apply to must be what the agreement, or the SLA it underpins, covers. */
export class AgreementScopeChecks {
    constructor(private readonly dependencies: DependencyClosures) {}

    checkScopedService(scope: ServiceScope, accept: ValidationAcceptor): void {
        const service = scope.service?.ref;
        const agreement = scope.$container;
        if (!service || agreement.services.some(reference => reference.ref === service)) {
            return;
        }
        const kind = agreement.$type.toUpperCase();
        const covered = agreement.services.length > 0
            ? `covers only ${agreement.services.map(reference => `'${reference.$refText}'`).join(', ')}`
            : 'names no services';
        report(accept, 'unscoped-target',
            `${kind} '${agreement.name}' has targets for service '${service.name}' but ${covered}. `
            + `Add '${scope.service.$refText}' to its 'services', or name a service it covers.`,
            { node: scope, property: 'service', extra: { service: scope.service.$refText, agreement: agreement.name } });
    }

    /**
     * A service an OLA or UC covers must be one that a supported SLA covers, or one that
     * such a service relies on: otherwise the agreement underpins nothing the customer sees.
     */
    checkUnderpinningScope(agreement: Ola | Uc, accept: ValidationAcceptor): void {
        const slas = agreement.supports.map(reference => reference.ref).filter((sla): sla is Sla => sla !== undefined);
        const slaServices = [...new Set(slas.flatMap(coveredServices))];
        if (slaServices.length === 0) {
            return;
        }
        const reliesOn = this.dependencies.relianceFor(AstUtils.getDocument(agreement));
        agreement.services.forEach((reference, index) => {
            const service = reference.ref;
            if (!service || slaServices.some(covered => reliesOn(covered, service))) {
                return;
            }
            const kind = agreement.$type.toUpperCase();
            const supported = slas.map(sla => `'${sla.name}'`).join(', ');
            report(accept, 'underpinning-out-of-scope',
                `${kind} '${agreement.name}' covers service '${service.name}', which no SLA it supports (${supported}) covers or relies on through 'depends on'. `
                + `Remove '${service.name}' from this ${kind}, support the SLA that needs it, or add it to the 'depends on' of the service that does.`,
                { node: agreement, property: 'services', index });
        });
    }
}
