import {
    AstUtils, CstUtils, GrammarAST, MultiMap, stream, type AstNode, type AstNodeDescription, type Cancellation, type LangiumDocument,
    type MaybePromise, type ReferenceInfo, type Stream, type TextDocument
} from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions,
    type CompletionValueItem, type LangiumServices, type NextFeature
} from 'langium/lsp';
import {
    CompletionItemKind, CompletionList, CompletionTriggerKind, type CompletionParams, type InsertReplaceEdit, type Position, type TextEdit
} from 'vscode-languageserver';
import type { A2ReferenceModel } from '../../a2/a2-reference-model.js';
import { agreementLineage, coveredServices } from '../commitments/effective-targets.js';
import {
    isAgreement, isBinding, isCalendar, isModel, isOffering, isOla, isProduces, isRedundancy, isService, isServiceScope, isSla, isTarget, isUc, type Agreement, type Binding,
    type Ola, type Redundancy, type Service, type Uc
} from '../generated/ast.js';
import { namespaceOfDescription, qualifiedName } from '../qualified-names.js';
import type { SvcdefServices } from '../svcdef-module.js';
import { normalizeWorkProductName } from '../svcdef-scope-provider.js';
import { artifactKindsOf } from '../validation/work-product-kinds.js';
import type { Calendars } from '../time/calendar-model.js';
import { isInComment } from './comment-at-cursor.js';
import { isWantedTrigger, TRIGGER_CHARACTERS } from './completion-triggers.js';
import { namesAsWritten, type GroupNamesakes } from './names-as-written.js';
import { kindGroupOf } from '../kind-groups.js';
import { elementKey } from '../workspace/svcdef-workspace-index.js';
import { SnippetCompletions } from './snippet-completions.js';
import { stringAtCursor, type StringAtCursor } from './string-at-cursor.js';
import {
    businessUnitItems, calendarDetail, DAY_ITEM_KIND, DAY_ITEMS, isDaySpecFeature, isTimeZoneFeature, matchingTimeZones
} from './time-completions.js';

/**
 * Completion that knows the A2 model: after `implements` only A2 nodes, shown with their
 * names; inside `produces "` only the outputs of the implemented node, inside
 * `consumes "` only its inputs and controls; inside a `produces` list only artifacts of
 * the kinds that work product carries. Inside the quotes a work product's name replaces
 * what is between them, so a quote typed (or closed by the editor) is never doubled.
 * Qualified aliases (`acme.it.Email`) are offered only where the simple name is shared,
 * or once the user has started to write one; a shared simple name only where it would
 * not be ambiguous (names-as-written.ts).
 *
 * In agreements: after `offerings` the `Service.Offering` pairs of the services the
 * agreement covers (of every service while it covers none); after `part of` the SLAs
 * other than the agreement itself and those already part of it; after `for service` the
 * services the agreement covers (every service while it covers none); after `redundant
 * with` the OLAs and UCs other than the agreement, those supporting the same SLAs first
 * (the only ones that may be members). After the `for` of
 * an agreement-wide target, `service` is offered with the priorities, since a
 * `for service` block may start there.
 *
 * Where time is written (time-completions.ts): time zones in a calendar's `timezone "…"`,
 * days after its `hours` and `maintenance`, `business hours`/`business days` after the
 * number of a duration target, and each calendar's week beside its name.
 *
 * Snippets (snippet-completions.ts) come where their element can stand. The list opens by
 * itself after `implements `, `produces ` and `consumes ` and on an opening quote, and a
 * space or quote typed anywhere else gets an empty answer (completion-triggers.ts).
 */
const NO_NODES: ReadonlySet<AstNode> = new Set();
/** At most this many names per reference completion; typing narrows the rest. */
export const MAX_REFERENCE_ITEMS = 200;
/** Doc comments are shown for at most this many names of one completion. */
const DOCUMENTED_ITEMS = 50;
/** `for service ` right before the token being completed (the block's service). */
const FOR_SERVICE_BEFORE = /(?:^|[^\w.-])for\s+service\s+$/;
const FOR_SERVICE_LOOKBEHIND = 64;

