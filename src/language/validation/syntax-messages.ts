/**
 * Chevrotain words its expectations as token-sequence listings ("Expecting: one of these
 * possible Token sequences: 1. [planned] 2. [pipeline] … but found: 'active'"). Users
 * read a sentence better: "Expected one of planned, pipeline, …; found 'active'."
 */
export function friendlySyntaxMessage(message: string): string {
    const found = /but found:? ?'([^']*)'/.exec(message)?.[1];
    const foundText = found === undefined ? '' : found === '' ? '; found the end of the file' : `; found '${found}'`;
    const sequences = [...message.matchAll(/^\s*\d+\. \[(.+)\]\s*$/gm)].map(match => match[1].split(', ').join(' '));
    if (sequences.length > 0) {
        const unique = [...new Set(sequences)];
        const listed = unique.length > 12 ? [...unique.slice(0, 12), '…'] : unique;
        return `Expected ${unique.length === 1 ? '' : 'one of '}${listed.map(tokenText).join(', ')}${foundText}.`;
    }
    const single = /^Expecting token of type '([^']+)'/.exec(message)?.[1];
    if (single) {
        return `Expected ${tokenText(single)}${foundText}.`;
    }
    return message;
}

const TOKEN_WORDS: Record<string, string> = {
    ID: 'a name',
    STRING: 'a string in double quotes',
    NUMBER: 'a number',
    PERCENT: 'a percentage such as 99.9%',
    DURATION: 'a duration such as 30min',
    DATE: 'a date such as 2026-01-01',
    CALENDAR_NAME: 'a calendar name',
    MULTIPLIER: 'a factor such as x3.0',
    YEAR_MONTH: 'a month such as 2027-03',
    YEAR_QUARTER: 'a quarter such as 2027-Q1',
    EOF: 'the end of the file'
};

function tokenText(token: string): string {
    return TOKEN_WORDS[token] ?? `'${token}'`;
}
