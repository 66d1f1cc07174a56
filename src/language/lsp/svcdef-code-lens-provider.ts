import { AstUtils, GrammarUtils, type LangiumDocument, type Reference } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, Location } from 'vscode-languageserver';
import { isModel, isService, type Binding, type Service, type Sla } from '../generated/ast.js';
import type { SvcdefServices } from '../svcdef-module.js';
import { elementKey, type SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';

/**
 * Shows the places a lens counts, with arguments `[uri, position, locations]` as plain LSP
 * values. The VS Code extension runs it as VS Code's references peek; other editors can
 * map it to their own (docs/editor-features.md shows Neovim's).
 */
export const SHOW_REFERENCES_COMMAND = 'svcdef.showReferences';

/**
 * A line above each service saying how far it is carried through: how many SLAs cover
 * it and how many activity bindings produce it (list it under a `produces` work
 * product). A service with neither is promised to nobody and published by nobody.
 * Clicking it lists where those SLAs and bindings name the service.
 */
export class SvcdefCodeLensProvider implements CodeLensProvider {
    private readonly index: SvcdefWorkspaceIndex;

    constructor(services: SvcdefServices) {
        this.index = services.workspace.WorkspaceIndex;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const model = document.parseResult.value;
        if (!isModel(model)) {
            return [];
        }
        const services = model.elements.filter(isService);
        if (services.length === 0) {
            return [];
        }
        const lenses: CodeLens[] = [];
        for (const service of services) {
            const cst = service.$cstNode;
            if (!cst) {
                continue;
            }
            const key = elementKey(service);
            const slas = this.index.slasCovering(key);
            const bindings = this.index.bindingsProducing(key);
            const line = { line: cst.range.start.line, character: 0 };
            const name = GrammarUtils.findNodeForProperty(cst, 'name') ?? cst;
            lenses.push({
                range: { start: line, end: line },
                command: {
                    title: `${count(slas.length, 'SLA covers it', 'SLAs cover it')} · ${count(bindings.length, 'binding produces it', 'bindings produce it')}`,
                    command: SHOW_REFERENCES_COMMAND,
                    arguments: [document.uri.toString(), name.range.start, [...mentionsIn(slas, service), ...mentionsIn(bindings, service)]]
                }
            });
        }
        return lenses;
    }
}

/** Where the SLAs list the service under `services`, or the bindings under a `produces` work product. */
function mentionsIn(elements: ReadonlyArray<Sla | Binding>, service: Service): Location[] {
    const key = elementKey(service);
    return elements.flatMap(element => {
        const references: ReadonlyArray<Reference> = 'services' in element
            ? element.services
            : element.produces.flatMap(produces => produces.artifacts);
        const uri = AstUtils.getDocument(element).uri.toString();
        return references
            .filter(reference => reference.ref && elementKey(reference.ref as Service) === key && reference.$refNode)
            .map(reference => ({ uri, range: reference.$refNode!.range }));
    });
}

function count(value: number, one: string, many: string): string {
    return value === 1 ? `1 ${one}` : `${value === 0 ? 'no' : value} ${many}`;
}
