/**
 * The catalog preview follows the editor's theme rather than the operating system's.
 * The site's stylesheet switches palettes with `prefers-color-scheme`, which inside a
 * webview follows the operating system; VS Code instead marks the webview's body with
 * the theme's kind (`vscode-light`, `vscode-dark`, `vscode-high-contrast`,
 * `vscode-high-contrast-light`). So the preview rewrites each colour-scheme block of the
 * site's stylesheet into the same rules scoped under those classes: the published palette,
 * without a copy of it here that could drift.
 */

/** Body classes of the editor themes each colour scheme of the site stands for. */
export const THEME_SCOPES: Readonly<Record<'dark' | 'light', readonly string[]>> = {
    dark: ['body.vscode-dark', 'body.vscode-high-contrast:not(.vscode-high-contrast-light)'],
    light: ['body.vscode-light', 'body.vscode-high-contrast-light']
};

/** The stylesheet with every `prefers-color-scheme` block applying under the editor theme's classes instead. */
export function themedStylesheet(css: string): string {
    let out = '';
    let index = 0;
    for (;;) {
        const at = nextTopLevelMedia(css, index);
        if (at === undefined) break;
        const open = css.indexOf('{', at);
        const close = matchingBrace(css, open);
        const prelude = css.slice(at + '@media'.length, open).trim();
        const scheme = /prefers-color-scheme\s*:\s*(dark|light)/i.exec(prelude)?.[1]?.toLowerCase() as 'dark' | 'light' | undefined;
        const conditions = prelude.split(/\s+and\s+/i);
        // Only plain conjunctions are rewritten; a query with `,`, `or` or `not` is left as the site wrote it.
        if (scheme === undefined || /,|\bor\b|\bnot\b|\bonly\b/i.test(prelude)) {
            out += css.slice(index, close + 1);
        } else {
            const rest = conditions.filter(condition => !/prefers-color-scheme/i.test(condition)).join(' and ');
            const rules = scopedRules(css.slice(open + 1, close), THEME_SCOPES[scheme]);
            out += css.slice(index, at) + (rest ? `@media ${rest}{${rules}}` : rules);
        }
        index = close + 1;
    }
    return out + css.slice(index);
}

/** Rules (and nested at-rules) with each selector placed under each scope. */
function scopedRules(css: string, scopes: readonly string[]): string {
    let out = '';
    let index = 0;
    while (index < css.length) {
        const open = css.indexOf('{', index);
        if (open < 0) return out + css.slice(index);
        const close = matchingBrace(css, open);
        const prelude = css.slice(index, open).trim();
        const body = css.slice(open + 1, close);
        out += prelude.startsWith('@')
            ? `${prelude}{${scopedRules(body, scopes)}}`
            : `${splitSelectors(prelude).flatMap(selector => scopes.map(scope => scoped(selector, scope))).join(',')}{${body}}`;
        index = close + 1;
    }
    return out;
}

/** The document's root and body are the scope itself; anything else lies inside it. */
function scoped(selector: string, scope: string): string {
    const root = /^(?:(?::root|html)(?:\s+body)?|body)(?![\w-])/.exec(selector);
    return root ? scope + selector.slice(root[0].length) : `${scope} ${selector}`;
}

function splitSelectors(list: string): string[] {
    const selectors: string[] = [];
    let depth = 0;
    let start = 0;
    for (let index = 0; index < list.length; index++) {
        const char = list[index];
        if (char === '(' || char === '[') depth++;
        else if (char === ')' || char === ']') depth--;
        else if (char === ',' && depth === 0) {
            selectors.push(list.slice(start, index).trim());
            start = index + 1;
        }
    }
    selectors.push(list.slice(start).trim());
    return selectors.filter(selector => selector !== '');
}

function nextTopLevelMedia(css: string, from: number): number | undefined {
    let depth = 0;
    for (let index = from; index < css.length; index++) {
        const char = css[index];
        if (char === '"' || char === "'") index = endOfString(css, index);
        else if (char === '{') depth++;
        else if (char === '}') depth--;
        else if (depth === 0 && char === '@' && css.startsWith('@media', index)) return index;
    }
    return undefined;
}

function matchingBrace(css: string, open: number): number {
    let depth = 0;
    for (let index = open; index < css.length; index++) {
        const char = css[index];
        if (char === '"' || char === "'") index = endOfString(css, index);
        else if (char === '{') depth++;
        else if (char === '}' && --depth === 0) return index;
    }
    throw new Error('The stylesheet has an unclosed block.');
}

function endOfString(css: string, start: number): number {
    for (let index = start + 1; index < css.length; index++) {
        if (css[index] === '\\') index++;
        else if (css[index] === css[start]) return index;
    }
    return css.length;
}

/**
 * The preview's own rules: form controls and scrollbars in the editor theme's scheme, the
 * bar in the editor's colours (VS Code defines the `--vscode-*` variables in every
 * webview), and the page edge to edge, without the padding VS Code gives a webview's body.
 */
export const PREVIEW_STYLE = `
body{padding:0;min-height:100vh}
${THEME_SCOPES.light.join(',')},:root:has(${THEME_SCOPES.light.join(',')}){color-scheme:light}
${THEME_SCOPES.dark.join(',')},:root:has(${THEME_SCOPES.dark.join(',')}){color-scheme:dark}
.svcdef-preview-bar{position:sticky;top:0;z-index:40;display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .75rem;padding:.4rem 1.25rem;background:var(--vscode-editorWidget-background,#eef2f6);border-bottom:1px solid var(--vscode-editorWidget-border,#d3d9e1);font:13px/1.4 var(--vscode-font-family,system-ui,sans-serif);color:var(--vscode-foreground,#1b2129)}
.svcdef-preview-bar label{font-weight:600}
.svcdef-preview-bar select{font:inherit;padding:.1rem .3rem;color:var(--vscode-dropdown-foreground,inherit);background:var(--vscode-dropdown-background,#fff);border:1px solid var(--vscode-dropdown-border,#d3d9e1)}
.svcdef-preview-bar button{font:inherit;padding:.15rem .6rem;cursor:pointer;color:var(--vscode-button-secondaryForeground,#1b2129);background:var(--vscode-button-secondaryBackground,#fff);border:1px solid var(--vscode-button-border,transparent);border-radius:2px}
.svcdef-preview-bar button:hover:not(:disabled){background:var(--vscode-button-secondaryHoverBackground,#e3e8ee)}
.svcdef-preview-bar button:disabled{opacity:.5;cursor:default}
.svcdef-preview-bar :focus-visible{outline:1px solid var(--vscode-focusBorder,#0a58a8);outline-offset:1px}
.svcdef-preview-page{background:none;color:var(--vscode-descriptionForeground,#4b5663);overflow-wrap:anywhere}
.svcdef-preview-status{color:var(--vscode-descriptionForeground,#4b5663);margin-left:auto}
`.trim();
