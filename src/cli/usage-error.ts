/** A command line that cannot be carried out; printed on one line, exit code 2. */
export class UsageError extends Error {
    override readonly name = 'UsageError';
}
