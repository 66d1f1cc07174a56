import { describe, expect, it } from 'vitest';
import { SITE_STYLE } from '../generator/site-style.js';
import { PREVIEW_STYLE, THEME_SCOPES, themedStylesheet } from './preview-theme.js';

const DARK = THEME_SCOPES.dark.join(',');

describe('the preview follows the editor theme, not the operating system', () => {
    it('applies the site\'s dark palette under the dark and high-contrast body classes VS Code sets', () => {
        const css = ':root{--bg:#fff;--fg:#111}\n@media (prefers-color-scheme:dark){:root{--bg:#000;--fg:#eee}}\nbody{background:var(--bg)}';
        expect(themedStylesheet(css)).toBe(`:root{--bg:#fff;--fg:#111}\n${DARK}{--bg:#000;--fg:#eee}\nbody{background:var(--bg)}`);
        expect(THEME_SCOPES.dark).toEqual(['body.vscode-dark', 'body.vscode-high-contrast:not(.vscode-high-contrast-light)']);
    });

    it('places other selectors of a scheme block inside the scope, and the root and body on it', () => {
        const css = '@media (prefers-color-scheme: dark){td.bound, .badge:is(.a,.b){color:#0f0}html body .x{color:red}body.draft{color:blue}}';
        expect(themedStylesheet(css)).toBe(
            'body.vscode-dark td.bound,body.vscode-high-contrast:not(.vscode-high-contrast-light) td.bound,'
            + 'body.vscode-dark .badge:is(.a,.b),body.vscode-high-contrast:not(.vscode-high-contrast-light) .badge:is(.a,.b){color:#0f0}'
            + 'body.vscode-dark .x,body.vscode-high-contrast:not(.vscode-high-contrast-light) .x{color:red}'
            + 'body.vscode-dark.draft,body.vscode-high-contrast:not(.vscode-high-contrast-light).draft{color:blue}');
    });

    it('keeps the other conditions of a combined query, and light-scheme rules under the light classes', () => {
        expect(themedStylesheet('@media (max-width:40rem) and (prefers-color-scheme:dark){.bar{color:#fff}}'))
            .toBe('@media (max-width:40rem){body.vscode-dark .bar,body.vscode-high-contrast:not(.vscode-high-contrast-light) .bar{color:#fff}}');
        expect(themedStylesheet('@media (prefers-color-scheme:light){:root{--bg:#fff}}'))
            .toBe('body.vscode-light,body.vscode-high-contrast-light{--bg:#fff}');
    });

    it('leaves every other rule and query as the site wrote it', () => {
        const css = 'a{content:"{"}\n@media print{.site-nav{display:none}}\n@media (max-width:30rem){table{display:block}}\n'
            + '@media not all and (prefers-color-scheme:dark){.x{color:red}}';
        expect(themedStylesheet(css)).toBe(css);
    });

    it('leaves no rule of the published stylesheet depending on the operating system\'s scheme', () => {
        const themed = themedStylesheet(SITE_STYLE);
        expect(themed).not.toMatch(/prefers-color-scheme/);
        const darkBlocks = [...SITE_STYLE.matchAll(/@media \(prefers-color-scheme:\s*dark\)\{:root\{([^}]*)\}\}/g)].map(match => match[1]);
        expect(darkBlocks.length).toBeGreaterThan(0);
        for (const declarations of darkBlocks) {
            expect(themed).toContain(`${DARK}{${declarations}}`);
        }
    });

    it('sets the editor theme\'s scheme for form controls and scrollbars', () => {
        expect(PREVIEW_STYLE).toContain(`${DARK},:root:has(${DARK}){color-scheme:dark}`);
        expect(PREVIEW_STYLE).toContain('body.vscode-light,body.vscode-high-contrast-light,:root:has(body.vscode-light,body.vscode-high-contrast-light){color-scheme:light}');
    });
});
