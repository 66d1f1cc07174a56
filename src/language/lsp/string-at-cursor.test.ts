import { describe, expect, it } from 'vitest';
import { createTestServices, CURSOR } from '../../../test/svcdef-test-services.js';
import { stringAtCursor } from './string-at-cursor.js';

const lexer = createTestServices().services.parser.Lexer;

/** The string content at the marker, `[` and `]` around it, `]` left out when still open. */
function contentAt(marked: string): string | undefined {
    const offset = marked.indexOf(CURSOR);
    const text = marked.replace(CURSOR, '');
    const string = stringAtCursor(lexer, text, offset);
    if (!string) return undefined;
    return `${text.slice(0, string.contentStart)}[${text.slice(string.contentStart, string.contentEnd)}${string.closed ? ']' : ''}${text.slice(string.contentEnd)}`;
}

describe('the string at the cursor', () => {
    it('is the whole content of a closed string, wherever the cursor stands in it', () => {
        expect(contentAt('produces "<|>"')).toBe('produces "[]"');
        expect(contentAt('produces "SL<|>As, OLAs" { X }')).toBe('produces "[SLAs, OLAs]" { X }');
        expect(contentAt('produces "SLAs"<|>')).toBeUndefined();
        expect(contentAt('produces <|>"SLAs"')).toBeUndefined();
    });

    it('runs from an open quote to the cursor', () => {
        expect(contentAt('binding B implements A243 {\n  produces "SLA<|>\n}')).toBe('binding B implements A243 {\n  produces "[SLA\n}');
        expect(contentAt('consumes "Service Catalog", "<|>')).toBe('consumes "Service Catalog", "[');
    });

    it('knows escaped quotes and comments', () => {
        expect(contentAt('tool "say \\"hi<|>\\" twice"')).toBe('tool "[say \\"hi\\" twice]"');
        expect(contentAt('// "quoted <|>')).toBeUndefined();
        expect(contentAt('produces "SLA // note<|>')).toBeUndefined();
    });

    it('stays on the cursor\u2019s line', () => {
        expect(contentAt('tool "open\n  owner <|>')).toBeUndefined();
        expect(contentAt('owner X\n  tool "a<|>"\n  tool "b"')).toBe('owner X\n  tool "[a]"\n  tool "b"');
    });
});
