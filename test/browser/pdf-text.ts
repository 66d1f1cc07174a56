import { inflateSync } from 'node:zlib';

/**
 * The text Chromium drew into a PDF, page by page, without a PDF library: enough to check
 * page furniture such as "Page 1 of 3" and where it sits. Chromium (Skia) writes each font
 * with a ToUnicode map, places text with `Tm`/`Td` under a `cm` transform and draws it as
 * hex glyph strings with `Tj`, which is all this reads.
 */

/** One line of text on a printed page. */
export interface PdfLine {
    readonly text: string;
    /** Where its baseline is, in points from the top edge of the page. */
    readonly baseline: number;
    /** Its font size in points: the line's ink reaches about this far above the baseline. */
    readonly size: number;
}

export interface PdfPage {
    /** The page's height in points (A4: 841.9). */
    readonly height: number;
    /** Its lines from top to bottom; the pieces of a line (drawn at one baseline) joined left to right. */
    readonly lines: readonly PdfLine[];
}

/** The pages of a PDF in reading order, with the lines of text each one shows. */
export function pdfPages(pdf: Buffer): PdfPage[] {
    const document = parsePdf(pdf);
    return pageObjects(document.objects).map(body => {
        const height = Number(/\/MediaBox\s*\[\s*[\d.-]+\s+[\d.-]+\s+[\d.-]+\s+([\d.-]+)\s*\]/.exec(body)?.[1] ?? 0);
        const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(body)?.[1] ?? '';
        const runs = [...contents.matchAll(/(\d+) 0 R/g)]
            .flatMap(([, reference]) => textRuns(streamOf(document.objects.get(reference) ?? ''), document.fonts, height));
        return { height, lines: linesOf(runs) };
    });
}

/** The number of pages of a PDF. */
export function pdfPageCount(pdf: Buffer): number {
    return pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

interface ParsedPdf {
    readonly objects: ReadonlyMap<string, string>;
    /** Glyph-to-text maps by font resource name (Chromium names each font once per document). */
    readonly fonts: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

function parsePdf(pdf: Buffer): ParsedPdf {
    const source = pdf.toString('latin1');
    const objects = new Map<string, string>();
    for (const match of source.matchAll(/(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
        objects.set(match[1], match[2]);
    }
    const fonts = new Map<string, Map<string, string>>();
    for (const body of objects.values()) {
        for (const [, dictionary] of body.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
            for (const [, name, reference] of dictionary.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
                const unicode = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(reference) ?? '')?.[1];
                if (unicode && !fonts.has(name)) fonts.set(name, glyphMap(streamOf(objects.get(unicode) ?? '')));
            }
        }
    }
    return { objects, fonts };
}

function streamOf(body: string): string {
    const match = /stream\r?\n/.exec(body);
    if (!match) return '';
    // The dictionary's /Length says where the data ends: compressed bytes may contain "endstream".
    const start = match.index + match[0].length;
    const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(body.slice(0, match.index))?.[1];
    const data = length !== undefined ? body.slice(start, start + Number(length)) : body.slice(start, body.lastIndexOf('endstream')).replace(/\r?\n$/, '');
    const bytes = Buffer.from(data, 'latin1');
    return (/\/FlateDecode/.test(body) ? inflateSync(bytes) : bytes).toString('latin1');
}

function decode(font: ReadonlyMap<string, string>, hex: string): string {
    let text = '';
    for (let index = 0; index + 4 <= hex.length; index += 4) text += font.get(hex.slice(index, index + 4).toUpperCase()) ?? '';
    return text;
}

/** The page objects in the order of the page tree, which is the reading order. */
function pageObjects(objects: ReadonlyMap<string, string>): string[] {
    const root = [...objects.values()].find(body => /\/Type\s*\/Pages\b/.test(body) && !/\/Parent\b/.test(body));
    const walk = (body: string): string[] => /\/Type\s*\/Pages\b/.test(body)
        ? [.../\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1].matchAll(/(\d+) 0 R/g) ?? []].flatMap(([, kid]) => walk(objects.get(kid) ?? ''))
        : [body];
    return root ? walk(root) : [];
}

/** An affine transform [a b c d e f], applied to a row vector: [x y 1] × M. */
type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(first: Matrix, second: Matrix): Matrix {
    const [a, b, c, d, e, f] = first;
    const [A, B, C, D, E, F] = second;
    return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

interface TextRun {
    readonly text: string;
    readonly x: number;
    readonly baseline: number;
    readonly size: number;
}

/** Each string a content stream draws, with where (in points from the page's top-left corner) and how large. */
function textRuns(content: string, fonts: ParsedPdf['fonts'], pageHeight: number): TextRun[] {
    const runs: TextRun[] = [];
    const saved: Matrix[] = [];
    let ctm = IDENTITY;
    let line = IDENTITY;
    let font: ReadonlyMap<string, string> | undefined;
    let fontSize = 0;
    let operands: string[] = [];
    for (const [token] of content.matchAll(/\/[^\s/<>[\]()]+|<[0-9A-Fa-f]*>|-?\d*\.?\d+|[A-Za-z*']+|\S/g)) {
        if (/^(-?\d*\.?\d+|\/.*|<.*>)$/.test(token)) {
            operands.push(token);
            continue;
        }
        const numbers = operands.map(Number);
        switch (token) {
            case 'q': saved.push(ctm); break;
            case 'Q': ctm = saved.pop() ?? IDENTITY; break;
            case 'cm': ctm = multiply(numbers as unknown as Matrix, ctm); break;
            case 'BT': line = IDENTITY; break;
            case 'Tf': font = fonts.get(operands[0].slice(1)); fontSize = numbers[1]; break;
            case 'Tm': line = numbers as unknown as Matrix; break;
            case 'Td': line = multiply([1, 0, 0, 1, numbers[0], numbers[1]], line); break;
            case 'Tj': {
                const hex = operands[0];
                const [, b, , d, e, f] = multiply(line, ctm);
                if (font && hex?.startsWith('<')) {
                    runs.push({ text: decode(font, hex.slice(1, -1)), x: e, baseline: pageHeight - f, size: fontSize * Math.hypot(b, d) });
                }
                break;
            }
        }
        operands = [];
    }
    return runs;
}

/** Runs on one baseline (within a tenth of a point) make a line, read left to right. */
function linesOf(runs: readonly TextRun[]): PdfLine[] {
    const byBaseline = new Map<number, TextRun[]>();
    for (const run of runs) {
        const key = Math.round(run.baseline * 10);
        byBaseline.set(key, [...byBaseline.get(key) ?? [], run]);
    }
    return [...byBaseline.entries()].sort(([first], [second]) => first - second).map(([, pieces]) => ({
        text: [...pieces].sort((first, second) => first.x - second.x).map(piece => piece.text).join(''),
        baseline: pieces[0].baseline,
        size: Math.max(...pieces.map(piece => piece.size))
    }));
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
