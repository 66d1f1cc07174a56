/**
 * A function remembered per argument, for as long as the returned function is kept: one
 * check, one composition. Only for answers that cannot change meanwhile (the workspace
 * is not relinked while a check or a catalog build runs).
 */
export function memoized<A, R>(compute: (argument: A) => R): (argument: A) => R {
    const known = new Map<A, R>();
    return argument => {
        if (known.has(argument)) {
            return known.get(argument)!;
        }
        const result = compute(argument);
        known.set(argument, result);
        return result;
    };
}
