/** The CLI's exit codes: scripts and CI gates branch on them, so they never change meaning. */
export const ExitCode = {
    /** Nothing to report, or only warnings within `--max-warnings`. */
    Clean: 0,
    /** Errors, or more warnings than `--max-warnings` allows. */
    Findings: 1,
    /** A bad command line, a path that cannot be read, or a failure of svcdef itself. */
    UsageOrIo: 2,
    /** Stopped by SIGINT (Ctrl-C) while writing output: 128 + 2, as a shell would report it. */
    Interrupted: 130,
    /** Stopped by SIGTERM while writing output: 128 + 15. */
    Terminated: 143
} as const;

export type ExitCode = typeof ExitCode[keyof typeof ExitCode];