export class SvcdefCompletionProvider extends DefaultCompletionProvider {
    private readonly model: A2ReferenceModel;
    private readonly calendars: Calendars;
    private readonly groupNamesakes: GroupNamesakes;
    /** The `service` of `for service X { … }`, offered where such a block may start. */
    private readonly serviceScopeKeyword: GrammarAST.Keyword | undefined;
    /** The `X` of `for service X { … }`. */
    private readonly serviceScopeReference: GrammarAST.CrossReference | undefined;

    private readonly snippets: SnippetCompletions;

    readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [...TRIGGER_CHARACTERS] };

    constructor(services: LangiumServices) {
        super(services);
        this.model = (services as SvcdefServices).a2.Model;
        this.calendars = (services as SvcdefServices).time.Calendars;
        const index = (services as SvcdefServices).workspace.WorkspaceIndex;
        this.groupNamesakes = (simpleName, type) => index.elementsSharingSimpleName(simpleName)
            .filter(element => kindGroupOf(element.$type) === kindGroupOf(type))
            .map(elementKey);
        this.snippets = new SnippetCompletions(services.Grammar);
        this.serviceScopeKeyword = AstUtils.streamAllContents(services.Grammar)
            .filter(GrammarAST.isKeyword)
            .find(keyword => keyword.value === 'service' && AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name === 'ServiceScope');
        this.serviceScopeReference = AstUtils.streamAllContents(services.Grammar)
            .filter(GrammarAST.isCrossReference)
            .find(reference => AstUtils.getContainerOfType(reference, GrammarAST.isParserRule)?.name === 'ServiceScope');
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: Cancellation.CancellationToken): Promise<CompletionList | undefined> {
        // Comments are prose: names and keywords offered there would only be in the way.
        if (isInComment(document.parseResult.value.$cstNode, document.textDocument.offsetAt(params.position))) {
            return CompletionList.create([], false);
        }
        const trigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? params.context.triggerCharacter : undefined;
        if (trigger !== undefined) {
            const text = document.textDocument.getText();
            if (!isWantedTrigger(this.lexer, text, document.textDocument.offsetAt(params.position), trigger)) {
                return CompletionList.create([], false);
            }
        }
        return super.getCompletion(document, params, cancelToken);
    }

    /**
     * After a target, the parser reads `for` as the target's priority qualifier and then
     * stops at `service`, so it finds nothing to complete after `for service `; the block's
     * service is what goes there.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const features = super.findFeaturesAt(document, offset);
        const reference = this.serviceScopeReference;
        if (!reference || features.some(next => next.feature === reference)) {
            return features;
        }
        const before = document.getText().slice(Math.max(0, offset - FOR_SERVICE_LOOKBEHIND), offset);
        return FOR_SERVICE_BEFORE.test(before) ? [...features, { feature: reference, type: 'ServiceScope', property: 'scopes' }] : features;
    }

    /**
     * In a catalog of thousands of services, sending every name on each keystroke costs more
     * than the user can read: candidates are matched against what is typed already and
     * capped (the list is marked incomplete, so the editor asks again as the user types).
     */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const string = stringOf(context);
        const typed = string
            ? context.textDocument.getText().slice(string.contentStart, context.offset)
            : context.textDocument.getText().slice(context.tokenOffset, context.offset).replace(/^"/, '');
        // A work product's words are all significant: `Feas` is meant to find "Service Level Feasibility Request".
        const matches = string
            ? (name: string) => wordStarts(name).some(start => this.fuzzyMatcher.match(typed, name.slice(start)))
            : (name: string) => this.fuzzyMatcher.match(typed, name);
        // Once a dot is typed the user is writing a qualified name: offer every one that fits.
        const matching = this.candidatesFor(refInfo, context, typed.includes('.'))
            .filter(description => typed.length === 0 || matches(description.name))
            .limit(MAX_REFERENCE_ITEMS)
            .toArray();
        // The items are created right after, from this list; only a short one gets doc comments.
        this.withDocumentation = matching.length <= DOCUMENTED_ITEMS;
        return stream(matching);
    }

    private candidatesFor(refInfo: ReferenceInfo, context: CompletionContext, qualifying: boolean): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        this.likelyPartners = NO_NODES;
        const root = context.document.parseResult.value;
        const namespace = isModel(root) && root.namespace ? root.namespace : undefined;
        const named = qualifying ? (all: Stream<AstNodeDescription>) => all : (all: Stream<AstNodeDescription>) => namesAsWritten(all, namespace, this.groupNamesakes);
        const binding = enclosingBinding(refInfo.container);
        if (refInfo.property === 'workProduct' || refInfo.property === 'consumes') {
            const node = binding && this.model.node(binding.node?.$refText ?? '');
            if (!node) {
                return candidates.filter(description => !isAlias(description));
            }
            const allowed = refInfo.property === 'workProduct' ? node.outputs : [...node.inputs, ...node.controls];
            const names = new Set(allowed.map(entry => normalizeWorkProductName(entry.name)));
            return candidates.filter(description => !isAlias(description) && names.has(normalizeWorkProductName(description.name)));
        }
        if (refInfo.property === 'artifacts' && isProduces(refInfo.container)) {
            const workProduct = refInfo.container.workProduct?.ref?.name ?? refInfo.container.workProduct?.$refText ?? '';
            const kinds = artifactKindsOf(workProduct);
            return named(candidates.filter(description => (kinds as readonly string[]).includes(description.type)));
        }
        const agreement = AstUtils.getContainerOfType(refInfo.container, isAgreement);
        if (agreement && refInfo.property === 'offerings') {
            const all = candidates.toArray();
            const offered = offeringsOfCovered(stream(all), coveredServices(agreement));
            return qualifying ? offered : offeringNamesAsWritten(all, offered, namespace);
        }
        if (agreement && refInfo.property === 'parent') {
            return named(candidates.filter(description => !isSelfOrChild(description, agreement)));
        }
        if (refInfo.property === 'members' && isRedundancy(refInfo.container)) {
            return named(this.redundancyCandidates(candidates, refInfo.container));
        }
        if (refInfo.property === 'dependsOn' && isService(refInfo.container)) {
            // A service that depends on itself is a dependency cycle. Left out after naming, so that a
            // namesake elsewhere is offered qualified: its simple name would mean the service itself.
            const service = refInfo.container;
            return named(candidates).filter(description => !isSameDeclaration(description, service));
        }
        if (agreement && refInfo.property === 'service' && isServiceScope(refInfo.container)) {
            const covered = coveredServices(agreement);
            return named(covered.length === 0 ? candidates : candidates.filter(description => covered.includes(description.node as Service)));
        }
        return named(candidates);
    }

    private withDocumentation = true;
    /** After `redundant with`: the agreements supporting the same SLAs, listed before the others. */
    private likelyPartners: ReadonlySet<AstNode> = new Set();

    /** Every OLA and UC but the agreement itself; those supporting the same SLAs (the only valid members) sort first. */
    private redundancyCandidates(candidates: Stream<AstNodeDescription>, clause: Redundancy): Stream<AstNodeDescription> {
        const agreement = clause.$container;
        const slasOf = (other: Ola | Uc) => new Set(other.supports.map(reference => reference.ref).filter(sla => sla !== undefined));
        const own = slasOf(agreement);
        const sameSlas = (other: Ola | Uc) => {
            const theirs = slasOf(other);
            return theirs.size === own.size && [...theirs].every(sla => own.has(sla));
        };
        const offered = candidates.filter(description => description.node !== agreement).toArray();
        this.likelyPartners = new Set(own.size === 0 ? [] : offered.map(description => description.node)
            .filter((node): node is Ola | Uc => (isOla(node) || isUc(node)) && sameSlas(node)));
        return stream(offered);
    }

    /** Doc comments are read only for short lists; reading hundreds would delay every keystroke. */
    protected override getReferenceDocumentation(description: AstNodeDescription): ReturnType<DefaultCompletionProvider['getReferenceDocumentation']> {
        return this.withDocumentation ? super.getReferenceDocumentation(description) : undefined;
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        if (description.type === 'A2Node') {
            const node = this.model.node(description.name);
            if (node) {
                const process = this.model.process(node.id);
                return {
                    ...item,
                    label: `${node.id} — ${node.name}`,
                    insertText: node.id,
                    filterText: `${node.id} ${node.name}`,
                    detail: process && process.id !== node.id ? `${process.id} ${process.name}` : node.kind,
                    kind: CompletionItemKind.Module,
                    sortText: node.id
                };
            }
        }
        if (description.type === 'WorkProduct') {
            const string = stringOf(context);
            if (string) {
                const name = description.name;
                return {
                    ...item, label: name, filterText: name, detail: 'A2 work product', kind: CompletionItemKind.Value,
                    textEdit: this.stringContentEdit(context, string, name)
                };
            }
            const quoted = `"${description.name}"`;
            return { ...item, label: description.name, insertText: quoted, filterText: quoted, detail: 'A2 work product', kind: CompletionItemKind.Value };
        }
        if (description.type === 'Calendar' && isCalendar(description.node)) {
            // Calendars are few, and their week says more than their kind.
            return { ...item, detail: calendarDetail(this.calendars.modelOf(description.node)) };
        }
        if (description.node && this.likelyPartners.has(description.node)) {
            return { ...item, detail: `${kindWord(description.type)} supporting the same SLAs`, sortText: '0' };
        }
        return { ...item, detail: kindWord(description.type), ...(isRedundancy(refInfo.container) ? { sortText: '01' } : {}) };
    }

    /**
     * In a string, one context: the one at its opening quote, whatever the lexer made of
     * the text after it (an open quote is skipped, and the words after it read as names).
     */
    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        const textDocument = document.textDocument;
        const offset = textDocument.offsetAt(position);
        const string = stringAtCursor(this.lexer, textDocument.getText(), offset);
        if (!string) {
            yield* super.buildContexts(document, position);
            return;
        }
        const cst = document.parseResult.value.$cstNode;
        if (!cst) {
            return;
        }
        const quote = string.contentStart - 1;
        const context: StringCompletionContext = {
            document, textDocument, offset, position, string,
            node: CstUtils.findLeafNodeBeforeOffset(cst, quote)?.astNode,
            tokenOffset: quote,
            tokenEndOffset: string.closed ? string.contentEnd + 1 : string.contentEnd,
            features: this.findFeaturesAt(textDocument, quote)
        };
        yield context;
    }

    /** Inside a string only work products and time zones are offered; keywords and names belong outside it. */
    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (isTimeZoneFeature(next)) {
            return this.completionForTimeZone(context, acceptor);
        }
        if (stringOf(context) && !isWorkProductReference(next.feature)) {
            return;
        }
        if (GrammarAST.isKeyword(next.feature)) {
            this.snippets.itemsFor(next.feature.value, context).forEach(item => acceptor(context, item));
        }
        if (isDaySpecFeature(next)) {
            DAY_ITEMS.forEach(day => acceptor(context, { ...day, kind: DAY_ITEM_KIND }));
            return;
        }
        if (isFirstQualifier(next)) {
            businessUnitItems(textBefore(context), context.node)
                .forEach(unit => acceptor(context, { ...unit, kind: CompletionItemKind.Keyword, sortText: '0' }));
        }
        const done = super.completionFor(context, next, acceptor);
        if (this.serviceScopeKeyword && mayStartServiceBlock(context, next)) {
            // The parser reads `for` after a target as its priority qualifier, so the grammar's
            // next features at that point do not include the block's `service`.
            const keyword = this.serviceScopeKeyword;
            return done instanceof Promise
                ? done.then(() => this.completionForKeyword(context, keyword, acceptor))
                : this.completionForKeyword(context, keyword, acceptor);
        }
        return done;
    }

    /**
     * Every IANA zone that matches what is typed in a calendar's `timezone "…"`: inside the
     * quotes the zone replaces their content, before them it comes quoted.
     */
    private completionForTimeZone(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const string = stringOf(context);
        const text = context.textDocument.getText();
        const typed = string ? text.slice(string.contentStart, context.offset) : text.slice(context.tokenOffset, context.offset).replace(/^"/, '');
        matchingTimeZones(typed, this.fuzzyMatcher).forEach((zone, index) => {
            const sortText = String(index).padStart(4, '0');
            const textEdit = string ? this.stringContentEdit(context, string, zone) : this.tokenEdit(context, `"${zone}"`);
            acceptor(context, { label: zone, filterText: string ? zone : `"${zone}"`, detail: 'time zone', kind: CompletionItemKind.Value, sortText, textEdit });
        });
    }

    /** Replaces the token being completed, as far as it is typed, with `newText`. */
    private tokenEdit(context: CompletionContext, newText: string): TextEdit | InsertReplaceEdit {
        const start = context.textDocument.positionAt(context.tokenOffset);
        const end = context.textDocument.positionAt(context.tokenEndOffset);
        return this.clientCapabilities?.completionItem?.insertReplaceSupport
            ? { newText, insert: { start, end: context.position }, replace: { start, end } }
            : { newText, range: { start, end: context.position } };
    }

    /**
     * Replaces the string's content, not its quotes: up to the cursor in insert mode, the
     * whole content otherwise. An open string gets its closing quote.
     */
    private stringContentEdit(context: CompletionContext, string: StringAtCursor, name: string): TextEdit | InsertReplaceEdit {
        const newText = string.closed ? name : `${name}"`;
        const start = context.textDocument.positionAt(string.contentStart);
        const end = context.textDocument.positionAt(string.contentEnd);
        return this.clientCapabilities?.completionItem?.insertReplaceSupport
            ? { newText, insert: { start, end: context.position }, replace: { start, end } }
            : { newText, range: { start, end } };
    }
}

