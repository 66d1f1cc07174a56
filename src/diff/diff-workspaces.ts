/**
 * `svcdef diff`'s engine: two loaded workspaces in, the changes to the commitments out,
 * by meaning. Knows nothing of git or the terminal: the command loads the sides.
 */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { relative, sep } from 'node:path';
import { type Agreement, type Model, type Service } from '../language/generated/ast.js';
import { parseIsoDate } from '../language/literals.js';
import { single } from '../language/single-valued-properties.js';
import type { SvcdefServices } from '../language/svcdef-module.js';
import { weakeningReason } from './acknowledgements.js';
import { effectOfChange } from './aspect-effects.js';
import type { Finding } from './change-findings.js';
import type { ChangeEffect, ChangedElement, CommitmentChange, CommitmentDiff } from './commitment-change.js';
import { snapshotOf, type ElementSnapshot } from './commitment-snapshot.js';
import { derivedFindings } from './derived-effects.js';
import { matchElements, type ElementPair } from './element-matching.js';

/** One side as the engine needs it; a `LoadedWorkspace` of src/cli/workspace-loader.ts is one. */
export interface DiffSide {
    /** The side's root folder: locations are relative to it. */
    readonly cwd: string;
    /** The user's files (not the built-in library), with absolute paths. */
    readonly files: readonly { readonly path: string; readonly document: LangiumDocument<Model> }[];
    /** The services that loaded and checked the side. */
    readonly services: SvcdefServices;
}

export function diffWorkspaces(base: DiffSide, head: DiffSide, names: { base: string; head: string }): CommitmentDiff {
    const baseModels = base.files.map(file => file.document.parseResult.value);
    const headSnapshot = snapshotOf(headModelsOf(head), head.services.time.Calendars);
    let baseSnapshot = snapshotOf(baseModels, base.services.time.Calendars);
    let matching = matchElements(baseSnapshot, headSnapshot);
    if (matching.renameCount > 0) {
        // References to a renamed element say its new name in the head: read the base with the new names too.
        baseSnapshot = snapshotOf(baseModels, base.services.time.Calendars, matching.rename);
        const renamedBase = baseSnapshot;
        const again = (element: ElementSnapshot) => renamedBase.elements.get(element.key)!;
        matching = {
            ...matching,
            pairs: matching.pairs.map(pair => ({ ...pair, base: again(pair.base) })),
            removed: matching.removed.map(again)
        };
    }

    const today = parseIsoDate(head.services.settings.today);
    const findings: Finding[] = [];
    for (const pair of matching.pairs) {
        findings.push(...pairFindings(pair));
    }
    for (const element of matching.removed) {
        findings.push({
            effect: removalEffect(element, today), kind: 'removed', element, aspect: element.kind, before: element.title ?? element.name,
            side: 'base', node: element.node
        });
    }
    for (const element of matching.added) {
        findings.push({
            effect: additionEffect(element), kind: 'added', element, aspect: element.kind, after: element.title ?? element.name,
            side: 'head', node: element.node, acknowledgedAt: element.node
        });
    }
    findings.push(...derivedFindings({
        base: baseSnapshot, head: headSnapshot, matching, findings,
        baseIndex: base.services.workspace.WorkspaceIndex, headIndex: head.services.workspace.WorkspaceIndex
    }));

    const placeBase = placer(base, 'base');
    const placeHead = placer(head, 'head');
    const comments = head.services.documentation.CommentProvider;
    const headDocuments = new Set(head.files.map(file => file.document.uri.toString()));
    const reasons = new Map<AstNode, string | undefined>();
    const reasonAt = (node: AstNode | undefined): string | undefined => {
        if (!node) return undefined;
        if (!reasons.has(node)) reasons.set(node, weakeningReason(comments, node));
        return reasons.get(node);
    };
    const changes: CommitmentChange[] = findings.map(finding => {
        const acknowledged = finding.effect === 'weaker'
            // A derived weakening is also acknowledged where its cause is: retiring a service on purpose covers its SLAs.
            ? reasonAt(finding.acknowledgedAt) ?? (finding.causedBy && headDocuments.has(AstUtils.getDocument(finding.causedBy.node).uri.toString())
                ? reasonAt(finding.causedBy.node) : undefined)
            : undefined;
        return {
            effect: finding.effect,
            kind: finding.kind,
            element: described(finding.element),
            aspect: finding.aspect,
            ...(finding.before !== undefined ? { before: finding.before } : {}),
            ...(finding.after !== undefined ? { after: finding.after } : {}),
            location: (finding.side === 'base' ? placeBase : placeHead)(finding.node, finding.written?.range.start.line),
            ...(finding.causedBy ? { causedBy: described(finding.causedBy) } : {}),
            ...(acknowledged !== undefined ? { acknowledged } : {})
        };
    });
    changes.sort(byReportOrder);
    const summary = { weaker: 0, stronger: 0, neutral: 0 };
    for (const change of changes) summary[change.effect]++;
    return { base: names.base, head: names.head, changes, summary };
}

