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
 * Whether one service relies on another through `depends on`, directly or through other
 * services, answered per build: the checks of the commitment chain ask the same questions
 * of one SLA service for every OLA, UC and target under it. The search from each service
 * goes breadth first only as far as the questions asked of it need, and resumes from there
 * for the next one: what an OLA covers is nearly always an SLA's service or a direct
 * dependency of one, while everything a service relies on runs to about fifty services at
 * 10k and to hundreds at 50k. A dependency cycle ends the walk rather than looping.
 */
export class DependencyClosures {
    /** How far the search from each service has got. */
    private readonly searches: WorkspaceCache<Service, DependencySearch>;
    private readonly editorTests: WorkspaceCache<LangiumDocument, { readonly stamp: number; readonly test: RelianceTest }>;

    constructor(shared: LangiumSharedCoreServices, private readonly index: SvcdefWorkspaceIndex) {
        this.searches = new WorkspaceCache(shared);
        this.editorTests = new WorkspaceCache(shared);
    }

    /**
     * The reliance test for readers that are no check, such as the catalog: it notes
     * nothing as read, since no diagnostics hang on its answers. It shares the searches
     * the checks have made, so after validation most questions are already answered.
     */
    readonly reliesOn: RelianceTest = (from, to) => from === to || this.search(from, to).reached.has(to);

    /** The search from `from`, carried on until it reaches `to` (or everything, without `to`). */
    private search(from: Service, to?: Service): DependencySearch {
        let search = this.searches.get(from);
        if (!search) {
            search = { reached: new Set([from]), frontier: [from], next: 0 };
            this.searches.set(from, search);
        }
        const { reached, frontier } = search;
        while (search.next < frontier.length && !(to && reached.has(to))) {
            for (const reference of frontier[search.next++].dependsOn) {
                const dependency = reference.ref;
                if (dependency && !reached.has(dependency)) {
                    reached.add(dependency);
                    frontier.push(dependency);
                }
            }
        }
        if (search.next === frontier.length && search.next > 0) {
            // Searched to the end: the set answers every later question, the queue is not needed.
            frontier.length = 0;
            search.next = 0;
        }
        return search;
    }

    /**
     * The reliance test for the checks of one document. In an editor, the services an
     * answer was found among are noted as read by the document, so that it is validated
     * again when one of them changes: for "yes" the services searched so far (the path
     * is among them), for "no" everything the service relies on. A batch run is told of
     * no changes, so it only needs the answer.
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

    /** Notes, for an editor, everything the service relies on as read by the document (a cycle may close anywhere along it). */
    readsEverythingReliedOn(service: Service, document: LangiumDocument): void {
        if (this.index.remembersWhoAsked) {
            this.index.readsElements(this.search(service).reached, document);
        }
    }

    private noting(document: LangiumDocument): RelianceTest {
        const noted = new Set<Service>();
        return (from, to) => {
            if (from === to) {
                return true;
            }
            const { reached } = this.search(from, to);
            for (const service of reached) {
                if (!noted.has(service)) {
                    noted.add(service);
                    this.index.readsElement(service, document);
                }
            }
            return reached.has(to);
        };
    }
}
