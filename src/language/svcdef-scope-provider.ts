import { AstUtils, DefaultScopeProvider, MultiMapScope, stream, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream } from 'langium';
import { isModel, isProduces, WorkProduct } from './generated/ast.js';
import { isBuiltinUri } from './builtin/builtin-library.js';
import { isWrittenRelative, namespaceOfDescription } from './qualified-names.js';
import { artifactKindsOf } from './validation/work-product-kinds.js';
import { IndexedGlobalScope } from './indexed-global-scope.js';
import { SvcdefIndexManager } from './workspace/svcdef-index-manager.js';

/**
 * Work products are written as quoted prose, and the reference text itself spells them
 * inconsistently; so their names resolve regardless of case and spacing. Every other
 * reference uses Langium's exact, indexed lookup.
 */
export class SvcdefScopeProvider extends DefaultScopeProvider {
    /**
     * All references name top-level elements, found in the global index. A simple name
     * written in a namespaced file means the element of that namespace first, so
     * `Mail` in `namespace acme.a` is `acme.a.Mail` even when `acme.b.Mail` exists; so
     * does an offering named through its service's simple name (`EHR.Gold`).
     */
    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const global = this.getGlobalScope(referenceType, context);
        const root = AstUtils.findRootNode(context.container);
        const namespace = isModel(root) ? root.namespace : undefined;
        const relative = (name: string) => isWrittenRelative(name, referenceType);
        const scope = namespace ? new OwnNamespaceFirstScope(global, namespace, relative) : new RootNamespaceFirstScope(global, relative);
        if (isProduces(context.container) && context.property === 'artifacts') {
            const kinds = artifactKindsOf(context.container.workProduct?.ref?.name ?? context.container.workProduct?.$refText ?? '');
            return kinds.length > 0 ? new PreferredKindsScope(scope, kinds) : scope;
        }
        return scope;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        if (referenceType !== WorkProduct.$type) {
            const index = this.indexManager;
            return index instanceof SvcdefIndexManager
                ? this.globalScopeCache.get(referenceType, () => new IndexedGlobalScope(index, referenceType))
                : super.getGlobalScope(referenceType, context);
        }
        return this.globalScopeCache.get(`normalized:${referenceType}`,
            () => new NormalizedNameScope(this.indexManager.allElements(referenceType)));
    }
}

export function normalizeWorkProductName(name: string): string {
    return name.toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

class NormalizedNameScope implements Scope {
    private readonly byName = new Map<string, AstNodeDescription[]>();
    private readonly exact: MultiMapScope;

    constructor(elements: Iterable<AstNodeDescription>) {
        const all = [...elements];
        this.exact = new MultiMapScope(all);
        for (const element of all) {
            const key = normalizeWorkProductName(element.name);
            const bucket = this.byName.get(key);
            if (bucket) {
                bucket.push(element);
            } else {
                this.byName.set(key, [element]);
            }
        }
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.exact.getElement(name) ?? this.byName.get(normalizeWorkProductName(name))?.[0];
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const exact = this.exact.getElements(name).toArray();
        return stream(exact.length > 0 ? exact : this.byName.get(normalizeWorkProductName(name)) ?? []);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.exact.getAllElements();
    }
}

class OwnNamespaceFirstScope implements Scope {
    constructor(private readonly global: Scope, private readonly namespace: string, private readonly relative: (name: string) => boolean) {}

    getElement(name: string): AstNodeDescription | undefined {
        return (this.relative(name) ? this.global.getElement(`${this.namespace}.${name}`) : undefined) ?? this.global.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.global.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.global.getAllElements();
    }
}

/**
 * A simple name written in a file without a namespace means the workspace's element of the
 * root namespace first, whatever the file names: `A` is the root `service A`, not
 * `acme.it.A`, as the ambiguity check assumes (it reports a simple name only when no
 * candidate is in the referring file's own namespace). Built-in elements keep their place
 * after the workspace's, which may redefine them.
 */
class RootNamespaceFirstScope implements Scope {
    constructor(private readonly global: Scope, private readonly relative: (name: string) => boolean) {}

    getElement(name: string): AstNodeDescription | undefined {
        const first = this.global.getElement(name);
        // Nearly always the first is the only one, or already in the root namespace: one lookup.
        if (!first || !this.relative(name) || !isNamespaced(first)) {
            return first;
        }
        return this.global.getElements(name).find(candidate => !isNamespaced(candidate) && !isBuiltinUri(candidate.documentUri)) ?? first;
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.global.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.global.getAllElements();
    }
}

/** Whether the element a description stands for is declared in a file with a namespace. */
function isNamespaced(description: AstNodeDescription): boolean {
    return namespaceOfDescription(description) !== undefined;
}

/**
 * The artifacts listed under a work product are of the kinds it carries, and names are
 * unique per kind group only: under "Service Catalog", `Pharmacy` is the service even
 * when a customer is called Pharmacy too. A name no element of those kinds carries still
 * resolves to whatever carries it, so that `work-product-kind` can say what is wrong.
 */
class PreferredKindsScope implements Scope {
    constructor(private readonly scope: Scope, private readonly kinds: readonly string[]) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.scope.getElements(name).find(candidate => this.kinds.includes(candidate.type)) ?? this.scope.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return this.scope.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.scope.getAllElements().filter(candidate => this.kinds.includes(candidate.type));
    }
}
