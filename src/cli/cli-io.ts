/**
 * The process surroundings a command may touch, passed in so that commands run the same
 * under test as from a shell.
 */
export interface CliIo {
    readonly cwd: string;
    readonly env: Readonly<Record<string, string | undefined>>;
    /** The report, and nothing else. */
    readonly stdout: OutputStream;
    /** Errors and progress. */
    readonly stderr: OutputStream;
}

export interface OutputStream {
    write(text: string): void;
    /** True when a person is watching: colors and progress only then. */
    readonly isTTY: boolean;
    /** Terminal width, when known. */
    readonly columns?: number;
}

/** NO_COLOR (any non-empty value) always wins; FORCE_COLOR turns colors on for CI logs. */
export function wantsColors(io: CliIo): boolean {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') {
        return false;
    }
    const force = io.env.FORCE_COLOR;
    if (force !== undefined && force !== '') {
        return force !== '0' && force !== 'false';
    }
    return io.stdout.isTTY;
}
