import type { LangiumDocument, LangiumDocuments } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isBinding, isModel, isService, type Service } from '../generated/ast.js';
import type { SvcdefServices } from '../svcdef-module.js';
import { elementKey, type SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';

/**
 * A line above each service saying how far it is carried through: how many SLAs cover
 * it and how many activity bindings produce it (list it under a `produces` work
 * product). A service with neither is promised to nobody and published by nobody.
 */
export class SvcdefCodeLensProvider implements CodeLensProvider {
    private readonly index: SvcdefWorkspaceIndex;
    private readonly documents: LangiumDocuments;

    constructor(services: SvcdefServices) {
        this.index = services.workspace.WorkspaceIndex;
        this.documents = services.shared.workspace.LangiumDocuments;
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
        const producers = this.producingBindings();
        const lenses: CodeLens[] = [];
        for (const service of services) {
            const cst = service.$cstNode;
            if (!cst) {
                continue;
            }
            const slas = this.index.slasCovering(elementKey(service), document).length;
            const bindings = producers.get(service)?.length ?? 0;
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

    /** Bindings that list each service under one of their `produces` work products, across the workspace. */
    private producingBindings(): Map<Service, string[]> {
        const result = new Map<Service, string[]>();
        for (const document of this.documents.all) {
            const model = document.parseResult?.value;
            if (!isModel(model)) {
                continue;
            }
            for (const binding of model.elements.filter(isBinding)) {
                for (const produces of binding.produces) {
                    for (const artifact of produces.artifacts) {
                        const target = artifact.ref;
                        if (isService(target)) {
                            const names = result.get(target) ?? [];
                            if (!names.includes(binding.name)) {
                                names.push(binding.name);
                            }
                            result.set(target, names);
                        }
                    }
                }
            }
        }
        return result;
    }
}

function count(value: number, one: string, many: string): string {
    return value === 1 ? `1 ${one}` : `${value === 0 ? 'no' : value} ${many}`;
}
