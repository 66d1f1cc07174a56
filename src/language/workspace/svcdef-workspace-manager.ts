import {
    DefaultWorkspaceManager, DocumentState, Emitter, UriUtils, type Event, type FileSystemNode, type LangiumDocument,
    type LangiumDocumentFactory, type LangiumSharedCoreServices, type TextDocumentProvider, type URI, type WorkspaceFolder
} from 'langium';
import { a2Model } from '../../a2/a2-reference-model.js';
import { BUILTIN_LIBRARY_URI, builtinLibraryText, isBuiltinUri } from '../builtin/builtin-library.js';
import { SvcdefSettings } from '../svcdef-settings.js';
import { findWorkspaceConfiguration } from './workspace-configuration-discovery.js';
import { WorkspaceConfigurationError } from './workspace-configuration-error.js';
import { leadsOutOf, type LocatedFileSystemNode } from './real-location.js';
import { WorkspaceInclusionRule } from './workspace-inclusion-rule.js';

/**
 * Loads the built-in library next to the user's files, so it takes part in linking, and
 * validates the whole workspace at start-up: a catalog's problems matter in files the
 * user has not opened yet.
 *
 * Which files make up the workspace is WorkspaceInclusionRule's decision, the same the
 * CLI follows, under the `svcdef.json` that governs each workspace folder; its `today`
 * fixes the date for date checks unless the client's `svcdef.today` does.
 */
