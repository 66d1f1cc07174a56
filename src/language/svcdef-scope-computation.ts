import { DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import { isModel, isWorkProduct } from './generated/ast.js';

/**
 * Every top-level element is exported by its simple name and, in a file with a
 * `namespace`, also by its qualified name, so that `Email` and `acme.it.Email` both
 * link. Work products are exported under every alias the model knows, so a user may
 * write the spelling the reference text used.
 */
export class SvcdefScopeComputation extends DefaultScopeComputation {
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
    }
}
