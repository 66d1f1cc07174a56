import { createHash as nodeCreateHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHash } from './node-crypto-for-browsers.js';

describe('the browser build\'s SHA-256', () => {
    it('gives the digests of node:crypto', () => {
        for (const text of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'Grüße, 東京 🙂', 'x'.repeat(100_000)]) {
            expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(nodeCreateHash('sha256').update(text, 'utf8').digest('hex'));
        }
    });

    it('gives the digests of node:crypto for any text, in one part or several', () => {
        fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string(), (first, second) => {
            const ours = createHash('sha256').update(first).update(second).digest('hex');
            expect(ours).toBe(nodeCreateHash('sha256').update(first).update(second).digest('hex'));
        }));
    });

    it('refuses other algorithms by name', () => {
        expect(() => createHash('md5')).toThrow(/only sha256.*md5/i);
    });
});
