/**
 * svcdef files are UTF-8. Decoding anything else as UTF-8 does not fail: each bad byte
 * becomes U+FFFD, which then parses (inside a string) and is published as if the file said
 * it, and a UTF-16 file turns into a NUL between every two characters, which the parser
 * reports a dozen times as `unexpected U+0000` without saying why. So the bytes are checked
 * first, and a file that is not UTF-8 gets one finding at the first bad byte that says how
 * to save it.
 */

import { isUtf8 } from 'node:buffer';

export interface DecodedSource {
    /** The text, without a byte order mark; bad UTF-8 bytes as U+FFFD. */
    readonly text: string;
    /** Why the file is not UTF-8, at the 0-based line and UTF-16 column (as editors count) where it shows. */
    readonly problem?: { readonly line: number; readonly character: number; readonly message: string };
}

const SAVE_AS_UTF8 = 'Save the file as UTF-8 (in VS Code: Reopen with Encoding, choosing the one it was written in, then Save with Encoding, UTF-8).';

export function decodeSource(bytes: Uint8Array): DecodedSource {
    const utf16 = utf16Encoding(bytes);
    if (utf16) {
        const bom = utf16.bom ? 2 : 0;
        const text = new TextDecoder(utf16.label, { ignoreBOM: true }).decode(bytes.subarray(bom));
        const how = utf16.bom ? 'it starts with a UTF-16 byte order mark' : 'every other byte is zero';
        return { text, problem: { line: 0, character: 0, message: `The file is saved as ${utf16.name} (${how}), and svcdef reads UTF-8. ${SAVE_AS_UTF8}` } };
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(bom);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    // Node checks the common case natively; the byte walk below only finds where a bad file goes wrong.
    const bad = isUtf8(body) ? undefined : firstInvalidUtf8(body);
    if (bad === undefined) {
        return { text };
    }
    const lineStart = body.lastIndexOf(0x0a, bad - 1) + 1;
    const line = countNewlines(body, lineStart);
    // The bytes before the bad one on its line are valid, so they decode to the columns an editor counts.
    const character = new TextDecoder('utf-8').decode(body.subarray(lineStart, bad)).length;
    const byte = body[bad].toString(16).toUpperCase().padStart(2, '0');
    return { text, problem: { line, character, message: `The file is not valid UTF-8: byte 0x${byte} here is not part of a UTF-8 character. ${SAVE_AS_UTF8}` } };
}

function utf16Encoding(bytes: Uint8Array): { label: 'utf-16le' | 'utf-16be'; name: string; bom: boolean } | undefined {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
        return { label: 'utf-16le', name: 'UTF-16 LE', bom: true };
    }
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
        return { label: 'utf-16be', name: 'UTF-16 BE', bom: true };
    }
    // Without a mark, ASCII text in UTF-16 has a zero beside each character; svcdef text never holds NUL.
    if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) {
        return { label: 'utf-16le', name: 'UTF-16 LE', bom: false };
    }
    if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) {
        return { label: 'utf-16be', name: 'UTF-16 BE', bom: false };
    }
    return undefined;
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence (RFC 3629), if any. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        // The allowed range of the second byte excludes overlong forms, surrogates and code points above U+10FFFF.
        let length: number;
        let low = 0x80;
        let high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            low = lead === 0xe0 ? 0xa0 : 0x80;
            high = lead === 0xed ? 0x9f : 0xbf;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            low = lead === 0xf0 ? 0x90 : 0x80;
            high = lead === 0xf4 ? 0x8f : 0xbf;
        } else {
            return i;
        }
        for (let k = 1; k < length; k++) {
            const next = bytes[i + k];
            const min = k === 1 ? low : 0x80;
            const max = k === 1 ? high : 0xbf;
            if (next === undefined || next < min || next > max) {
                // A sequence cut short: its lead byte is where the text stops being UTF-8.
                return i;
            }
        }
        i += length;
    }
    return undefined;
}

function countNewlines(bytes: Uint8Array, end: number): number {
    let count = 0;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) {
        count++;
    }
    return count;
}
