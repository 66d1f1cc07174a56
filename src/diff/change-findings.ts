/**
 * A change as the engine finds it, before it is placed in a file and line: still holding
 * the snapshots and nodes it is about, so that the acknowledgement and the location can
 * be read from the right side.
 */
import type { AstNode, CstNode } from 'langium';
import type { ChangeEffect, ChangeKind } from './commitment-change.js';
import type { ElementSnapshot } from './commitment-snapshot.js';

export interface Finding {
    readonly effect: ChangeEffect;
    readonly kind: ChangeKind;
    /** The element reported on, as the side that has it (the head where both do) names it. */
    readonly element: ElementSnapshot;
    readonly aspect: string;
    readonly before?: string;
    readonly after?: string;
    /** Where to point: the head's node, or the base's for what the head no longer has. */
    readonly side: 'base' | 'head';
    readonly node: AstNode;
    readonly written?: CstNode;
    /** The element whose change this one derives from. */
    readonly causedBy?: ElementSnapshot;
    /** The head element whose doc comment may acknowledge it; none for what the head no longer has. */
    readonly acknowledgedAt?: AstNode;
}
