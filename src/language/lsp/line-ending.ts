/**
 * The line ending a document already uses, read from its first line break: edits that
 * insert line breaks write this one, so that a CRLF file does not end up with mixed
 * endings (which editors and version control report as changes on every such line).
 */
export function lineEndingOf(text: string): '\r\n' | '\n' {
    const lineFeed = text.indexOf('\n');
    return lineFeed > 0 && text[lineFeed - 1] === '\r' ? '\r\n' : '\n';
}

/** Text written with `\n` line breaks, in the given line ending. */
export function withLineEnding(text: string, ending: '\r\n' | '\n'): string {
    return ending === '\n' ? text : text.replace(/\r?\n/g, ending);
}
