import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * The findings that leave a side of a comparison (`diff`, `generate catalog --since`) with
 * no meaning to compare: text that does not parse, and text that was not UTF-8, whose bad
 * bytes would be compared as U+FFFD as if the file said so. Every other finding (an
 * unresolved name, an expired SLA) is compared as it is: a pull request may be fixing it.
 */
const UNREADABLE_CODES: ReadonlySet<string> = new Set(['syntax-error', 'not-utf8']);

export function makesSideUnreadable(diagnostic: Pick<Diagnostic, 'code'>): boolean {
    return typeof diagnostic.code === 'string' && UNREADABLE_CODES.has(diagnostic.code);
}

/** "2 syntax errors and 1 file not saved as UTF-8", for the line that names the side. */
export function unreadableCount(diagnostics: ReadonlyArray<Pick<Diagnostic, 'code'>>): string {
    const syntax = diagnostics.filter(diagnostic => diagnostic.code === 'syntax-error').length;
    const encoding = diagnostics.filter(diagnostic => diagnostic.code === 'not-utf8').length;
    return [
        syntax > 0 ? `${syntax} syntax error${syntax === 1 ? '' : 's'}` : '',
        encoding > 0 ? `${encoding} file${encoding === 1 ? '' : 's'} not saved as UTF-8` : ''
    ].filter(part => part !== '').join(' and ');
}
