import type { Report } from './report-model.js';
import { countSeverities } from './report-model.js';

/** "2 errors, 1 warning in 5 files"; infos are named only when there are some. */
export function summaryLine(report: Report): string {
    const counts = countSeverities(report.diagnostics);
    const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
    if (counts.infos > 0) {
        parts.push(plural(counts.infos, 'info'));
    }
    return `${parts.join(', ')} in ${plural(report.fileCount, 'file')}`;
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
