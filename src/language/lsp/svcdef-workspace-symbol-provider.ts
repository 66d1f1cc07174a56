import { Cancellation, interruptAndCheck, type AstNodeDescription } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import type { A2ReferenceModel } from '../../a2/a2-reference-model.js';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import type { SvcdefServices } from '../svcdef-module.js';
import { keywordOfKind } from '../validation/work-product-kinds.js';

/**
 * Symbol search over the whole workspace and the built-in model. Every element appears
 * once, however many names it is exported under (simple, namespace-qualified, work
 * product aliases), and matches a query on any of them; A2 nodes match by id (`A243`)
 * and by name ("service level agreements"). An offering is shown as `Service.Offering`,
 * the name it is referenced by.
 */
export class SvcdefWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly services: LangiumSharedServices;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.services = services;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query.trim().toLowerCase();
        const elements = new Map<string, { primary: AstNodeDescription; names: string[] }>();
        for (const description of this.indexManager.allElements()) {
            const key = `${description.documentUri.toString()}#${description.path}`;
            const known = elements.get(key);
            if (known) {
                known.names.push(description.name);
                // Show the element under its own name, not under an alias or its qualified form.
                if (isOwnName(description)) {
                    known.primary = description;
                }
            } else {
                elements.set(key, { primary: description, names: [description.name] });
            }
        }
        const symbols: WorkspaceSymbol[] = [];
        for (const { primary, names } of elements.values()) {
            await interruptAndCheck(cancelToken);
            const title = primary.type === 'A2Node' ? this.a2Model(primary)?.node(primary.name)?.name : undefined;
            const searchable = title ? [...names, title, `${primary.name} ${title}`] : names;
            if (query.length > 0 && !searchable.some(name => this.matchesFromAnyWord(query, name))) {
                continue;
            }
            const symbol = this.getWorkspaceSymbol(primary);
            if (!symbol) {
                continue;
            }
            const qualified = names.find(name => name.includes('.') && name.endsWith(`.${primary.name}`));
            symbols.push({
                ...symbol,
                name: title ? `${primary.name} ${title}` : primary.name,
                containerName: [keywordOfKind(primary.type), qualified?.slice(0, -primary.name.length - 1),
                    isBuiltinUri(primary.documentUri) ? 'built-in' : undefined].filter(Boolean).join(' · ')
            });
        }
        return symbols;
    }

    /**
     * Langium's matcher anchors at the start of the text; A2 names are searched from any of
     * their words, and dotted names from any part (`Gold` finds the offering `EHR.Gold`).
     */
    private matchesFromAnyWord(query: string, text: string): boolean {
        for (let start = 0; start < text.length; start++) {
            if ((start === 0 || text[start - 1] === ' ' || text[start - 1] === '.') && this.fuzzyMatcher.match(query, text.slice(start))) {
                return true;
            }
        }
        return false;
    }

    private a2Model(description: AstNodeDescription): A2ReferenceModel | undefined {
        const services = this.services.ServiceRegistry.getServices(description.documentUri) as Partial<SvcdefServices>;
        return services.a2?.Model;
    }
}

function isOwnName(description: AstNodeDescription): boolean {
    return (description.node as { name?: unknown } | undefined)?.name === description.name;
}
