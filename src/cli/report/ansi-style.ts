/**
 * The few terminal styles the pretty report uses. A style set with colors off returns
 * its input unchanged, so the formatter is written once for both cases.
 */
export interface Styles {
    readonly bold: (text: string) => string;
    readonly dim: (text: string) => string;
    readonly red: (text: string) => string;
    readonly yellow: (text: string) => string;
    readonly cyan: (text: string) => string;
    readonly green: (text: string) => string;
}

function sgr(open: number, close: number): (text: string) => string {
    return text => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

const COLORED: Styles = {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    green: sgr(32, 39)
};

const identity = (text: string): string => text;

const PLAIN: Styles = {
    bold: identity,
    dim: identity,
    red: identity,
    yellow: identity,
    cyan: identity,
    green: identity
};

export function stylesFor(colors: boolean): Styles {
    return colors ? COLORED : PLAIN;
}
