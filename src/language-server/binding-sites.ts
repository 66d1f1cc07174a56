/**
 * The workspace's `binding`s as the A2 model view lists them: the node each implements (as
 * written, whether or not the model has it), its owner, what it produces and consumes, and
 * where its name is declared.
 */
import { AstUtils, GrammarUtils } from 'langium';
import { isBinding, type Model } from '../language/generated/ast.js';
import { qualifiedName } from '../language/qualified-names.js';
import { single } from '../language/single-valued-properties.js';
import type { SourceLocation } from '../protocol/svcdef-requests.js';

export interface BindingSite {
    readonly name: string;
    readonly title?: string;
    /** The A2 node id as written after `implements`, whether or not the model has it. */
    readonly nodeId: string;
    readonly owner?: string;
    /** The work products it produces and consumes, as written. */
    readonly produces: readonly string[];
    readonly consumes: readonly string[];
    /** Where its name is declared. */
    readonly location: SourceLocation;
}

/** Every named binding of the models, sorted by name, then by file. */
export function bindingSites(models: readonly Model[]): BindingSite[] {
    return models
        .flatMap(model => model.elements.filter(isBinding).map(binding => {
            const nameNode = GrammarUtils.findNodeForProperty(binding.$cstNode, 'name') ?? binding.$cstNode;
            const owner = single(binding.owner);
            const site: BindingSite = {
                name: binding.name,
                title: binding.title,
                nodeId: binding.node?.$refText ?? '',
                owner: owner?.ref ? qualifiedName(owner.ref) : owner?.$refText,
                produces: binding.produces.map(produces => produces.workProduct?.$refText ?? '').filter(text => text !== ''),
                consumes: binding.consumes.map(consumes => consumes.$refText).filter(text => text !== ''),
                location: {
                    uri: AstUtils.getDocument(binding).uri.toString(),
                    range: nameNode?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }
                }
            };
            return site;
        }))
        .filter(site => site.name !== undefined && site.name !== '')
        .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.location.uri.localeCompare(b.location.uri));
}
