import { EOF, tokenMatcher } from 'chevrotain';
import {
    AstUtils, Cancellation, DefaultDocumentValidator, interruptAndCheck, WorkspaceCache, type AstNode, type AstReflection, type LangiumCoreServices,
    type LangiumDocument, type Lexer, type Linker, type ScopeProvider, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ParseResult } from 'langium';
import { INTERRUPT_EVERY_NODES, takeNodesInDocumentOrder } from '../ast-walk.js';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { didYouMean, editDistance } from '../did-you-mean.js';
import { NameSuggestionIndex } from '../name-suggestion-index.js';
import { Binding, isAgreement, isProduces, Produces } from '../generated/ast.js';
import { artifactKindsOf } from './work-product-kinds.js';
import { hasLinkingErrors } from '../svcdef-linker.js';
import { unclosedBlockNote } from './unclosed-block.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type SvcdefDiagnosticData } from './diagnostic-codes.js';

/**
 * Gives Langium's own findings (lexing, parsing, linking) the public codes, and turns an
 * unresolved name into a message that says what kind of thing was expected and what would
 * fit. Syntax errors are worded by svcdef's lexer and parser message providers; a file that
 * ends inside a block is told here which block, since only the whole file shows that.
 * The built-in library is ours, so it is not validated.
 */
export class SvcdefDocumentValidator extends DefaultDocumentValidator {
    private readonly scopeProvider: ScopeProvider;
    private readonly reflection: AstReflection;
    private readonly linker: Linker;
    private readonly lexer: Lexer;
    /**
     * The names a misspelt reference of each type could have meant, indexed once per build:
     * a workspace may hold thousands of misspellings, each asking about the same names.
     * Forgotten on every change, like the global scopes they are read from.
     */
    private readonly suggestionIndexes: WorkspaceCache<string, NameSuggestionIndex>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.suggestionIndexes = new WorkspaceCache(services.shared);
        this.scopeProvider = services.references.ScopeProvider;
        this.reflection = services.shared.AstReflection;
        this.linker = services.references.Linker;
        this.lexer = services.parser.Lexer;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        if (isBuiltinUri(document.uri)) {
            return [];
        }
        return super.validateDocument(document, options, cancelToken);
    }

    /**
     * Langium's traversal streams every node and resolves the checks of its type anew;
     * svcdef files hold hundreds of thousands of nodes, so the nodes are collected by a
     * plain walk (in the same order) and the checks are resolved once per type.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        const checksByType = new Map<string, ValidationCheck[]>();
        let visited = 0;
        for (const node of takeNodesInDocumentOrder(rootNode)) {
            if (++visited % INTERRUPT_EVERY_NODES === 0) {
                await interruptAndCheck(cancelToken);
            }
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                checksByType.set(node.$type, checks);
            }
            for (const check of checks) {
                // Checks are synchronous (see SvcdefValidationRegistry); only a promise is waited for.
                const pending = check(node, acceptor, cancelToken);
                if (pending) {
                    await pending;
                }
            }
        }
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        for (let i = start; i < diagnostics.length; i++) {
            diagnostics[i] = withCode(diagnostics[i], 'syntax-error', messageText(diagnostics[i].message));
        }
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(withUnclosedBlocks(parseResult, this.lexer), diagnostics, options);
        for (let i = start; i < diagnostics.length; i++) {
            diagnostics[i] = withCode(diagnostics[i], 'syntax-error', messageText(diagnostics[i].message));
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        if (!hasLinkingErrors(this.linker, document)) {
            return;
        }
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const info = error.info;
            const container = info.container;
            const written = info.reference.$refText;
            // Work-product names are checked against the implemented node, where the message can say more.
            if ((container.$type === Binding.$type && info.property === Binding.consumes)
                || (container.$type === Produces.$type && info.property === Produces.workProduct)) {
                continue;
            }
            const referenceType = this.reflection.getReferenceType(info);
            // Under a work product only the kinds it carries are worth suggesting, and naming.
            const artifactKinds = isProduces(container) && info.property === Produces.artifacts
                ? artifactKindsOf(container.workProduct?.ref?.name ?? container.workProduct?.$refText ?? '') : [];
            // Every scope of svcdef lists the same names for one reference type (the global ones),
            // but for the artifacts of a work product, whose scope lists the kinds it carries.
            const suggestions = this.suggestionIndexes.get([referenceType, ...artifactKinds].join(' '), () => new NameSuggestionIndex(
                this.scopeProvider.getScope(info).getAllElements().map(description => description.name), editDistance)).suggest(written);
            const range = reference.$refNode?.range;
            if (!range) {
                continue;
            }
            if (container.$type === Binding.$type && info.property === Binding.node) {
                diagnostics.push(diagnostic('unknown-a2-node', range,
                    `'${written}' is not a node of the A2 model: implement the category A2, a process A21..A27 or an activity such as A243.${didYouMean(suggestions)}`,
                    suggestions));
                continue;
            }
            const kind = artifactKinds.length > 0 ? alternatives(artifactKinds.map(describeType)) : describeType(referenceType);
            if (referenceType === 'Priority' && coversServiceNamed(container, written)) {
                diagnostics.push(diagnostic('unresolved-reference', range,
                    `No priority named '${written}' is declared in the workspace. '${written}' is a service of this agreement: `
                    + `to give it targets of its own, write them in a block 'for service ${written} { … }'.${didYouMean(suggestions)}`,
                    suggestions, { referenceType, containerType: container.$type, property: info.property, service: written }));
                continue;
            }
            diagnostics.push(diagnostic('unresolved-reference', range,
                `No ${kind} named '${written}' is declared in the workspace.${didYouMean(suggestions)} Fix the name or declare the ${kind}.`,
                suggestions, { referenceType, containerType: container.$type, property: info.property }));
        }
    }
}

/**
 * The parse result with each error at the end of the file saying which block is still
 * open there; the same result when there is none. The file is lexed again only then.
 */
