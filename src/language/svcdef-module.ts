import {
    inject, type DeepPartial, type LangiumSharedCoreServices, type Module
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { a2Model, type A2ReferenceModel } from '../a2/a2-reference-model.js';
import { SvcdefGeneratedModule, SvcdefGeneratedSharedModule } from './generated/module.js';
import { SvcdefLexer } from './parser/svcdef-lexer.js';
import { Calendars } from './time/calendar-model.js';
import { HolidayFiles } from './time/holiday-files.js';
import { SvcdefAstNodeDescriptionProvider } from './svcdef-ast-node-descriptions.js';
import { SvcdefLinker } from './svcdef-linker.js';
import { createParser, type ParserChoiceOptions } from './parser/parser-choice.js';
import { warnOncePerProcess } from './parser/warn-once-per-process.js';
import { SvcdefScopeComputation } from './svcdef-scope-computation.js';
import { SvcdefScopeProvider } from './svcdef-scope-provider.js';
import { SvcdefSettings } from './svcdef-settings.js';
import { SvcdefValueConverter } from './svcdef-value-converter.js';
import { SvcdefDocumentValidator } from './validation/svcdef-document-validator.js';
import { SvcdefLexerErrorMessageProvider } from './validation/svcdef-lexer-error-message-provider.js';
import { SvcdefParserErrorMessageProvider } from './validation/svcdef-parser-error-message-provider.js';
import { SvcdefValidationRegistry } from './validation/svcdef-validation-registry.js';
import { registerValidationChecks } from './validation/svcdef-validator.js';
import { SvcdefDocumentBuilder } from './workspace/svcdef-document-builder.js';
import { SvcdefIndexManager } from './workspace/svcdef-index-manager.js';
import { SvcdefReferenceDescriptionProvider } from './workspace/svcdef-reference-descriptions.js';
import { SvcdefLangiumDocuments } from './workspace/svcdef-langium-documents.js';
import { SvcdefServiceRegistry } from './workspace/svcdef-service-registry.js';
import { SvcdefWorkspaceIndex } from './workspace/svcdef-workspace-index.js';
import { SvcdefWorkspaceManager } from './workspace/svcdef-workspace-manager.js';
import { DependencyClosures } from './service-dependencies.js';
import { SvcdefCompletionProvider } from './lsp/svcdef-completion-provider.js';
import { DefaultTextDocumentContentProvider } from 'langium/lsp';
import { BUILTIN_SCHEME } from './builtin/builtin-library.js';
import { SvcdefCodeActionProvider } from './lsp/svcdef-code-action-provider.js';
import { SvcdefCodeLensProvider } from './lsp/svcdef-code-lens-provider.js';
import { SvcdefDocumentUpdateHandler } from './lsp/svcdef-document-update-handler.js';
import { SvcdefDocumentSymbolProvider } from './lsp/svcdef-document-symbol-provider.js';
import { SvcdefFoldingRangeProvider } from './lsp/svcdef-folding-range-provider.js';
import { SvcdefFormatter } from './lsp/svcdef-formatter.js';
import { SvcdefHoverProvider } from './lsp/svcdef-hover-provider.js';
import { SvcdefInlayHintProvider } from './lsp/svcdef-inlay-hint-provider.js';
import { SvcdefNodeKindProvider } from './lsp/svcdef-node-kind-provider.js';
import { SvcdefRenameProvider } from './lsp/svcdef-rename-provider.js';
import { SvcdefSemanticTokenProvider } from './lsp/svcdef-semantic-token-provider.js';
import { SvcdefWorkspaceSymbolProvider } from './lsp/svcdef-workspace-symbol-provider.js';

/** Services svcdef adds to Langium's. */
export type SvcdefAddedServices = {
    a2: {
        Model: A2ReferenceModel;
    };
    settings: SvcdefSettings;
    workspace: {
        WorkspaceIndex: SvcdefWorkspaceIndex;
        /** Who relies on whom through `depends on`, searched once per build for the checks and the catalog alike. */
        DependencyClosures: DependencyClosures;
    };
    time: {
        HolidayFiles: HolidayFiles;
        Calendars: Calendars;
    };
};

export type SvcdefServices = LangiumServices & SvcdefAddedServices;

export const SvcdefModule: Module<SvcdefServices, PartialLangiumServices & SvcdefAddedServices> = {
    a2: {
        Model: () => a2Model
    },
    settings: () => new SvcdefSettings(),
    time: {
        HolidayFiles: (services) => new HolidayFiles(services.shared.workspace.FileSystemProvider),
        Calendars: (services) => new Calendars(file => {
            const read = services.time.HolidayFiles.read(file);
            return 'holidays' in read ? read.holidays : [];
        })
    },
    parser: {
        Lexer: (services) => new SvcdefLexer(services),
        LangiumParser: (services) => createParser(services, { warn: warnOncePerProcess }),
        ValueConverter: () => new SvcdefValueConverter(),
        LexerErrorMessageProvider: () => new SvcdefLexerErrorMessageProvider(),
        ParserErrorMessageProvider: (services) => new SvcdefParserErrorMessageProvider(services.Grammar)
    },
    references: {
        Linker: (services) => new SvcdefLinker(services),
        ScopeComputation: (services) => new SvcdefScopeComputation(services),
        ScopeProvider: (services) => new SvcdefScopeProvider(services)
    },
    validation: {
        DocumentValidator: (services) => new SvcdefDocumentValidator(services),
        ValidationRegistry: (services) => new SvcdefValidationRegistry(services)
    },
    workspace: {
        WorkspaceIndex: (services) => new SvcdefWorkspaceIndex(services.shared),
        DependencyClosures: (services) => new DependencyClosures(services.shared, services.workspace.WorkspaceIndex),
        AstNodeDescriptionProvider: (services) => new SvcdefAstNodeDescriptionProvider(services),
        ReferenceDescriptionProvider: (services) => new SvcdefReferenceDescriptionProvider(services)
    },
    lsp: {
        CompletionProvider: (services) => new SvcdefCompletionProvider(services),
        HoverProvider: (services) => new SvcdefHoverProvider(services),
        RenameProvider: (services) => new SvcdefRenameProvider(services),
        DocumentSymbolProvider: (services) => new SvcdefDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new SvcdefFoldingRangeProvider(services),
        Formatter: (services) => new SvcdefFormatter(services),
        SemanticTokenProvider: (services) => new SvcdefSemanticTokenProvider(services),
        CodeActionProvider: (services) => new SvcdefCodeActionProvider(services),
        InlayHintProvider: (services) => new SvcdefInlayHintProvider(services),
        CodeLensProvider: (services) => new SvcdefCodeLensProvider(services)
    }
};

export const SvcdefSharedModule: Module<LangiumSharedServices, DeepPartial<LangiumSharedServices>> = {
    ServiceRegistry: (services) => new SvcdefServiceRegistry(services),
    workspace: {
        LangiumDocuments: (services) => new SvcdefLangiumDocuments(services as LangiumSharedCoreServices),
        WorkspaceManager: (services) => new SvcdefWorkspaceManager(services as LangiumSharedCoreServices),
        DocumentBuilder: (services) => new SvcdefDocumentBuilder(services),
        IndexManager: (services) => new SvcdefIndexManager(services)
    },
    lsp: {
        DocumentUpdateHandler: (services) => new SvcdefDocumentUpdateHandler(services),
        NodeKindProvider: () => new SvcdefNodeKindProvider(),
        WorkspaceSymbolProvider: (services) => new SvcdefWorkspaceSymbolProvider(services),
        // Lets editors open the built-in library that go-to-definition on `availability` or `A243` lands in.
        TextDocumentContentProvider: (services) => new DefaultTextDocumentContentProvider(services, BUILTIN_SCHEME)
    }
};

/**
 * Creates the shared services and the svcdef language services. The context decides
 * where files come from (Node's file system for the CLI and server, an in-memory one
 * for tests) and whether an LSP connection is attached.
 */
export interface SvcdefServiceOptions {
    /**
     * One build, then read the results (the CLI): the reverse index of references, which
     * only find-references, rename and incremental rebuilds read, is not built.
     */
    readonly batch?: boolean;
    /**
     * Where warnings about the language core go, such as that svcdef fell back to Langium's
     * own parser: by default the client's log when a connection is attached
     * (`connection.console.warn`), otherwise the console (stderr), once per process.
     */
    readonly warn?: (message: string) => void;
    /** What the check of Langium's parser internals looks at (see `createParser`); tests hide members to show the fallback. */
    readonly inspectLangiumParser?: ParserChoiceOptions['inspect'];
}

/** Langium's parser or svcdef's, chosen once, with any warning sent where `options` says. */
function parserModule(context: DefaultSharedModuleContext, options: SvcdefServiceOptions): Module<SvcdefServices, PartialLangiumServices> {
    const connection = context.connection;
    const warn = options.warn ?? (connection ? (message: string) => connection.console.warn(message) : warnOncePerProcess);
    return {
        parser: {
            LangiumParser: (services) => createParser(services, { warn, inspect: options.inspectLangiumParser })
        }
    };
}

/** For batch runs: no reference descriptions are collected, and nobody is told of later changes. */
const BatchModule: Module<SvcdefServices, PartialLangiumServices & DeepPartial<SvcdefAddedServices>> = {
    workspace: {
        ReferenceDescriptionProvider: () => ({ createDescriptions: async () => [] }),
        WorkspaceIndex: (services) => new SvcdefWorkspaceIndex(services.shared, false)
    }
};

export function createSvcdefServices(context: DefaultSharedModuleContext, options: SvcdefServiceOptions = {}): {
    shared: LangiumSharedServices;
    Svcdef: SvcdefServices;
} {
    const shared = inject(
        createDefaultSharedModule(context),
        SvcdefGeneratedSharedModule,
        SvcdefSharedModule
    );
    const parser = parserModule(context, options);
    const Svcdef = options.batch
        ? inject(createDefaultModule({ shared }), SvcdefGeneratedModule, SvcdefModule, BatchModule, parser)
        : inject(createDefaultModule({ shared }), SvcdefGeneratedModule, SvcdefModule, parser);
    shared.ServiceRegistry.register(Svcdef);
    registerValidationChecks(Svcdef);
    if (!context.connection) {
        // Without a language client nobody sends the configuration; start from defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Svcdef };
}