interface StringCompletionContext extends CompletionContext {
    readonly string: StringAtCursor;
}

function stringOf(context: CompletionContext): StringAtCursor | undefined {
    return (context as Partial<StringCompletionContext>).string;
}

/**
 * The first of a target's qualifiers (`per`). Right after the number of a target's or
 * credit's value the grammar, having read a plain number, offers the qualifiers: the
 * business units are offered along with the first of them.
 */
function isFirstQualifier(next: NextFeature): boolean {
    return GrammarAST.isKeyword(next.feature) && next.feature.value === 'per'
        && AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name === 'TargetQualifiers';
}

/** The end of the line before the token being completed, enough to see a comparator and a number. */
function textBefore(context: CompletionContext): string {
    return context.textDocument.getText().slice(Math.max(0, context.tokenOffset - BUSINESS_LOOKBEHIND), context.tokenOffset);
}

const BUSINESS_LOOKBEHIND = 32;

/**
 * Whether the feature is the priority after `for` in an agreement-wide target, where
 * `for service X { … }` may start as well (not in a block's own targets, an offering's or
 * a credit's condition).
 */
function mayStartServiceBlock(context: CompletionContext, next: NextFeature): boolean {
    if (!GrammarAST.isCrossReference(next.feature) || next.feature.type.ref?.name !== 'Priority') {
        return false;
    }
    const target = context.node ? AstUtils.getContainerOfType(context.node, isTarget) : undefined;
    return target !== undefined && isAgreement(target.$container);
}

