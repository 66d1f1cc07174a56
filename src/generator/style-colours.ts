/**
 * The site's colours, light and dark, as CSS custom properties: every rule of the
 * stylesheet uses these, so the dark scheme is one block that swaps the values. Each text
 * colour keeps at least 4.5:1 contrast against the backgrounds it is drawn on (WCAG AA),
 * which a test checks from these tables.
 */
export interface Palette {
    /** Page background. */
    readonly bg: string;
    /** Body text. */
    readonly fg: string;
    /** Secondary text: subtitles, footers, empty cells. */
    readonly muted: string;
    readonly line: string;
    /** Background of table headers, filters, code and absent matrix cells. */
    readonly soft: string;
    readonly accent: string;
    readonly draft: string;
    readonly draftBg: string;
    readonly live: string;
    readonly retiring: string;
    readonly retired: string;
    readonly planned: string;
    /** Background of a bound cell in the coverage matrix. */
    readonly bound: string;
    readonly focus: string;
}

export const LIGHT: Palette = {
    bg: '#ffffff', fg: '#1b2129', muted: '#4b5663', line: '#d3d9e1', soft: '#f2f5f8', accent: '#0a58a8',
    draft: '#a3132b', draftBg: '#fff3f4', live: '#11652c', retiring: '#7a4f00', retired: '#5c6670', planned: '#0a58a8',
    bound: '#e4f3e8', focus: '#e8a317'
};

export const DARK: Palette = {
    bg: '#14181d', fg: '#e6e9ed', muted: '#a9b3bf', line: '#3a424c', soft: '#1f252c', accent: '#8cc2ff',
    draft: '#ff8f9e', draftBg: '#3a1219', live: '#72d48f', retiring: '#f0b64e', retired: '#aab3bc', planned: '#8cc2ff',
    bound: '#173722', focus: '#f0b64e'
};

/** Text colours and the backgrounds each is drawn on, for the contrast check. */
export const TEXT_ON: ReadonlyArray<readonly [keyof Palette, readonly (keyof Palette)[]]> = [
    ['fg', ['bg', 'soft', 'bound', 'draftBg']],
    ['muted', ['bg', 'soft']],
    ['accent', ['bg', 'soft']],
    ['draft', ['bg', 'draftBg']],
    ['live', ['bg', 'soft']],
    ['retiring', ['bg', 'soft']],
    ['retired', ['bg', 'soft']],
    ['planned', ['bg', 'soft']]
];

function variables(palette: Palette): string {
    return Object.entries(palette).map(([name, value]) => `--${name.replace(/[A-Z]/g, upper => `-${upper.toLowerCase()}`)}:${value}`).join(';');
}

export const COLOUR_STYLE = `
:root{color-scheme:light dark;${variables(LIGHT)}}
@media (prefers-color-scheme:dark){:root{${variables(DARK)}}}
`.trim();