export class SvcdefWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;
    private readonly textDocuments: TextDocumentProvider | undefined;
    private rules: WorkspaceInclusionRule[] = [];
    /** Each rule's root with symbolic links resolved, where the file system tells (see LocatedFileSystemNode). */
    private realRoots = new Map<WorkspaceInclusionRule, URI | undefined>();
    private problems: readonly WorkspaceConfigurationError[] = [];
    private readonly configurationEmitter = new Emitter<readonly WorkspaceConfigurationError[]>();

    override initialBuildOptions = { validation: true };

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
        this.textDocuments = services.workspace.TextDocuments;
    }

    /**
     * Fires each time the workspace folders' `svcdef.json` files have been read, with what
     * was wrong in them; a folder whose file is unusable is read with the defaults.
     */
    get onDidReadConfiguration(): Event<readonly WorkspaceConfigurationError[]> {
        return this.configurationEmitter.event;
    }

    /** What was wrong in the `svcdef.json` files when they were last read. */
    get configurationProblems(): readonly WorkspaceConfigurationError[] {
        return this.problems;
    }

    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        // Without folders (the CLI, tests) the caller chose the files and settles the date itself.
        if (folders.length > 0) {
            await this.readConfigurations(folders);
        }
        return super.performStartup(folders);
    }

    protected override async loadAdditionalDocuments(
        folders: WorkspaceFolder[],
        collector: (document: LangiumDocument) => void
    ): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        if (!this.langiumDocuments.hasDocument(BUILTIN_LIBRARY_URI)) {
            collector(this.documentFactory.fromString(builtinLibraryText(a2Model), BUILTIN_LIBRARY_URI));
        }
    }

    /**
     * Decides for the start-up scan and for files and folders that appear later alike, so
     * the whole path from the workspace folder is checked, not only the entry's own name.
     */
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        // A symbolic link is neither: links are not followed, as in Langium's own scan.
        if (!entry.isFile && !entry.isDirectory) {
            return false;
        }
        const rule = this.ruleFor(entry.uri);
        // A file or folder the editor reports is looked up through links: not one that leads out.
        if (leadsOutOf(this.realRoots.get(rule), entry)) {
            return false;
        }
        return rule.admitsPath(rule.pathOf(entry.uri), entry.isDirectory);
    }

    /** Langium searches a folder the editor reports as created without asking `shouldIncludeEntry` first. */
    override async searchFolder(uri: URI): Promise<URI[]> {
        const rule = this.rules.find(candidate => UriUtils.equals(candidate.root, uri));
        if (!rule) {
            const entry = await this.fileSystemProvider.stat(uri).catch(() => undefined);
            if (entry && leadsOutOf(this.realRoots.get(this.ruleFor(uri)), entry)) {
                return [];
            }
        }
        return super.searchFolder(uri);
    }

    /**
     * Reads the `svcdef.json` files again (one changed) and brings the workspace in line:
     * files now left out are dropped unless open in the editor, files now taken are
     * loaded, and everything is validated again when the date in force changed.
     */
    async reloadConfiguration(): Promise<void> {
        await this.ready;
        if (!this.folders || this.folders.length === 0) {
            return;
        }
        await this.mutex.write(async token => {
            const todayBefore = this.todayInForce();
            const folders = this.folders ?? [];
            await this.readConfigurations(folders);
            const admitted = (await Promise.all(folders.map(folder => this.searchFolder(this.getRootFolder(folder))))).flat();
            const admittedKeys = new Set(admitted.map(uri => uri.toString()));
            const removed = this.langiumDocuments.all
                .map(document => document.uri)
                .filter(uri => !isBuiltinUri(uri) && !admittedKeys.has(uri.toString()) && this.textDocuments?.get(uri) === undefined)
                .toArray();
            const added = admitted.filter(uri => !this.langiumDocuments.hasDocument(uri));
            if (this.todayInForce() !== todayBefore) {
                for (const document of this.langiumDocuments.all) {
                    if (!isBuiltinUri(document.uri) && document.state >= DocumentState.Validated) {
                        this.documentBuilder.resetToState(document, DocumentState.IndexedReferences);
                    }
                }
            }
            await this.documentBuilder.update(added, removed, token);
        });
    }

    private async readConfigurations(folders: readonly WorkspaceFolder[]): Promise<void> {
        const problems: WorkspaceConfigurationError[] = [];
        this.rules = await Promise.all(folders.map(async folder => {
            const root = this.getRootFolder(folder);
            try {
                return WorkspaceInclusionRule.forRoot(root, await findWorkspaceConfiguration(this.fileSystemProvider, root));
            } catch (error) {
                if (!(error instanceof WorkspaceConfigurationError)) {
                    throw error;
                }
                problems.push(new WorkspaceConfigurationError(error.uri, error.position, error.problem,
                    `${error.remedy} Until it is fixed, the workspace folder '${folder.name}' is read with the defaults.`));
                return WorkspaceInclusionRule.forRoot(root);
            }
        }));
        this.realRoots = new Map(await Promise.all(this.rules.map(async rule =>
            [rule, (await this.fileSystemProvider.stat(rule.root).catch(() => undefined) as LocatedFileSystemNode | undefined)?.realUri] as const)));
        const dated = distinctBy(this.rules.flatMap(({ configuration }) =>
            (configuration?.today ? [{ file: configuration.uri, ...configuration.today }] : [])), entry => entry.file.toString());
        const [first, ...others] = dated;
        for (const other of others.filter(entry => entry.date !== first.date)) {
            problems.push(new WorkspaceConfigurationError(other.file, other.position,
                `"today" is ${other.date} here but ${first.date} in ${first.file.fsPath}, and the editor checks against one date`,
                'The first workspace folder\'s date is used; write the same date in both, or set svcdef.today.'));
        }
        this.applyConfiguredToday(first?.date);
        this.problems = distinctBy(problems, problem => problem.message);
        this.configurationEmitter.fire(this.problems);
    }

    /** The languages' settings belong to the language services, not to this shared one. */
    private svcdefSettings(): SvcdefSettings[] {
        return this.serviceRegistry.all
            .map(services => (services as { settings?: unknown }).settings)
            .filter((settings): settings is SvcdefSettings => settings instanceof SvcdefSettings);
    }

    private applyConfiguredToday(today: string | undefined): void {
        this.svcdefSettings().forEach(settings => settings.setConfiguredToday(today));
    }

    private todayInForce(): string | undefined {
        return this.svcdefSettings()[0]?.today;
    }

    /** The rule of the innermost workspace folder holding the URI; outside every folder, the defaults for the entry alone. */
    private ruleFor(uri: URI): WorkspaceInclusionRule {
        let best: WorkspaceInclusionRule | undefined;
        for (const rule of this.rules) {
            if (rule.contains(uri) && (!best || rule.root.path.length > best.root.path.length)) {
                best = rule;
            }
        }
        return best ?? WorkspaceInclusionRule.forRoot(UriUtils.dirname(uri));
    }
}

function distinctBy<T>(items: readonly T[], key: (item: T) => unknown): T[] {
    const seen = new Set<unknown>();
    return items.filter(item => {
        const itemKey = key(item);
        if (seen.has(itemKey)) {
            return false;
        }
        seen.add(itemKey);
        return true;
    });
}
