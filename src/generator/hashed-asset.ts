/**
 * The file name of a shared asset carries a hash of its content, so a browser may cache it
 * for good: a new svcdef that changes the stylesheet writes it under a new name.
 */
import { createHash } from 'node:crypto';

export const ASSETS_FOLDER = 'assets';

/** `assets/svcdef.<first 10 hex digits of the SHA-256 of content>.<extension>`. */
export function hashedAssetPath(content: string, extension: string): string {
    const hash = createHash('sha256').update(content, 'utf8').digest('hex').slice(0, 10);
    return `${ASSETS_FOLDER}/svcdef.${hash}.${extension}`;
}
