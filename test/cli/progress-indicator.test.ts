import { describe, expect, it } from 'vitest';
import type { OutputStream } from '../../src/cli/cli-io.js';
import { PROGRESS_MIN_FILES, ProgressIndicator } from '../../src/cli/progress-indicator.js';

function stream(isTTY: boolean): OutputStream & { written: string[] } {
    const written: string[] = [];
    return { isTTY, written, write: text => { written.push(text); } };
}

describe('ProgressIndicator', () => {
    const total = PROGRESS_MIN_FILES;

    it('draws one rewriting line at a terminal, at most every 100 ms, and erases it', () => {
        const out = stream(true);
        let now = 0;
        const progress = new ProgressIndicator(out, () => now);
        progress.update({ stage: 'reading', done: 0, total });
        progress.update({ stage: 'reading', done: 1, total });
        now = 150;
        progress.update({ stage: 'checking', done: 10, total });
        now = 160;
        progress.update({ stage: 'checking', done: total, total });
        progress.clear();
        progress.clear();
        expect(out.written).toEqual([
            `\r\u001b[2KReading 0/${total} files…`,
            `\r\u001b[2KChecking 10/${total} files…`,
            // The last step is always drawn, however soon it comes.
            `\r\u001b[2KChecking ${total}/${total} files…`,
            '\r\u001b[2K'
        ]);
    });

    it('stays silent when nobody watches, or the workspace is small', () => {
        const piped = stream(false);
        new ProgressIndicator(piped).update({ stage: 'checking', done: 1, total });
        const small = stream(true);
        const indicator = new ProgressIndicator(small);
        indicator.update({ stage: 'checking', done: 1, total: PROGRESS_MIN_FILES - 1 });
        indicator.clear();
        expect([...piped.written, ...small.written]).toEqual([]);
    });

    it('counts written files after a large workspace was read, with no total to show', () => {
        const out = stream(true);
        let now = 0;
        const progress = new ProgressIndicator(out, () => now);
        progress.update({ stage: 'checking', done: total, total });
        now = 50;
        progress.update({ stage: 'writing', done: 1 });
        now = 100;
        progress.update({ stage: 'writing', done: 2 });
        now = 200;
        progress.update({ stage: 'writing', done: 3 });
        expect(out.written.slice(1)).toEqual([
            // A new stage shows at once, then no more often than every 100 ms.
            `\r\u001b[2KWriting output: 1 file…`,
            `\r\u001b[2KWriting output: 3 files…`
        ]);
    });

    it('counts no written files after a small workspace', () => {
        const out = stream(true);
        const progress = new ProgressIndicator(out);
        progress.update({ stage: 'checking', done: 3, total: 3 });
        progress.update({ stage: 'writing', done: 5000 });
        expect(out.written).toEqual([]);
    });
});
