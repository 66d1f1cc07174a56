import { AstUtils, type LangiumSharedCoreServices, type ValidationAcceptor } from 'langium';
import { DependencyCycles, pathRound } from '../dependency-cycles.js';
import type { DependencyClosures } from '../service-dependencies.js';
import type { Service } from '../generated/ast.js';
import { single } from '../single-valued-properties.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';

/** Statuses in which a service is offered, and those in which it cannot be relied on. */
const IN_SERVICE = new Set(['live', 'retiring']);
const NOT_AVAILABLE = new Set(['retired', 'planned', 'pipeline']);

/** What a service relies on must exist in a state it can be relied on, and must not come back round to it. */
export class ServiceDependencyChecks {
    private readonly cycles: DependencyCycles;

    constructor(shared: LangiumSharedCoreServices, private readonly index: SvcdefWorkspaceIndex, private readonly closures: DependencyClosures) {
        this.cycles = new DependencyCycles(shared);
    }

    /** Once per cycle, on its first member in source order, at the `depends on` name that leads round. */
    checkDependencyCycle(service: Service, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(service);
        if (service.dependsOn.length > 0) {
            // A cycle may close in a file this one does not refer to (A → B in b, B → C in c,
            // C → A written last): everything the service relies on decides whether it is
            // the first member of a cycle, so a change to any of it validates this file again.
            this.closures.readsEverythingReliedOn(service, document);
        }
        const cycle = this.cycles.cycleOf(service);
        if (!cycle || cycle.members[0] !== service) {
            return;
        }
        // The members in other files decide whether the cycle still stands after they change.
        cycle.members.forEach(member => this.index.readsElement(member, document));
        const path = pathRound(cycle);
        const next = path[1];
        const index = service.dependsOn.findIndex(reference => reference.ref === next);
        const message = path.length === 2
            ? `Service '${service.name}' depends on itself. Remove '${service.name}' from its 'depends on'.`
            : `Service '${service.name}' depends on itself through ${path.slice(1).map(member => `'${member.name}'`).join(' → ')}. `
                + `Remove one 'depends on' link of this cycle${cycle.members.length > path.length - 1 ? ` (${cycle.members.length} services depend on each other here)` : ''}.`;
        report(accept, 'dependency-cycle', message, {
            node: service, property: 'dependsOn', index: Math.max(index, 0),
            extra: { cycle: path.map(member => member.name) }
        });
    }

    checkDependencyStatus(service: Service, accept: ValidationAcceptor): void {
        const status = single(service.status);
        if (!status || !IN_SERVICE.has(status)) {
            return;
        }
        service.dependsOn.forEach((reference, index) => {
            const dependency = reference.ref;
            const dependencyStatus = dependency && dependency !== service ? single(dependency.status) : undefined;
            if (dependency && dependencyStatus && NOT_AVAILABLE.has(dependencyStatus)) {
                report(accept, 'depends-on-retired',
                    `Service '${service.name}' is ${status} but depends on '${dependency.name}', which is ${dependencyStatus}. `
                    + `${dependencyStatus === 'retired' ? `Move the dependency to the service that replaced '${dependency.name}'` : `Bring '${dependency.name}' live first`}, or remove it from 'depends on'.`,
                    { node: service, property: 'dependsOn', index });
            }
        });
    }
}
