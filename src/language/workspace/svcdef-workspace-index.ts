import { AstUtils, WorkspaceCache, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import {
    isBinding, isElement, isModel, isOla, isServicePackage, isSla, isUc,
    type Binding, type Element, type Model, type Ola, type ServicePackage, type Sla, type Uc
} from '../generated/ast.js';

/**
 * Cross-document facts the checks need ("which OLAs support this SLA?"), answered from
 * maps built once per workspace state instead of scanning every file per question.
 *
 * Each fact lives under a key. A document *contributes* to the keys its own elements
 * add facts to, and *consumes* the keys its checks asked about; when a document changes,
 * the documents that consumed one of its keys (before or after the change) are validated
 * again, so a diagnostic that depends on another file never goes stale.
 */
export type IndexKey = string;

export function supportersKey(slaName: string): IndexKey { return `supporters:${slaName}`; }
export function coverageKey(serviceName: string): IndexKey { return `coverage:${serviceName}`; }
export function packagesKey(serviceName: string): IndexKey { return `packages:${serviceName}`; }
export function bindingsKey(nodeId: string): IndexKey { return `bindings:${nodeId}`; }
export function producersKey(artifactName: string): IndexKey { return `producers:${artifactName}`; }
export function nameKey(qualifiedName: string): IndexKey { return `name:${qualifiedName}`; }
export function simpleNameKey(name: string): IndexKey { return `simple:${name}`; }

interface IndexState {
    readonly facts: Map<IndexKey, Element[]>;
}

export class SvcdefWorkspaceIndex {
    private readonly documents: LangiumDocuments;
    private readonly state: WorkspaceCache<'state', IndexState>;
    private readonly consumed = new Map<string, Set<IndexKey>>();

    constructor(services: LangiumSharedCoreServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.state = new WorkspaceCache(services);
    }

    /** OLAs and UCs whose `supports` names the SLA. */
    supportersOf(sla: Sla, askedBy?: LangiumDocument): ReadonlyArray<Ola | Uc> {
        return this.lookup(supportersKey(elementKey(sla)), askedBy) as Array<Ola | Uc>;
    }

    /** SLAs whose `services` include the service. */
    slasCovering(serviceName: string, askedBy?: LangiumDocument): readonly Sla[] {
        return this.lookup(coverageKey(serviceName), askedBy) as Sla[];
    }

    /** Packages that bundle the service. */
    packagesFor(serviceName: string, askedBy?: LangiumDocument): readonly ServicePackage[] {
        return this.lookup(packagesKey(serviceName), askedBy) as ServicePackage[];
    }

    /** Bindings that implement the A2 node. */
    bindingsImplementing(nodeId: string, askedBy?: LangiumDocument): readonly Binding[] {
        return this.lookup(bindingsKey(nodeId), askedBy) as Binding[];
    }

    /** Bindings that list the artifact under one of their `produces` work products. */
    bindingsProducing(artifactName: string, askedBy?: LangiumDocument): readonly Binding[] {
        return this.lookup(producersKey(artifactName), askedBy) as Binding[];
    }

    /** Every element declared under the qualified name, across the workspace. */
    elementsNamed(qualifiedName: string, askedBy?: LangiumDocument): readonly Element[] {
        return this.lookup(nameKey(qualifiedName), askedBy);
    }

    /** Every element whose simple name is `name`, whatever its namespace. */
    elementsWithSimpleName(name: string, askedBy?: LangiumDocument): readonly Element[] {
        return this.lookup(simpleNameKey(name), askedBy);
    }

    /** Forgets what a document asked; called before it is validated again. */
    resetConsumption(uri: string): void {
        this.consumed.delete(uri);
    }

    /** Documents (by URI) whose last validation asked about one of the keys. */
    consumersOf(keys: ReadonlySet<IndexKey>): Set<string> {
        const result = new Set<string>();
        for (const [uri, asked] of this.consumed) {
            for (const key of asked) {
                if (keys.has(key)) {
                    result.add(uri);
                    break;
                }
            }
        }
        return result;
    }

    /** The keys a document's own elements add facts to. */
    contributionsOf(document: LangiumDocument): Set<IndexKey> {
        const keys = new Set<IndexKey>();
        const root = document.parseResult?.value;
        if (isModel(root)) {
            for (const [key] of factsOf(root)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Checks pass the document they validate, so that it is validated again when the
     * answer changes; editor features (hover, lenses) read without subscribing.
     */
    private lookup(key: IndexKey, askedBy?: LangiumDocument): Element[] {
        if (askedBy) {
            const uri = askedBy.uri.toString();
            let asked = this.consumed.get(uri);
            if (!asked) {
                asked = new Set();
                this.consumed.set(uri, asked);
            }
            asked.add(key);
        }
        return this.state.get('state', () => this.build()).facts.get(key) ?? [];
    }

    private build(): IndexState {
        const facts = new Map<IndexKey, Element[]>();
        for (const document of this.documents.all) {
            const root = document.parseResult?.value;
            if (!isModel(root) || isBuiltinUri(document.uri)) {
                continue;
            }
            for (const [key, element] of factsOf(root)) {
                const list = facts.get(key);
                if (list) {
                    list.push(element);
                } else {
                    facts.set(key, [element]);
                }
            }
        }
        return { facts };
    }
}

/** The name a fact is filed under: the element's qualified name. */
export function elementKey(element: Element): string {
    const root = AstUtils.findRootNode(element) as Model;
    const name = 'name' in element ? String(element.name) : '';
    return root.namespace ? `${root.namespace}.${name}` : name;
}

/**
 * Facts are filed by the qualified name of the element they are about, read from the
 * written reference text resolved through the linker, so that renaming either side
 * moves the fact.
 */
function* factsOf(model: Model): Generator<[IndexKey, Element]> {
    for (const element of model.elements) {
        if (element.name !== undefined) {
            yield [nameKey(elementKey(element)), element];
            yield [simpleNameKey(element.name), element];
        }
        if (isOla(element) || isUc(element)) {
            for (const sla of element.supports) {
                if (sla.ref) {
                    yield [supportersKey(elementKey(sla.ref)), element];
                }
            }
        } else if (isSla(element)) {
            for (const service of element.services) {
                if (service.ref) {
                    yield [coverageKey(elementKey(service.ref)), element];
                }
            }
        } else if (isServicePackage(element)) {
            for (const service of element.services) {
                if (service.ref) {
                    yield [packagesKey(elementKey(service.ref)), element];
                }
            }
        } else if (isBinding(element)) {
            if (element.node?.$refText) {
                yield [bindingsKey(element.node.$refText), element];
            }
            const produced = new Set<string>();
            for (const produces of element.produces) {
                for (const artifact of produces.artifacts) {
                    const target = artifact.ref;
                    if (target && isElement(target) && !produced.has(elementKey(target))) {
                        produced.add(elementKey(target));
                        yield [producersKey(elementKey(target)), element];
                    }
                }
            }
        }
    }
}
