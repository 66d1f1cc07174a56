import type { OutputStream } from './cli-io.js';
import type { LoadProgress } from './workspace-loader.js';

/** Below this many files a run is over before a progress line would help. */
export const PROGRESS_MIN_FILES = 200;
const REDRAW_INTERVAL_MS = 100;

/**
 * A single self-rewriting status line on stderr, shown only to a person at a terminal
 * and only for a large workspace; it is erased before the report is written.
 */
export class ProgressIndicator {
    private lastDraw = 0;
    private drawn = false;

    constructor(private readonly stream: OutputStream, private readonly now: () => number = Date.now) {}

    /** Whether a workspace of `fileCount` files gets a progress line on this stream. */
    static wanted(stream: OutputStream, fileCount: number): boolean {
        return stream.isTTY && fileCount >= PROGRESS_MIN_FILES;
    }

    update(progress: LoadProgress): void {
        if (!ProgressIndicator.wanted(this.stream, progress.total)) {
            return;
        }
        const time = this.now();
        const finished = progress.done === progress.total;
        if (this.drawn && !finished && time - this.lastDraw < REDRAW_INTERVAL_MS) {
            return;
        }
        this.lastDraw = time;
        this.drawn = true;
        const verb = progress.stage === 'reading' ? 'Reading' : 'Checking';
        this.stream.write(`\r\u001b[2K${verb} ${progress.done}/${progress.total} files…`);
    }

    /** Erases the line, if one was drawn. */
    clear(): void {
        if (this.drawn) {
            this.stream.write('\r\u001b[2K');
            this.drawn = false;
        }
    }
}
