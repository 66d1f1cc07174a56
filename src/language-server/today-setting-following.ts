/**
 * The `svcdef.today` setting, followed by every svcdef language server (Node and web worker):
 * it fixes the date that date checks such as `expired-sla` compare against.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { isBuiltinUri } from '../language/builtin/builtin-library.js';
import { parseIsoDate } from '../language/literals.js';
import type { SvcdefServices } from '../language/svcdef-module.js';

/** The client's configuration section and the key in it that fixes "today" for date checks. */
const SECTION = 'svcdef';
const TODAY_KEY = 'today';

/**
 * Keeps `Svcdef.settings.today` equal to the client's `svcdef.today` and re-validates the
 * workspace when it changes, so that `expired-sla` answers to the date the user set.
 *
 * Langium fetches the section once after `initialized` (without announcing it) and then
 * announces every `didChangeConfiguration` push; both paths end here.
 */
export function followTodaySetting(connection: Connection, shared: LangiumSharedServices, services: SvcdefServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    // The fixed date in force; undefined while the real date is used.
    let applied: string | undefined;

    const apply = async (value: unknown): Promise<void> => {
        const today = readToday(value);
        if (today === applied) {
            return;
        }
        try {
            if (today !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(today) && parseIsoDate(today) === undefined) {
                throw new Error(`${today} is not a date that exists.`);
            }
            services.settings.setToday(today);
            applied = today;
        } catch (error) {
            // A notification, not a request: nothing waits for the user to dismiss it.
            void connection.sendNotification(ShowMessageNotification.type, {
                type: MessageType.Warning,
                message: `svcdef.today: ${error instanceof Error ? error.message : String(error)} Date checks use the real date until it is fixed.`
            });
            services.settings.setToday(undefined);
            const wasFixed = applied !== undefined;
            applied = undefined;
            if (!wasFixed) {
                return;
            }
        }
        await revalidate(shared);
    };

    void configuration.ready
        .then(() => configuration.getConfiguration(SECTION, TODAY_KEY))
        .then(apply)
        .catch(error => connection.console.error(`Could not read the svcdef.today setting: ${String(error)}`));

    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === SECTION) {
            const section: unknown = update.configuration;
            const value = typeof section === 'object' && section !== null ? (section as Record<string, unknown>)[TODAY_KEY] : undefined;
            apply(value).catch(error => connection.console.error(`Could not apply the svcdef.today setting: ${String(error)}`));
        }
    });
}

/** An empty or missing setting means the real date. */
function readToday(value: unknown): string | undefined {
    if (typeof value !== 'string') {
        return undefined;
    }
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}

/**
 * Validates every user document again through the same path an edit takes: under the
 * workspace write lock, via `DocumentBuilder.update`, which also finishes any build that
 * taking the lock cancelled (the initial workspace build, for instance).
 */
async function revalidate(shared: LangiumSharedServices): Promise<void> {
    const builder = shared.workspace.DocumentBuilder;
    await shared.workspace.WorkspaceLock.write(async token => {
        const validated = shared.workspace.LangiumDocuments.all
            .filter((document: LangiumDocument) => !isBuiltinUri(document.uri) && document.state >= DocumentState.Validated)
            .toArray();
        for (const document of validated) {
            builder.resetToState(document, DocumentState.IndexedReferences);
        }
        await builder.update([], [], token);
    });
}
