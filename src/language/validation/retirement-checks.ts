import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Service } from '../generated/ast.js';
import { single } from '../single-valued-properties.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';

/** Statuses a service has when it is going away or gone: only they have an end date and a successor. */
const LEAVING = new Set(['retiring', 'retired']);

/**
 * `status retiring until 2027-06-30 replaced by Mail365`: the catalog tells customers and
 * users when the service ends and where to go instead, so both must make sense.
 */
export class RetirementChecks {
    constructor(private readonly index?: SvcdefWorkspaceIndex) {}

    checkRetirement(service: Service, accept: ValidationAcceptor): void {
        const status = single(service.status);
        const replacement = single(service.replacedBy);
        if (status !== undefined && !LEAVING.has(status)) {
            for (const [property, words] of [['retiresOn', 'until'], ['replacedBy', 'replaced by']] as const) {
                if (service[property].length > 0) {
                    report(accept, 'retirement-details-misplaced',
                        `Service '${service.name}' is ${status}, so it has no end date or replacement: '${words}' belongs to a retiring or retired service. `
                        + `Make the status 'retiring' (or 'retired'), or remove '${words}'.`,
                        { node: service, property, index: 0 });
                }
            }
        }
        const target = replacement?.ref;
        if (!target) {
            return;
        }
        if (target === service) {
            report(accept, 'replacement-unavailable',
                `Service '${service.name}' is replaced by itself. Name the service that takes its place, or remove 'replaced by'.`,
                { node: service, property: 'replacedBy', index: 0 });
            return;
        }
        // The replacement may live in another file: a change to its status must check this one again.
        this.index?.readsElement(target, AstUtils.getDocument(service));
        if (single(target.status) === 'retired') {
            report(accept, 'replacement-unavailable',
                `Service '${service.name}' is replaced by '${target.name}', which is retired itself. Name the service that is live now, or remove 'replaced by'.`,
                { node: service, property: 'replacedBy', index: 0 });
        }
    }
}
