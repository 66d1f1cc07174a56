/**
 * Tells the client when the workspace it shows has changed: as soon as a change starts to
 * be built, what was computed from the previous state is dropped (`onChange`); once the
 * workspace is validated again, and no further change followed within `delayMs`, the
 * client hears `svcdef/workspaceChanged` and asks again for what it shows. Typing builds
 * on every keystroke; the delay turns a burst into one refresh.
 */
import { Disposable, DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { WorkspaceChangedNotification } from '../protocol/svcdef-requests.js';
import { userDocuments } from './built-workspace.js';

export const ANNOUNCE_DELAY_MS = 300;

export function announceWorkspaceChanges(
    connection: Pick<Connection, 'sendNotification'>,
    shared: LangiumSharedServices,
    onChange: () => void,
    delayMs = ANNOUNCE_DELAY_MS
): Disposable {
    const builder = shared.workspace.DocumentBuilder;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const updates = builder.onUpdate(() => {
        if (timer) clearTimeout(timer);
        timer = undefined;
        onChange();
    });
    const validated = builder.onBuildPhase(DocumentState.Validated, () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
            timer = undefined;
            void connection.sendNotification(WorkspaceChangedNotification, { files: userDocuments(shared).length });
        }, delayMs);
    });
    return Disposable.create(() => {
        if (timer) clearTimeout(timer);
        updates.dispose();
        validated.dispose();
    });
}
