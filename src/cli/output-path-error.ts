/** An output location or file path the writer will not use; the message says why and what to do. */
export class OutputPathError extends Error {
    override readonly name = 'OutputPathError';
}