function withUnclosedBlocks(parseResult: ParseResult, lexer: Lexer): ParseResult {
    if (!parseResult.parserErrors.some(error => tokenMatcher(error.token, EOF))) {
        return parseResult;
    }
    const root = parseResult.value;
    const note = unclosedBlockNote(root, lexer.tokenize(root.$cstNode?.root.fullText ?? '').tokens);
    if (!note) {
        return parseResult;
    }
    // Copies: the parse result belongs to the document, and is validated again after every change.
    const parserErrors = parseResult.parserErrors.map(error => tokenMatcher(error.token, EOF) ? { ...error, message: `${error.message}: ${note}` } : error);
    return { ...parseResult, parserErrors };
}

/**
 * Whether `for NAME` on a target (or credit) names a service its agreement covers: the
 * writer meant a `for service` block, which the first edition could not express.
 */
function coversServiceNamed(container: AstNode, written: string): boolean {
    const agreement = AstUtils.getContainerOfType(container, isAgreement);
    return agreement !== undefined && agreement.services.some(reference => reference.$refText === written);
}

function withCode(original: Diagnostic, code: DiagnosticCode, message: string): Diagnostic {
    return { ...original, message, code, data: { code } satisfies SvcdefDiagnosticData };
}

function diagnostic(code: DiagnosticCode, range: Diagnostic['range'], message: string, suggestions: readonly string[],
    extra: Record<string, unknown> = {}): Diagnostic {
    const data: SvcdefDiagnosticData = { code, ...(suggestions.length > 0 ? { suggestions } : {}), ...extra };
    return { severity: severityNumber(code), range, message, code, data, source: 'svcdef' };
}

function severityNumber(code: DiagnosticCode): 1 | 2 | 3 | 4 {
    switch (DIAGNOSTIC_CODES[code].severity) {
        case 'error': return 1;
        case 'warning': return 2;
        case 'info': return 3;
        default: return 4;
    }
}

const TYPE_WORDS: Record<string, string> = {
    Party: 'party (provider, customer, unit or supplier)',
    Sla: 'SLA',
    Ola: 'OLA',
    Uc: 'UC',
    ServicePackage: 'package',
    A2Node: 'A2 node',
    WorkProduct: 'work product',
    Element: 'element'
};

/** `service`, `service or package`, `SLA, OLA or UC`. */
function alternatives(words: readonly string[]): string {
    return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words[0];
}

function describeType(type: string): string {
    return TYPE_WORDS[type] ?? type.toLowerCase();
}

function messageText(message: Diagnostic['message']): string {
    return typeof message === 'string' ? message : message.value;
}
