import { DefaultScopeProvider, MultiMapScope, stream, type AstNodeDescription, type ReferenceInfo, type Scope, type Stream } from 'langium';
import { WorkProduct } from './generated/ast.js';

/**
 * Work products are written as quoted prose, and the reference text itself spells them
 * inconsistently; so their names resolve regardless of case and spacing. Every other
 * reference uses Langium's exact, indexed lookup.
 */
export class SvcdefScopeProvider extends DefaultScopeProvider {
    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        if (referenceType !== WorkProduct.$type) {
            return super.getGlobalScope(referenceType, context);
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