/**
 * The offerings of the covered services, or every offering while the agreement covers
 * none yet (the user may write `offerings` before `services`).
 */
function offeringsOfCovered(candidates: Stream<AstNodeDescription>, covered: readonly Service[]): Stream<AstNodeDescription> {
    if (covered.length === 0) {
        return candidates;
    }
    return candidates.filter(description => {
        const offering = description.node;
        return isOffering(offering) && covered.includes(offering.$container);
    });
}

/**
 * An offering is exported as `Service.Offering` and, in a namespace, as
 * `ns.Service.Offering`. The short form is offered where it means that offering from this
 * file, as the scope and the ambiguity check read it: the only offering written so, or
 * the one of the file's own namespace. Every other offering is offered by its long form.
 */
function offeringNamesAsWritten(all: readonly AstNodeDescription[], offered: Stream<AstNodeDescription>, namespace: string | undefined): Stream<AstNodeDescription> {
    const isShort = (name: string) => name.split('.').length === 2;
    const writtenShort = new MultiMap<string, AstNodeDescription>();
    for (const description of all) {
        if (isShort(description.name)) {
            writtenShort.add(description.name, description);
        }
    }
    const meant = (short: string) => {
        const meanings = writtenShort.get(short);
        const own = meanings.filter(description => namespaceOfDescription(description) === namespace);
        return meanings.length === 1 ? meanings[0].node : own.length === 1 ? own[0].node : undefined;
    };
    return offered.filter(description => isShort(description.name)
        ? meant(description.name) === description.node
        : meant(description.name.split('.').slice(-2).join('.')) !== description.node);
}

