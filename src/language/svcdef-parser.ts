import { CstNodeBuilder, prepareLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import { CompactCstNodeBuilder } from './compact-cst-node-builder.js';

/**
 * Langium's parser, building its syntax tree with compact leaves. Langium creates its
 * tree builder itself and offers no service to replace it, so the builder is swapped
 * before the parser is finalized; the check makes a Langium upgrade that renames the
 * field fail here, at start-up, rather than quietly keep the larger tree.
 */
export function createSvcdefParser(services: LangiumCoreServices): LangiumParser {
    const parser = prepareLangiumParser(services);
    const fields = parser as unknown as { nodeBuilder?: unknown };
    if (!(fields.nodeBuilder instanceof CstNodeBuilder)) {
        throw new Error('svcdef: this Langium version builds its syntax tree differently; update src/language/svcdef-parser.ts.');
    }
    fields.nodeBuilder = new CompactCstNodeBuilder();
    parser.finalize();
    return parser;
}
