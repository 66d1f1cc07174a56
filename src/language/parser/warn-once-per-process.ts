const told = new Set<string>();

/**
 * Writes a warning to the console (stderr, in Node) the first time this process is given
 * it: the CLI builds a set of services per workspace it reads (`svcdef diff` reads two),
 * and the person running it needs to read each warning once.
 */
export function warnOncePerProcess(message: string): void {
    if (!told.has(message)) {
        told.add(message);
        console.warn(message);
    }
}