/**
 * The agreement itself, or an SLA that is (transitively) part of it: naming either as
 * the parent would make a `part of` cycle.
 */
function isSelfOrChild(description: AstNodeDescription, agreement: Agreement): boolean {
    const candidate = description.node;
    return isSameDeclaration(description, agreement) || (isSla(candidate) && agreementLineage(candidate).includes(agreement));
}

/**
 * Whether a candidate is the element being written, by its simple or qualified name; the
 * index may still hold the element as last built from this file, a node of its own.
 */
function isSameDeclaration(description: AstNodeDescription, element: Agreement | Service): boolean {
    return description.node === element
        || ((description.name === element.name || description.name === qualifiedName(element))
            && description.documentUri.toString() === AstUtils.getDocument(element).uri.toString());
}

function isWorkProductReference(feature: NextFeature['feature']): boolean {
    return GrammarAST.isCrossReference(feature) && feature.type.ref?.name === 'WorkProduct';
}

/** Where each word of a name starts. */
function wordStarts(name: string): number[] {
    return [...name.matchAll(/(?:^|(?<=[\s,]))\S/g)].map(match => match.index);
}

function enclosingBinding(node: AstNode | undefined): Binding | undefined {
    return node ? AstUtils.getContainerOfType(node, isBinding) : undefined;
}

/** Work products are exported under every alias; offer each one once, by its canonical name. */
function isAlias(description: AstNodeDescription): boolean {
    const node = description.node as { name?: string } | undefined;
    return node?.name !== undefined && node.name !== description.name;
}

const KIND_WORDS: Record<string, string> = {
    Service: 'service', Sla: 'SLA', Ola: 'OLA', Uc: 'UC', Customer: 'customer', Provider: 'provider', Unit: 'unit',
    Supplier: 'supplier', Calendar: 'calendar', Metric: 'metric', Priority: 'priority', Pattern: 'pattern',
    Forecast: 'forecast', ServicePackage: 'package', Binding: 'binding', Offering: 'offering'
};

function kindWord(type: string): string {
    return KIND_WORDS[type] ?? type;
}
