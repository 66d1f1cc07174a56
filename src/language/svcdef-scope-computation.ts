import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { isModel, isService, isWorkProduct } from './generated/ast.js';

/**
 * Every top-level element is exported by its simple name and, in a file with a
 * `namespace`, also by its qualified name, so that `Email` and `acme.it.Email` both
 * link; an offering as `Service.Offering` (and qualified). Work products are exported under every alias the model knows, so a user may
 * write the spelling the reference text used.
 */
export class SvcdefScopeComputation extends DefaultScopeComputation {
    /**
     * Every reference in svcdef names a top-level element, and those are all in the global
     * index; a per-file copy would only be scanned linearly before the indexed lookup.
     * Same-namespace preference is the scope provider's job.
     */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }

    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        if (isModel(node)) {
            return;
        }
        const name = this.nameProvider.getName(node);
        if (!name) {
            return;
        }
        exports.push(this.descriptions.createDescription(node, name, document));
        if (isWorkProduct(node)) {
            for (const alias of node.aliases) {
                exports.push(this.descriptions.createDescription(node, alias, document));
            }
            return;
        }
        const namespace = isModel(node.$container) ? node.$container.namespace : undefined;
        if (namespace) {
            exports.push(this.descriptions.createDescription(node, `${namespace}.${name}`, document));
        }
        if (isService(node)) {
            // Offerings are named through their service: `offerings EHR.Gold`.
            for (const offering of node.offerings) {
                if (offering.name) {
                    exports.push(this.descriptions.createDescription(offering, `${name}.${offering.name}`, document));
                    if (namespace) {
                        exports.push(this.descriptions.createDescription(offering, `${namespace}.${name}.${offering.name}`, document));
                    }
                }
            }
        }
    }
}
