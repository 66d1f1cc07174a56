import { AstUtils, DocumentState, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { DocumentFactTable, FactList, indexKey, type FactKind, type IndexKey } from './document-fact-table.js';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import {
    isBinding, isElement, isModel, isOla, isServicePackage, isSla, isUc,
    type Binding, type Element, type Model, type Ola, type ServicePackage, type Sla, type Uc
} from '../generated/ast.js';

import { sameKindGroup } from '../kind-groups.js';
import { definesBuiltinPriority } from '../builtin/builtin-priorities.js';

export type { IndexKey } from './document-fact-table.js';

/**
 * Cross-document facts the checks need ("which OLAs support this SLA?"), answered from
 * maps instead of scanning every file per question. The maps are kept per document and
 * only the documents an edit parsed or linked again are read again.
 *
 * Each fact lives under a key. A document *contributes* to the keys its own elements
 * add facts to, and *consumes* the keys its checks asked about; when the answer for a
 * key changes after a document asked, that document is validated again, so a diagnostic
 * that depends on another file never goes stale.
 */
export class SvcdefWorkspaceIndex {
    private readonly documents: LangiumDocuments;
    private readonly table = new DocumentFactTable();
    /** Documents whose facts are read again before the next answer, by URI. */
    private readonly stale = new Map<string, LangiumDocument>();
    /** The keys each document asked about during its last validation. */
    private readonly asked = new Map<string, Set<IndexKey>>();
    /** The last asker and its keys: checks ask for one document at a time, many times over. */
    private lastAsker: LangiumDocument | undefined;
    private lastAsked: Set<IndexKey> | undefined;
    /**
     * A logical clock: when each document's last validation started, and when each key's
     * answer last changed. A document whose answer changed after it asked is outdated.
     */
    private clock = 0;
    private readonly validationStartedAt = new Map<string, number>();
    private readonly keyChangedAt = new Map<IndexKey, number>();
    /**
     * Whether the artifacts bindings produce are filed. No check asks; only an editor's
     * code lens does, and they are four facts in ten of a large workspace, so they are
     * filed from the first time anybody asks.
     */
    private filesProducers = false;
    /** See byQualifiedName. */
    private readonly qualifiedGroups = new WeakMap<readonly Element[], Map<string, Element[]>>();

    /**
     * @param tracksConsumers whether to remember who asked what, so that later edits can
     * revalidate them; a one-off batch run has no later edits.
     */
    constructor(services: LangiumSharedCoreServices, private readonly tracksConsumers = true) {
        this.documents = services.workspace.LangiumDocuments;
        const builder = services.workspace.DocumentBuilder;
        // A document's facts change when it is parsed again (its exports are indexed right
        // after) and when its references are resolved again (linking).
        builder.onDocumentPhase(DocumentState.IndexedContent, document => this.markStale(document));
        builder.onDocumentPhase(DocumentState.Linked, document => this.markStale(document));
        builder.onUpdate((_changed, deleted) => {
            for (const uri of deleted) {
                this.forget(uri.toString());
            }
        });
    }

    /**
     * Whether answers are remembered per asking document, for an editor's later edits; a
     * one-off batch run has no later edits, so work done only to be told about changes can be left out.
     */
    get remembersWhoAsked(): boolean {
        return this.tracksConsumers;
    }

    /** OLAs and UCs whose `supports` names the SLA. */
    supportersOf(sla: Sla, askedBy?: LangiumDocument): ReadonlyArray<Ola | Uc> {
        return this.lookup('supporters', elementKey(sla), askedBy) as Array<Ola | Uc>;
    }

    /** SLAs whose `services` include the service. */
    slasCovering(serviceName: string, askedBy?: LangiumDocument): readonly Sla[] {
        return this.lookup('coverage', serviceName, askedBy) as Sla[];
    }

    /** Packages that bundle the service. */
    packagesFor(serviceName: string, askedBy?: LangiumDocument): readonly ServicePackage[] {
        return this.lookup('packages', serviceName, askedBy) as ServicePackage[];
    }

    /** Bindings that implement the A2 node. */
    bindingsImplementing(nodeId: string, askedBy?: LangiumDocument): readonly Binding[] {
        return this.lookup('bindings', nodeId, askedBy) as Binding[];
    }

    /** Bindings that list the artifact under one of their `produces` work products. */
    bindingsProducing(artifactName: string, askedBy?: LangiumDocument): readonly Binding[] {
        if (!this.filesProducers) {
            // Asked for the first time (an editor's code lens): file them for every document.
            this.filesProducers = true;
            // Documents not linked yet are filed when they are (see the constructor): reading
            // their references now would resolve them before the index is complete.
            for (const document of this.documents.all) {
                if (document.state >= DocumentState.Linked) {
                    this.markStale(document);
                }
            }
        }
        return this.lookup('producers', artifactName, askedBy) as Binding[];
    }

    /**
     * False when no two elements of the workspace share a simple name, so that no written
     * name can be ambiguous, and nobody needs to hear when that changes (a batch run); an
     * editor's documents must ask name by name, to be told about each name later.
     */
    mayHaveSharedSimpleNames(): boolean {
        if (this.tracksConsumers) {
            return true;
        }
        this.refresh();
        return this.table.hasShared('simple');
    }

    /**
     * Another element of the same kind group (see kind-groups.ts) declared under the
     * element's qualified name, the first in the
     * workspace's order, if any. Two elements with one qualified name share their simple
     * name, so they are found among those, and the table files every element once, by
     * simple name, instead of also by qualified name.
     */
    anotherElementNamedAs(element: Element, askedBy?: LangiumDocument): Element | undefined {
        if (element.name === undefined) {
            return undefined;
        }
        const sharing = this.lookup('simple', element.name, askedBy, true);
        if (sharing.length === 0) {
            return undefined;
        }
        if (definesBuiltinPriority(element)) {
            // `priority P1` defines the built-in P1 from whichever namespace it is declared in.
            return sharing.find(other => other !== element && definesBuiltinPriority(other));
        }
        const namesakes = this.byQualifiedName(sharing).get(elementKey(element)) ?? NO_ELEMENTS;
        return namesakes.find(other => other !== element && sameKindGroup(other, element));
    }

    /**
     * Records that a check of `askedBy` read what `element` says although no reference of
     * `askedBy` names it (a dependency of a dependency, the parent of a supported SLA):
     * the document is validated again when the element's document is parsed again. A
     * batch run has no later edits, so nothing is recorded there.
     */
    readsElement(element: Element, askedBy?: LangiumDocument): void {
        if (askedBy && this.tracksConsumers && element.name !== undefined && AstUtils.getDocument(element) !== askedBy) {
            this.record('simple', element.name, askedBy);
        }
    }

    /** {@link readsElement} for many elements; nothing to do in a batch run. */
    readsElements(elements: Iterable<Element>, askedBy?: LangiumDocument): void {
        if (askedBy && this.tracksConsumers) {
            for (const element of elements) {
                this.readsElement(element, askedBy);
            }
        }
    }

    /** Every element whose simple name is `name`, whatever its namespace, when there are two or more; otherwise none. */
    elementsSharingSimpleName(name: string, askedBy?: LangiumDocument): readonly Element[] {
        return this.lookup('simple', name, askedBy, true);
    }

    /**
     * The elements of a list of namesakes grouped by qualified name, worked out once per
     * list: every element of the list asks, and one name declared 30,000 times made that
     * 30,000 scans of 30,000 elements (see BENCHMARKS.md). The table never changes a list
     * it handed out, so a list stands for its answer until it is replaced.
     */
    private byQualifiedName(sharing: readonly Element[]): Map<string, Element[]> {
        let groups = this.qualifiedGroups.get(sharing);
        if (!groups) {
            groups = new Map();
            for (const element of sharing) {
                const key = elementKey(element);
                const group = groups.get(key);
                if (group) {
                    group.push(element);
                } else {
                    groups.set(key, [element]);
                }
            }
            this.qualifiedGroups.set(sharing, groups);
        }
        return groups;
    }

    /** When the document's current validation started, on the index's own clock: what it asked before that is forgotten. */
    validationStamp(document: LangiumDocument): number {
        return this.validationStartedAt.get(document.uri.toString()) ?? 0;
    }

    /** Forgets what a document asked; called as its validation starts. */
    resetConsumption(uri: string): void {
        // Facts that changed before this validation are the ones it will read.
        this.refresh();
        this.dropConsumption(uri);
        this.validationStartedAt.set(uri, ++this.clock);
    }

    /**
     * Documents (by URI) that asked about a fact which changed after their validation
     * started, so their diagnostics may be out of date. Each change is reported once.
     */
    takeOutdatedConsumers(): Set<string> {
        this.refresh();
        const outdated = new Set<string>();
        if (this.keyChangedAt.size === 0) {
            return outdated;
        }
        let lastChange = 0;
        for (const changedAt of this.keyChangedAt.values()) {
            lastChange = Math.max(lastChange, changedAt);
        }
        for (const [uri, keys] of this.asked) {
            const startedAt = this.validationStartedAt.get(uri) ?? 0;
            if (startedAt > lastChange) {
                continue;
            }
            for (const [key, changedAt] of this.keyChangedAt) {
                if (changedAt > startedAt && keys.has(key)) {
                    outdated.add(uri);
                    break;
                }
            }
        }
        this.keyChangedAt.clear();
        return outdated;
    }

    /**
     * Checks pass the document they validate, so that it is validated again when the
     * answer changes; editor features (hover, lenses) read without subscribing.
     */
    private lookup(kind: FactKind, name: string, askedBy?: LangiumDocument, sharedOnly = false): readonly Element[] {
        this.record(kind, name, askedBy);
        this.refresh();
        return sharedOnly ? this.table.getShared(kind, name) : this.table.get(kind, name);
    }

    /** Remembers that the document asked about the key, to validate it again when the answer changes. */
    private record(kind: FactKind, name: string, askedBy?: LangiumDocument): void {
        if (askedBy && this.tracksConsumers) {
            if (askedBy !== this.lastAsker) {
                const uri = askedBy.uri.toString();
                let keys = this.asked.get(uri);
                if (!keys) {
                    keys = new Set();
                    this.asked.set(uri, keys);
                }
                this.lastAsker = askedBy;
                this.lastAsked = keys;
            }
            this.lastAsked!.add(indexKey(kind, name));
        }
    }

    private markStale(document: LangiumDocument): void {
        if (!isBuiltinUri(document.uri)) {
            this.stale.set(document.uri.toString(), document);
        }
    }

    /** Reads the facts of the documents that changed since the last answer. */
    private refresh(): void {
        if (this.stale.size === 0) {
            return;
        }
        const stale = [...this.stale];
        this.stale.clear();
        for (const [uri, document] of stale) {
            const current = this.documents.getDocument(document.uri);
            const root = current?.parseResult?.value;
            const changed = this.changeRecorder();
            if (isModel(root)) {
                this.table.replace(uri, factsOf(root, this.filesProducers), changed);
            } else {
                this.table.remove(uri, changed);
            }
        }
    }

    private forget(uri: string): void {
        this.stale.delete(uri);
        this.table.remove(uri, this.changeRecorder());
        this.dropConsumption(uri);
        this.validationStartedAt.delete(uri);
    }

    /** Stamps keys as changed now; nothing to stamp when nobody is told of changes. */
    private changeRecorder(): ((key: IndexKey) => void) | undefined {
        if (!this.tracksConsumers) {
            return undefined;
        }
        const at = ++this.clock;
        return key => this.keyChangedAt.set(key, at);
    }

    private dropConsumption(uri: string): void {
        this.asked.delete(uri);
        this.lastAsker = undefined;
        this.lastAsked = undefined;
    }
}

const NO_ELEMENTS: readonly Element[] = Object.freeze([]);

/** The name a fact is filed under: the element's qualified name. */
export function elementKey(element: Element): string {
    const root = AstUtils.findRootNode(element) as Model;
    const name = 'name' in element && element.name !== undefined ? String(element.name) : '';
    return root.namespace ? `${root.namespace}.${name}` : name;
}

/**
 * Facts are filed by the qualified name of the element they are about, read from the
 * written reference text resolved through the linker, so that renaming either side
 * moves the fact.
 */
function factsOf(model: Model, withProducers: boolean): FactList {
    const facts = new FactList();
    for (const element of model.elements) {
        if (element.name !== undefined) {
            facts.add('simple', element.name, element);
        }
        if (isOla(element) || isUc(element)) {
            for (const sla of element.supports) {
                if (sla.ref) {
                    facts.add('supporters', elementKey(sla.ref), element);
                }
            }
        } else if (isSla(element)) {
            for (const service of element.services) {
                if (service.ref) {
                    facts.add('coverage', elementKey(service.ref), element);
                }
            }
        } else if (isServicePackage(element)) {
            for (const service of element.services) {
                if (service.ref) {
                    facts.add('packages', elementKey(service.ref), element);
                }
            }
        } else if (isBinding(element)) {
            if (element.node?.$refText) {
                facts.add('bindings', element.node.$refText, element);
            }
            if (!withProducers) {
                continue;
            }
            const produced = new Set<string>();
            for (const produces of element.produces) {
                for (const artifact of produces.artifacts) {
                    const target = artifact.ref;
                    if (target && isElement(target) && !produced.has(elementKey(target))) {
                        produced.add(elementKey(target));
                        facts.add('producers', elementKey(target), element);
                    }
                }
            }
        }
    }
    return facts;
}
