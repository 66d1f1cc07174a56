import type { OutputStream } from './cli-io.js';
import { ExitCode } from './exit-codes.js';

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** The run was stopped by Ctrl-C or `kill`; thrown where the work stopped, so that it cleans up on the way out. */
export class InterruptedError extends Error {
    override readonly name = 'InterruptedError';

    constructor(readonly signal: InterruptSignal) {
        super(`interrupted by ${signal}`);
    }

    /** 128 + the signal's number, as a shell reports a process the signal ended. */
    get exitCode(): ExitCode {
        return this.signal === 'SIGINT' ? ExitCode.Interrupted : ExitCode.Terminated;
    }
}

export interface InterruptListener {
    /** Aborted, with an InterruptedError as its reason, at the first SIGINT or SIGTERM. */
    readonly signal: AbortSignal;
    dispose(): void;
}

/**
 * A signal this soon after the first is the same interrupt arriving twice: Ctrl-C signals
 * the terminal's whole process group, and bin/launch.cjs, when it runs svcdef on another
 * Node, passes the signal on as well.
 */
const REPEAT_WINDOW_MS = 1000;

/**
 * Turns SIGINT and SIGTERM into an aborted signal for as long as it listens, instead of
 * Node's default of ending the process where it stands: a run writing its output then
 * removes its staging folder and leaves the previous output as it was. A second signal
 * ends the process at once, for whoever will not wait for that; what it leaves behind,
 * the next run clears away.
 */
export function listenForInterrupts(stderr: OutputStream): InterruptListener {
    const controller = new AbortController();
    let firstAt = 0;
    const handler = (signal: InterruptSignal): void => {
        if (!controller.signal.aborted) {
            firstAt = Date.now();
            controller.abort(new InterruptedError(signal));
            return;
        }
        if (Date.now() - firstAt < REPEAT_WINDOW_MS) {
            return;
        }
        stderr.write(`svcdef: interrupted again (${signal}); stopping at once. The next run removes what this one leaves.\n`);
        process.exit(new InterruptedError(signal).exitCode);
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        }
    };
}