function headModelsOf(side: DiffSide): Model[] {
    return side.files.map(file => file.document.parseResult.value);
}

/** The changes within one element found on both sides: a rename, then each fact added, removed or changed. */
function pairFindings({ base, head, renamed }: ElementPair): Finding[] {
    const findings: Finding[] = [];
    if (renamed) {
        findings.push({ effect: 'neutral', kind: 'renamed', element: head, aspect: 'name', before: base.name, after: head.name, side: 'head', node: head.node });
    }
    for (const [key, after] of head.aspects) {
        const before = base.aspects.get(key);
        if (!before) {
            findings.push({ effect: after.added, kind: 'added', element: head, aspect: after.aspect, after: after.words, side: 'head',
                node: after.node, written: after.written, acknowledgedAt: head.node });
        } else if (before.words !== after.words || before.aspect !== after.aspect) {
            findings.push({ effect: effectOfChange(before, after), kind: 'changed', element: head, aspect: after.aspect,
                before: before.words, after: after.words, side: 'head', node: after.node, written: after.written, acknowledgedAt: head.node });
        }
    }
    for (const [key, before] of base.aspects) {
        if (!head.aspects.has(key)) {
            // Reported on the head element, which still exists; the line is the element's, the removed words being gone.
            findings.push({ effect: before.removed, kind: 'removed', element: head, aspect: before.aspect, before: before.words, side: 'head',
                node: head.node, acknowledgedAt: head.node });
        }
    }
    return findings;
}

/** A removed agreement still in force, a removed service still live, a removed offering: someone loses a promise. */
function removalEffect(element: ElementSnapshot, today: number | undefined): ChangeEffect {
    switch (element.kind) {
        case 'sla': case 'ola': case 'uc':
            return inForce(element.node as Agreement, today) ? 'weaker' : 'neutral';
        case 'service': {
            const status = single((element.node as Service).status);
            return status === 'retired' || status === 'planned' ? 'neutral' : 'weaker';
        }
        case 'offering':
            return 'weaker';
        default:
            return 'neutral';
    }
}

/** An agreement is in force unless it is a draft or its validity has ended. */
function inForce(agreement: Agreement, today: number | undefined): boolean {
    if (single(agreement.status) === 'draft') {
        return false;
    }
    const to = single(agreement.validity)?.to;
    const end = to !== undefined ? parseIsoDate(to) : undefined;
    return end === undefined || today === undefined || end >= today;
}

/** A new agreement or offering is a new promise; a new service, calendar or party promises nothing yet. */
function additionEffect(element: ElementSnapshot): ChangeEffect {
    return element.kind === 'sla' || element.kind === 'ola' || element.kind === 'uc' || element.kind === 'offering' ? 'stronger' : 'neutral';
}

function described(element: ElementSnapshot): ChangedElement {
    return { kind: element.kind, name: element.name, ...(element.title !== undefined ? { title: element.title } : {}) };
}

/** Places nodes of one side: the path relative to its root, with `/`, and a 1-based line. */
function placer(side: DiffSide, which: 'base' | 'head'): (node: AstNode, line?: number) => CommitmentChange['location'] {
    const paths = new Map(side.files.map(file => [file.document.uri.toString(), relative(side.cwd, file.path).split(sep).join('/')]));
    return (node, line) => {
        const document = AstUtils.getDocument(node);
        const file = paths.get(document.uri.toString()) ?? document.uri.path;
        return { side: which, file, line: (line ?? node.$cstNode?.range.start.line ?? 0) + 1 };
    };
}

const EFFECT_ORDER: Readonly<Record<ChangeEffect, number>> = { weaker: 0, stronger: 1, neutral: 2 };

function byReportOrder(a: CommitmentChange, b: CommitmentChange): number {
    return EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect] || compare(a.element.kind, b.element.kind) || compare(a.element.name, b.element.name)
        || compare(a.aspect, b.aspect) || compare(a.location.file, b.location.file) || a.location.line - b.location.line;
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
