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

/** A breadth-first search through `depends on`, kept to be resumed: `frontier[next..]` is still to be expanded. */
interface DependencySearch {
    readonly reached: Set<Service>;
    readonly frontier: Service[];
    next: number;
}

/** Whether service `from` is `to` or relies on it through `depends on`. */
export type RelianceTest = (from: Service, to: Service) => boolean;

/**
 * The reliance test without memory, for an editor feature that asks a few questions
 * about one agreement (a hover, the hints of one file): a walk from `from` that stops at `to`.
 */
export const reliesOnByWalking: RelianceTest = (from, to) => {
    const reached = new Set<Service>([from]);
    const pending: Service[] = [from];
    while (pending.length > 0) {
        const service = pending.pop()!;
        if (service === to) {
            return true;
        }
        for (const dependency of dependenciesOf(service)) {
            if (!reached.has(dependency)) {
                reached.add(dependency);
                pending.push(dependency);
            }
        }
    }
    return false;
};

/**
 * What each service relies on through `depends on`, directly or through other services
 * (itself included), worked out once per build and only for the services asked about:
 * the checks of the commitment chain ask the same question of one SLA service for every
 * OLA, UC and target under it. A dependency cycle ends the walk rather than looping.
 */
export class DependencyClosures {
    private readonly closures: WorkspaceCache<Service, ReadonlySet<Service>>;

    /** How far the search from each service has got. */
    private readonly searches: WorkspaceCache<Service, DependencySearch>;

    private readonly editorTests: WorkspaceCache<LangiumDocument, { readonly stamp: number; readonly test: RelianceTest }>;

    constructor(shared: LangiumSharedCoreServices, private readonly index: SvcdefWorkspaceIndex) {
        this.closures = new WorkspaceCache(shared);
        this.searches = new WorkspaceCache(shared);
        this.editorTests = new WorkspaceCache(shared);
    }

    /**
     * Whether `from` is `to` or relies on it. The search from each service goes breadth
     * first and only as far as the questions asked of it need, and resumes from there for
     * the next question: what an OLA covers is nearly always an SLA's service or a direct
     * dependency of one, while everything a service relies on runs to about fifty services
     * at 10k and to hundreds at 50k.
     */
    private readonly reliesOn: RelianceTest = (from, to) => {
        if (from === to) {
            return true;
        }
        let search = this.searches.get(from);
        if (!search) {
            search = { reached: new Set([from]), frontier: [from], next: 0 };
            this.searches.set(from, search);
        }
        if (search.reached.has(to)) {
            return true;
        }
        const { reached, frontier } = search;
        if (search.next === frontier.length) {
            return false;
        }
        while (search.next < frontier.length) {
            let found = false;
            for (const reference of frontier[search.next++].dependsOn) {
                const dependency = reference.ref;
                if (dependency && !reached.has(dependency)) {
                    reached.add(dependency);
                    frontier.push(dependency);
                    found ||= dependency === to;
                }
            }
            if (found) {
                return true;
            }
        }
        // Searched to the end: the set answers every later question, the queue is not needed.
        frontier.length = 0;
        search.next = 0;
        return false;
    };

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
     * document again when one of them changes. A batch run is told of no changes, so it
     * only needs the answer.
     */
    relianceFor(document: LangiumDocument): RelianceTest {
        if (!this.index.remembersWhoAsked) {
            return this.reliesOn;
        }
        // Once per validation of the document: a validation starts by forgetting what was noted.
        const stamp = this.index.validationStamp(document);
        let kept = this.editorTests.get(document);
        if (!kept || kept.stamp !== stamp) {
            kept = { stamp, test: this.noting(document) };
            this.editorTests.set(document, kept);
        }
        return kept.test;
    }

    /** The reliance test of one document for one build: each closure is noted once, however many checks ask. */
    private noting(document: LangiumDocument): RelianceTest {
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
