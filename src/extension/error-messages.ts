/** The message of anything thrown, for the user (a server's ResponseError carries its message too). */
export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
