import { WorkspaceCache, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Service } from './generated/ast.js';
import type { SvcdefWorkspaceIndex } from './workspace/svcdef-workspace-index.js';

/** The services a service names under `depends on`, as they resolve. */
export function dependenciesOf(service: Service): Service[] {
    const resolved: Service[] = [];
    for (const reference of service.dependsOn) {
        if (reference.ref) {
            resolved.push(reference.ref);
        }
    }
    return resolved;
}

/** Whether service `from` is `to` or relies on it through `depends on`. */
export type RelianceTest = (from: Service, to: Service) => boolean;

/**
 * What each service relies on through `depends on`, directly or through other services
 * (itself included), worked out once per build and only for the services asked about:
 * the checks of the commitment chain ask the same question of one SLA service for every
 * OLA, UC and target under it. A dependency cycle ends the walk rather than looping.
 */
export class DependencyClosures {
    private readonly closures: WorkspaceCache<Service, ReadonlySet<Service>>;

    constructor(shared: LangiumSharedCoreServices, private readonly index: SvcdefWorkspaceIndex) {
        this.closures = new WorkspaceCache(shared);
    }

    closureOf(service: Service): ReadonlySet<Service> {
        let closure = this.closures.get(service);
        if (!closure) {
            const reached = new Set<Service>([service]);
            const pending: Service[] = [service];
            while (pending.length > 0) {
                for (const dependency of dependenciesOf(pending.pop()!)) {
                    if (!reached.has(dependency)) {
                        reached.add(dependency);
                        pending.push(dependency);
                    }
                }
            }
            closure = reached;
            this.closures.set(service, closure);
        }
        return closure;
    }

    /**
     * The reliance test for the checks of one document: every service whose dependencies
     * an answer read is noted as read by the document, so that the editor validates the
     * document again when one of them changes.
     */
    relianceFor(document: LangiumDocument): RelianceTest {
        const noted = new Set<Service>();
        return (from, to) => {
            const closure = this.closureOf(from);
            if (!noted.has(from)) {
                noted.add(from);
                this.index.readsElements(closure, document);
            }
            return closure.has(to);
        };
    }
}
