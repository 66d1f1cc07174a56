import type { OutputStream } from './cli-io.js';
import type { LoadProgress } from './workspace-loader.js';

/** Below this many files a run is over before a progress line would help. */
export const PROGRESS_MIN_FILES = 200;
const REDRAW_INTERVAL_MS = 100;

/** How far writing has got: files handed to the writer so far (how many there will be is known only at the end). */
export interface WriteProgress {
    readonly stage: 'writing';
    readonly done: number;
}

export type Progress = LoadProgress | WriteProgress;

/**
 * A single self-rewriting status line on stderr, shown only to a person at a terminal
 * and only for a large workspace; it is erased before the report is written. Writing
 * is shown when the workspace that was read was large enough to be.
 */
export class ProgressIndicator {
    private lastDraw = 0;
    private drawn = false;
    private large = false;
    private drawnStage: Progress['stage'] | undefined;

    constructor(private readonly stream: OutputStream, private readonly now: () => number = Date.now) {}

    /** Whether a workspace of `fileCount` files gets a progress line on this stream. */
    static wanted(stream: OutputStream, fileCount: number): boolean {
        return stream.isTTY && fileCount >= PROGRESS_MIN_FILES;
    }

    update(progress: Progress): void {
        if (progress.stage !== 'writing') {
            this.large = ProgressIndicator.wanted(this.stream, progress.total);
        }
        if (!this.large) {
            return;
        }
        const time = this.now();
        // A new stage and a stage's last step are always drawn, however soon they come.
        const finished = progress.stage !== 'writing' && progress.done === progress.total;
        if (this.drawn && !finished && progress.stage === this.drawnStage && time - this.lastDraw < REDRAW_INTERVAL_MS) {
            return;
        }
        this.lastDraw = time;
        this.drawn = true;
        this.drawnStage = progress.stage;
        this.stream.write(`\r\u001b[2K${describe(progress)}`);
    }

    /** Erases the line, if one was drawn. */
    clear(): void {
        if (this.drawn) {
            this.stream.write('\r\u001b[2K');
            this.drawn = false;
        }
    }
}

function describe(progress: Progress): string {
    switch (progress.stage) {
        case 'reading': return `Reading ${progress.done}/${progress.total} files…`;
        case 'checking': return `Checking ${progress.done}/${progress.total} files…`;
        case 'writing': return `Writing output: ${progress.done} file${progress.done === 1 ? '' : 's'}…`;
    }
}
