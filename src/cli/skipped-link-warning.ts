import type { OutputStream } from './cli-io.js';
import type { SkippedLink } from './svcdef-file-finder.js';
import { visibleControls } from './visible-controls.js';

/**
 * One line on stderr for a symbolic link that was not followed because it leads outside
 * every folder named. A warning, not a diagnostic: the link is not part of the workspace,
 * so it has no place in the report, but a file that silently went missing would be worse.
 */
export function warnOfSkippedLink(stderr: OutputStream): (link: SkippedLink) => void {
    return link => stderr.write(
        `svcdef: warning: skipped ${visibleControls(link.shown)}: a symbolic link to ${visibleControls(link.target)}, `
        + 'outside the folders being read. Pass --follow-symlinks to read it.\n'
    );
}
