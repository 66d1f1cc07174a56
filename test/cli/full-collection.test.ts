import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/cli/full-collection.js';

/** A WeakRef to an object nothing else holds, made in a job of its own so that it may be cleared. */
async function abandoned(): Promise<WeakRef<object>> {
    const ref = new WeakRef({ payload: new Array(100_000).fill('garbage') });
    await new Promise(resolve => setTimeout(resolve, 0));
    return ref;
}

describe('collectGarbage', () => {
    it('reclaims what nothing refers to any more, without --expose-gc on the command line', async () => {
        expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
        const ref = await abandoned();
        expect(collectGarbage()).toBe(true);
        expect(ref.deref()).toBeUndefined();
    });

    it('leaves no gc function behind in contexts made later', async () => {
        collectGarbage();
        const { runInNewContext } = await import('node:vm');
        expect(runInNewContext('typeof gc')).toBe('undefined');
        expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
    });
});
