import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The files under `folder` that make up a workspace, by path relative to it with `/` as
 * separator, as the test fixtures take them: the .svcdef sources and the iCalendar files
 * calendars take their holidays from.
 */
export function workspaceFiles(folder: string): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (current: string) => {
        for (const entry of readdirSync(current, { withFileTypes: true })) {
            const full = path.join(current, entry.name);
            if (entry.isDirectory()) walk(full);
            else if (entry.name.endsWith('.svcdef') || entry.name.endsWith('.ics')) files[path.relative(folder, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
        }
    };
    walk(folder);
    return files;
}
