import { inflateSync } from 'node:zlib';

/**
 * The text Chromium drew into a PDF, in drawing order: enough to check page furniture such
 * as "Page 1 of 3" without a PDF library. Chromium (Skia) writes each font with a ToUnicode
 * map and draws text as hex glyph strings, which is all this reads.
 */
export function pdfText(pdf: Buffer): string {
    const source = pdf.toString('latin1');
    const objects = new Map<string, string>();
    for (const match of source.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
        objects.set(match[1], match[2]);
    }
    const streamOf = (body: string): string => {
        const match = /stream\r?\n([\s\S]*?)\r?\nendstream/.exec(body);
        if (!match) return '';
        const bytes = Buffer.from(match[1], 'latin1');
        return (/\/FlateDecode/.test(body) ? inflateSync(bytes) : bytes).toString('latin1');
    };
    const fonts = new Map<string, Map<string, string>>();
    for (const body of objects.values()) {
        for (const [, dictionary] of body.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
            for (const [, name, reference] of dictionary.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
                const unicode = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(reference) ?? '')?.[1];
                if (unicode && !fonts.has(name)) fonts.set(name, glyphMap(streamOf(objects.get(unicode) ?? '')));
            }
        }
    }
    let text = '';
    for (const body of objects.values()) {
        if (!/\/FlateDecode/.test(body) || /\/Subtype|\/ToUnicode|\/Length1/.test(body)) continue;
        let font: Map<string, string> | undefined;
        for (const [, name, hex] of streamOf(body).matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>/g)) {
            if (name) font = fonts.get(name);
            else if (font) for (let index = 0; index + 4 <= hex.length; index += 4) text += font.get(hex.slice(index, index + 4).toUpperCase()) ?? '';
        }
    }
    return text;
}

function glyphMap(cmap: string): Map<string, string> {
    const map = new Map<string, string>();
    const unicode = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map(unit => parseInt(unit, 16)));
    for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
        for (const [, glyph, target] of block.matchAll(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>/g)) map.set(glyph.toUpperCase(), unicode(target));
    }
    for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
        for (const [, from, to, target] of block.matchAll(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>/g)) {
            const start = parseInt(target, 16);
            for (let glyph = parseInt(from, 16); glyph <= parseInt(to, 16); glyph++) {
                map.set(glyph.toString(16).toUpperCase().padStart(4, '0'), String.fromCodePoint(start + glyph - parseInt(from, 16)));
            }
        }
    }
    return map;
}

/** The number of pages of a PDF. */
export function pdfPageCount(pdf: Buffer): number {
    return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}
