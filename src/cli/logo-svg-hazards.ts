/**
 * What in a logo SVG could act rather than draw. The logo is copied as it is into the
 * published site, where anyone can open `assets/logo.svg` directly, on the site's origin: as
 * a document an SVG runs its scripts and event handlers, follows `javascript:` links, renders
 * HTML inside `<foreignObject>`, and loads what it references. A logo needs none of that, so
 * rather than rewrite the file (and risk publishing something other than what was drawn) the
 * run refuses it and says what to remove.
 *
 * The checks err on the side of refusing: they look at the raw text, so a word inside a
 * comment or in `<text>` can be taken for markup. A logo exported from a drawing program has
 * none of these.
 */

/** The first hazard found: what it is (to complete "the logo … has …"), what to do, and its 1-based line. */
export interface LogoHazard {
    readonly what: string;
    readonly remedy: string;
    readonly line: number;
}

const ELEMENT_NAME = String.raw`(?:[A-Za-z_][\w.-]*:)?`;
const TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ANIMATION = new Set(['animate', 'set', 'animatemotion', 'animatetransform']);

export function logoHazard(svg: string): LogoHazard | undefined {
    const found: { what: string; remedy: string; offset: number }[] = [];
    const first = (pattern: RegExp, what: string, remedy = 'Remove it') => {
        const match = pattern.exec(svg);
        if (match) {
            found.push({ what, remedy, offset: match.index });
        }
    };
    first(/<!DOCTYPE/i, 'a <!DOCTYPE> declaration, which can define entities that expand into markup');
    first(/<!ENTITY/i, 'an <!ENTITY> declaration');
    first(/<\?xml-stylesheet/i, 'an <?xml-stylesheet?> instruction, which loads a style sheet from elsewhere');
    first(new RegExp(`<\\s*${ELEMENT_NAME}script\\b`, 'i'), 'a <script> element');
    first(new RegExp(`<\\s*${ELEMENT_NAME}foreignObject\\b`, 'i'), 'a <foreignObject> element, which can hold HTML');
    first(/http:\/\/www\.w3\.org\/1999\/xhtml/i, 'HTML elements (the XHTML namespace)', 'Remove them');
    first(/[\s"'/]on[a-z]+\s*=/i, 'an event-handler attribute (on…=), which runs script');
    first(/@import\b/i, 'a CSS @import, which loads a style sheet from elsewhere');
    first(/url\(\s*['"]?\s*(?!#)[^\s)'"]/i, 'a CSS url(…) that is not a #fragment of the logo itself', 'Remove it, and draw what it shows in the logo itself');
    for (const tag of svg.matchAll(TAG)) {
        const element = localName(tag[1]);
        for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
            const name = localName(attribute[1]);
            const value = decodeReferences(attribute[2] ?? attribute[3] ?? '');
            // Browsers ignore white space and control characters inside a URL's scheme: `java\tscript:`.
            const squeezed = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
            const offset = tag.index;
            if (squeezed.includes('javascript:')) {
                found.push({ what: `a javascript: URL in ${attribute[1]}=`, remedy: 'Remove it', offset });
            } else if ((name === 'href' || name === 'src') && squeezed !== '' && !squeezed.startsWith('#')) {
                found.push({ what: `a reference to something outside the file (${attribute[1]}=)`, remedy: 'Remove it, and draw what it shows in the logo itself', offset });
            } else if (ANIMATION.has(element) && name === 'attributename' && localName(squeezed) === 'href') {
                found.push({ what: `an animation (<${tag[1]}>) that changes a link, which can point it at script`, remedy: 'Remove it', offset });
            }
        }
    }
    if (found.length === 0) {
        return undefined;
    }
    const earliest = found.reduce((a, b) => (b.offset < a.offset ? b : a));
    return { what: earliest.what, remedy: earliest.remedy, line: lineOf(svg, earliest.offset) };
}

function localName(name: string): string {
    return name.slice(name.lastIndexOf(':') + 1).toLowerCase();
}

/** XML decodes character references in attribute values before anything reads them: `&#106;avascript:` is `javascript:`. */
function decodeReferences(value: string): string {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    return value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));?/gi, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
        const code = hex !== undefined ? parseInt(hex, 16) : decimal !== undefined ? parseInt(decimal, 10) : undefined;
        if (code !== undefined) {
            return code <= 0x10ffff ? String.fromCodePoint(code) : '';
        }
        return named[name!.toLowerCase()] ?? whole;
    });
}

function lineOf(text: string, offset: number): number {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
    }
    return line;
}
