import { CstUtils, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';

/**
 * Blocks fold as in Langium (every element, offering, internal block that spans lines);
 * comments fold by runs: consecutive lines that hold only a line comment fold together
 * down to their first line, so a file header or a section banner collapses as one.
 * A block comment over several lines folds on its own.
 */
export class SvcdefFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        const root = node.$cstNode;
        if (!root) {
            return;
        }
        let run: LeafCstNode[] = [];
        let previous: LeafCstNode | undefined;
        const flush = () => {
            if (run.length > 1) {
                acceptor(FoldingRange.create(run[0].range.start.line, run[run.length - 1].range.end.line,
                    undefined, undefined, FoldingRangeKind.Comment));
            }
            run = [];
        };
        for (const leaf of CstUtils.flattenCst(root)) {
            const ownLine = !previous || previous.range.end.line < leaf.range.start.line;
            if (leaf.tokenType.name === 'SL_COMMENT' && ownLine) {
                if (run.length > 0 && run[run.length - 1].range.end.line !== leaf.range.start.line - 1) {
                    flush();
                }
                run.push(leaf);
            } else {
                flush();
                if (leaf.tokenType.name === 'ML_COMMENT' && leaf.range.end.line > leaf.range.start.line) {
                    acceptor(FoldingRange.create(leaf.range.start.line, leaf.range.end.line,
                        undefined, undefined, FoldingRangeKind.Comment));
                }
            }
            previous = leaf;
        }
        flush();
    }
}
