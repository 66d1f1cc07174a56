/**
 * The catalog model behind the preview, built on demand from the built workspace. It holds
 * one view's model at most (the one the preview shows), and lets it go as soon as the
 * workspace changes: a 10k-service catalog is tens of megabytes the server does not keep
 * for a preview nobody looks at.
 */
import type { LangiumDocument } from 'langium';
import { buildCatalog, catalogSourcesOf } from '../generator/catalog-model.js';
import { viewOf, type CatalogView, type CatalogViewName } from '../generator/catalog-views.js';
import type { Model } from '../language/generated/ast.js';
import type { SvcdefServices } from '../language/svcdef-module.js';
import type { BuiltWorkspace } from './built-workspace.js';

export class CatalogViewCache {
    private held: CatalogView | undefined;
    /** The day the held view judged its agreements on: `svcdef.today` may change without an edit. */
    private heldToday: string | undefined;

    constructor(private readonly workspace: BuiltWorkspace, private readonly services: SvcdefServices) {}

    /** Runs `action` on the view's model (built now unless it is the one held) and the workspace's documents. */
    with<T>(name: CatalogViewName, action: (view: CatalogView, documents: readonly LangiumDocument<Model>[]) => T): Promise<T> {
        return this.workspace.read(documents => {
            const today = this.services.settings.today;
            if (this.held?.name !== name || this.heldToday !== today) {
                // Let the previous view go before building the next, so two are never alive at once.
                this.held = undefined;
                const catalog = buildCatalog(documents.map(document => document.parseResult.value), catalogSourcesOf(this.services));
                // Judged on the day the checks use, so an expired agreement is never previewed as in force.
                this.held = viewOf(catalog, name, { today });
                this.heldToday = today;
            }
            return action(this.held, documents);
        });
    }

    /** Whether a view's model is held (for tests of the memory rule). */
    get holds(): CatalogViewName | undefined {
        return this.held?.name;
    }

    clear(): void {
        this.held = undefined;
    }
}
