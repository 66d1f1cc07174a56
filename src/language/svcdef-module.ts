import {
    inject, type DeepPartial, type LangiumSharedCoreServices, type Module
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { a2Model, type A2ReferenceModel } from '../a2/a2-reference-model.js';
import { SvcdefGeneratedModule, SvcdefGeneratedSharedModule } from './generated/module.js';
import { SvcdefScopeComputation } from './svcdef-scope-computation.js';
import { SvcdefScopeProvider } from './svcdef-scope-provider.js';
import { SvcdefSettings } from './svcdef-settings.js';
import { SvcdefValueConverter } from './svcdef-value-converter.js';
import { SvcdefDocumentValidator } from './validation/svcdef-document-validator.js';
import { registerValidationChecks } from './validation/svcdef-validator.js';
import { SvcdefDocumentBuilder } from './workspace/svcdef-document-builder.js';
import { SvcdefWorkspaceIndex } from './workspace/svcdef-workspace-index.js';
import { SvcdefWorkspaceManager } from './workspace/svcdef-workspace-manager.js';
import { SvcdefCompletionProvider } from './lsp/svcdef-completion-provider.js';

/** Services svcdef adds to Langium's. */
export type SvcdefAddedServices = {
    a2: {
        Model: A2ReferenceModel;
    };
    settings: SvcdefSettings;
    workspace: {
        WorkspaceIndex: SvcdefWorkspaceIndex;
    };
};

export type SvcdefServices = LangiumServices & SvcdefAddedServices;

export const SvcdefModule: Module<SvcdefServices, PartialLangiumServices & SvcdefAddedServices> = {
    a2: {
        Model: () => a2Model
    },
    settings: () => new SvcdefSettings(),
    parser: {
        ValueConverter: () => new SvcdefValueConverter()
    },
    references: {
        ScopeComputation: (services) => new SvcdefScopeComputation(services),
        ScopeProvider: (services) => new SvcdefScopeProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new SvcdefDocumentValidator(services)
    },
    workspace: {
        WorkspaceIndex: (services) => new SvcdefWorkspaceIndex(services.shared)
    },
    lsp: {
        CompletionProvider: (services) => new SvcdefCompletionProvider(services)
    }
};

export const SvcdefSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    workspace: {
        WorkspaceManager: (services) => new SvcdefWorkspaceManager(services as LangiumSharedCoreServices),
        DocumentBuilder: (services) => new SvcdefDocumentBuilder(services)
    }
};

/**
 * Creates the shared services and the svcdef language services. The context decides
 * where files come from (Node's file system for the CLI and server, an in-memory one
 * for tests) and whether an LSP connection is attached.
 */
export function createSvcdefServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Svcdef: SvcdefServices;
} {
    const shared = inject(
        createDefaultSharedModule(context),
        SvcdefGeneratedSharedModule,
        SvcdefSharedModule
    );
    const Svcdef = inject(
        createDefaultModule({ shared }),
        SvcdefGeneratedModule,
        SvcdefModule
    );
    shared.ServiceRegistry.register(Svcdef);
    registerValidationChecks(Svcdef);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; start from defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Svcdef };
}
