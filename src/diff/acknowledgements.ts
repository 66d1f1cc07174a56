/**
 * An intended weakening, acknowledged in the head source: a line `@weaker <reason>` in
 * the doc comment of the element that changed.
 *
 *     /**
 *      * Finance agreed to the lower target while the ERP moves data centres.
 *      * @weaker Data-centre move, agreed with Finance on 2026-05-12
 *      *\/
 *     sla FinanceErp { … }
 *
 * The reason is what reviewers read next to the change; a tag without one acknowledges
 * nothing, so a weakening is never waved through unexplained.
 */
import type { AstNode } from 'langium';
import type { CommentProvider } from 'langium';

const WEAKER_TAG = /^\s*\*?\s*@weaker(?:\s+(.*?))?\s*(?:\*\/)?\s*$/;

/** The reason of the first `@weaker` line with one in the node's doc comment; undefined when there is none. */
export function weakeningReason(comments: CommentProvider, node: AstNode): string | undefined {
    const comment = comments.getComment(node);
    if (!comment || !comment.startsWith('/**')) {
        return undefined;
    }
    for (const line of comment.slice(3).split(/\r?\n/)) {
        const reason = WEAKER_TAG.exec(line)?.[1];
        if (reason) {
            return reason;
        }
    }
    return undefined;
}
