/**
 * `svcdef/generate`: the files `svcdef generate catalog` and `svcdef generate sla` write,
 * rendered from the built workspace and handed out in batches of a few megabytes. The
 * generator renders lazily, so between batches only the generation's position is held.
 * One generation runs at a time; a newer one, or a change of the workspace, ends it (its
 * files would mix two states of the workspace).
 *
 * Like the CLI, it refuses to generate from a workspace with errors unless asked to
 * (`force`, the CLI's `--force`), and says which errors stand in the way.
 */
import type { LangiumDocument } from 'langium';
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { buildCatalog, catalogSourcesOf } from '../generator/catalog-model.js';
import { CATALOG_VIEWS } from '../generator/catalog-views.js';
import { inMemory, type OutputFile } from '../generator/generated-file.js';
import { CATALOG_FORMATS, DOCUMENT_FORMATS, catalogFiles, slaOutputs, type CatalogFormat } from '../generator/output-layout.js';
import type { Model } from '../language/generated/ast.js';
import type { SvcdefServices } from '../language/svcdef-module.js';
import type { GenerateParams, GenerateResult, GeneratedFileData, WorkspaceErrorData } from '../protocol/svcdef-requests.js';
import type { BuiltWorkspace } from './built-workspace.js';

/** Roughly how much text one answer carries: large enough to keep round trips few, small enough to hold twice. */
export const BATCH_CHARACTERS = 4_000_000;
/** How many of the workspace's errors a refusal lists. */
const LISTED_ERRORS = 20;

interface Generation {
    readonly id: string;
    readonly files: Iterator<OutputFile>;
}

export class GenerateRequests {
    private current: Generation | undefined;
    private generations = 0;

    constructor(
        private readonly workspace: BuiltWorkspace,
        private readonly services: SvcdefServices,
        private readonly batchCharacters = BATCH_CHARACTERS
    ) {}

    generate(params: GenerateParams): Promise<GenerateResult> {
        if (params.continuation !== undefined) {
            return this.workspace.read(() => {
                const generation = this.current;
                if (generation === undefined || generation.id !== params.continuation) {
                    throw new ResponseError(LSPErrorCodes.RequestFailed,
                        'The workspace changed while the files were being generated, so they would not match; generate them again.');
                }
                return this.batch(generation);
            });
        }
        return this.workspace.read(documents => {
            this.current = undefined;
            if (!params.force) {
                const refusal = refusalOf(documents);
                if (refusal) return refusal;
            }
            const generation: Generation = { id: `generation-${++this.generations}`, files: this.filesOf(params, documents)[Symbol.iterator]() };
            this.current = generation;
            return this.batch(generation);
        });
    }

    /** Ends the generation under way: the workspace it renders has changed. */
    end(): void {
        this.current = undefined;
    }

    private filesOf(params: GenerateParams, documents: readonly LangiumDocument<Model>[]): Iterable<OutputFile> {
        const catalog = buildCatalog(documents.map(document => document.parseResult.value), catalogSourcesOf(this.services));
        if (params.kind === 'catalog') {
            const views = params.view !== undefined ? [params.view] : CATALOG_VIEWS;
            const formats = params.formats !== undefined
                ? CATALOG_FORMATS.filter(format => params.formats!.includes(format))
                : CATALOG_FORMATS;
            // Judged on the day the checks use (svcdef.today, svcdef.json, else the real date), as the CLI does.
            return catalogFiles(catalog, { views, formats: formats as CatalogFormat[], a2: this.services.a2.Model, today: this.services.settings.today });
        }
        if (params.kind === 'sla') {
            if (catalog.slas.length === 0) {
                throw new ResponseError(LSPErrorCodes.RequestFailed, 'The workspace declares no SLA, so there is no SLA document to write. Declare one with `sla Name { … }`.');
            }
            // SLA documents are what the customer signs; only the support view adds more to them.
            const view = params.view === 'support' ? 'support' : 'customer';
            return slaOutputs(catalog, { names: [], view, formats: DOCUMENT_FORMATS, today: this.services.settings.today }).files;
        }
        throw new ResponseError(ErrorCodes.InvalidParams, `Unknown kind of generation '${String(params.kind)}': ask for catalog or sla.`);
    }

    private batch(generation: Generation): GenerateResult {
        const files: GeneratedFileData[] = [];
        let characters = 0;
        while (characters < this.batchCharacters) {
            const next = generation.files.next();
            if (next.done) {
                this.current = undefined;
                return { files };
            }
            const file = inMemory(next.value);
            files.push({ path: file.path, content: file.content });
            characters += file.content.length;
        }
        return { files, next: generation.id };
    }
}

/** The workspace's errors as a refusal, or undefined when it has none. */
function refusalOf(documents: readonly LangiumDocument<Model>[]): GenerateResult | undefined {
    const errors: WorkspaceErrorData[] = [];
    let errorCount = 0;
    const sorted = [...documents].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
    for (const document of sorted) {
        for (const diagnostic of document.diagnostics ?? []) {
            if (diagnostic.severity !== 1) continue;
            errorCount++;
            if (errors.length < LISTED_ERRORS) {
                errors.push({
                    uri: document.uri.toString(),
                    range: diagnostic.range,
                    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
                    ...(diagnostic.code !== undefined ? { code: String(diagnostic.code) } : {})
                });
            }
        }
    }
    return errorCount > 0 ? { errors, errorCount } : undefined;
}
