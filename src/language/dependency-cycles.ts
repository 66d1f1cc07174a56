import { WorkspaceCache, type LangiumSharedCoreServices } from 'langium';
import type { Service } from './generated/ast.js';
import { dependenciesOf } from './service-dependencies.js';
import { compareSourceOrder } from './source-order.js';

/** Services that depend on each other round a cycle, in source order. */
export interface DependencyCycle {
    readonly members: readonly Service[];
}

/**
 * The dependency cycles of the workspace's services, found once per build: the strongly
 * connected components of the `depends on` graph (Tarjan), worked out from the first
 * service asked about and extended as other services are asked, so every service is
 * visited once however many ask. A service that names itself is a cycle of one.
 */
export class DependencyCycles {
    /** Each service visited, with its cycle, or null when it is in none. */
    private readonly cycles: WorkspaceCache<Service, DependencyCycle | null>;

    constructor(shared: LangiumSharedCoreServices) {
        this.cycles = new WorkspaceCache(shared);
    }

    cycleOf(service: Service): DependencyCycle | undefined {
        if (!this.cycles.has(service)) {
            this.explore(service);
        }
        return this.cycles.get(service) ?? undefined;
    }

    /** Tarjan's algorithm from `root`, iteratively: dependency chains may be thousands long. */
    private explore(root: Service): void {
        const order = new Map<Service, number>();
        const lowLink = new Map<Service, number>();
        const stack: Service[] = [];
        const onStack = new Set<Service>();
        const frames: Array<{ service: Service; dependencies: Service[]; next: number }> = [];
        const enter = (service: Service) => {
            order.set(service, order.size);
            lowLink.set(service, order.get(service)!);
            stack.push(service);
            onStack.add(service);
            frames.push({ service, dependencies: dependenciesOf(service), next: 0 });
        };
        enter(root);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.next < frame.dependencies.length) {
                const dependency = frame.dependencies[frame.next++];
                if (this.cycles.has(dependency)) {
                    continue; // settled by an earlier search: no cycle through it reaches back here
                }
                if (!order.has(dependency)) {
                    enter(dependency);
                } else if (onStack.has(dependency)) {
                    lowLink.set(frame.service, Math.min(lowLink.get(frame.service)!, order.get(dependency)!));
                }
                continue;
            }
            frames.pop();
            const service = frame.service;
            const parent = frames[frames.length - 1];
            if (parent) {
                lowLink.set(parent.service, Math.min(lowLink.get(parent.service)!, lowLink.get(service)!));
            }
            if (lowLink.get(service) !== order.get(service)) {
                continue;
            }
            const members: Service[] = [];
            let member: Service;
            do {
                member = stack.pop()!;
                onStack.delete(member);
                members.push(member);
            } while (member !== service);
            const cyclic = members.length > 1 || frame.dependencies.includes(service);
            const cycle = cyclic ? { members: members.sort(compareSourceOrder) } : null;
            for (const settled of members) {
                this.cycles.set(settled, cycle);
            }
        }
    }
}

/**
 * One way round the cycle from its first member back to it, as the services met on the
 * way: `[A, B, C, A]`, or `[A, A]` for a service that names itself.
 */
export function pathRound(cycle: DependencyCycle): Service[] {
    const first = cycle.members[0];
    const inCycle = new Set(cycle.members);
    const cameFrom = new Map<Service, Service>();
    const queue: Service[] = [first];
    for (let i = 0; i < queue.length; i++) {
        const service = queue[i];
        for (const dependency of dependenciesOf(service)) {
            if (dependency === first) {
                const path = [first];
                for (let at: Service | undefined = service; at !== first && at; at = cameFrom.get(at)) {
                    path.splice(1, 0, at);
                }
                return [...path, first];
            }
            if (inCycle.has(dependency) && !cameFrom.has(dependency)) {
                cameFrom.set(dependency, service);
                queue.push(dependency);
            }
        }
    }
    return [first, first];
}
