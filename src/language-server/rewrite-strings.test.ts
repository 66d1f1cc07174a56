import { ResponseError } from 'vscode-languageserver/node';
import { describe, expect, it } from 'vitest';
import { rewriteStrings } from './rewrite-strings.js';

const toFile = (text: string) => (text === 'builtin:/lib.svcdef' ? 'file:///cache/lib.svcdef' : undefined);

describe('rewriteStrings', () => {
    it('replaces matching strings at any depth, in values and keys', () => {
        const edit = {
            changes: { 'builtin:/lib.svcdef': [{ newText: 'builtin:/lib.svcdef' }] },
            locations: [{ uri: 'builtin:/lib.svcdef', range: { start: { line: 3, character: 7 } } }, { uri: 'file:///a.svcdef' }]
        };
        expect(rewriteStrings(edit, toFile)).toEqual({
            changes: { 'file:///cache/lib.svcdef': [{ newText: 'file:///cache/lib.svcdef' }] },
            locations: [{ uri: 'file:///cache/lib.svcdef', range: { start: { line: 3, character: 7 } } }, { uri: 'file:///a.svcdef' }]
        });
    });

    it('leaves the input alone and shares what did not change', () => {
        const untouched = { uri: 'file:///a.svcdef', data: [1, 2, 3] };
        const message = { items: [untouched, { uri: 'builtin:/lib.svcdef' }] };
        const rewritten = rewriteStrings(message, toFile);
        expect(message.items[1].uri).toBe('builtin:/lib.svcdef');
        expect(rewritten.items[0]).toBe(untouched);
        expect(rewriteStrings(untouched, toFile)).toBe(untouched);
    });

    it('keeps the order of keys', () => {
        expect(Object.keys(rewriteStrings({ a: 1, uri: 'builtin:/lib.svcdef', z: 2 }, toFile))).toEqual(['a', 'uri', 'z']);
    });

    it('passes class instances through untouched', () => {
        const error = new ResponseError(1, 'builtin:/lib.svcdef');
        expect(rewriteStrings(error, toFile)).toBe(error);
    });
});
