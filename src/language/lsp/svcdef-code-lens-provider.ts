import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isModel, isService } from '../generated/ast.js';
import type { SvcdefServices } from '../svcdef-module.js';
import { elementKey, type SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';

/**
 * A line above each service saying how far it is carried through: how many SLAs cover
 * it and how many activity bindings produce it (list it under a `produces` work
 * product). A service with neither is promised to nobody and published by nobody.
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
            const slas = this.index.slasCovering(elementKey(service)).length;
            const bindings = this.index.bindingsProducing(elementKey(service)).length;
            const line = { line: cst.range.start.line, character: 0 };
            lenses.push({
                range: { start: line, end: line },
                // Informational only: an empty command id makes editors show the title without an action.
                command: {
                    title: `${count(slas, 'SLA covers it', 'SLAs cover it')} · ${count(bindings, 'binding produces it', 'bindings produce it')}`,
                    command: ''
                }
            });
        }
        return lenses;
    }

}

function count(value: number, one: string, many: string): string {
    return value === 1 ? `1 ${one}` : `${value === 0 ? 'no' : value} ${many}`;
}
