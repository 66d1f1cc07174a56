import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerGenerateCommands } from '../../src/cli/generate-command.js';
import { decodeSource } from '../../src/cli/source-encoding.js';
import { registerValidateCommand } from '../../src/cli/validate-command.js';
import { runCapturing } from './captured-cli-run.js';
import { CLEAN_FILES, tempWorkspace, TODAY_IN_VALIDITY } from './temp-workspace.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
    await Promise.all(cleanups.splice(0).map(cleanup => cleanup()));
});

/** CLEAN_FILES with one more file written as the given bytes. */
async function workspaceWith(name: string, bytes: Uint8Array): Promise<string> {
    const { root, dispose } = await tempWorkspace(CLEAN_FILES);
    cleanups.push(dispose);
    await writeFile(path.join(root, name), bytes);
    return root;
}

const svcdef = (cwd: string, ...args: string[]) => runCapturing(cwd, args, [registerValidateCommand, registerGenerateCommands]);

// "Télex" with é as Windows-1252 writes it (0xE9), which is not UTF-8.
const LATIN1 = Buffer.concat([Buffer.from('// telex\nprovider Telex "T'), Buffer.from([0xe9]), Buffer.from('lex"\n')]);
const UTF16LE = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('service Fax { status live owner CentralIT }\n', 'utf16le')]);

describe('a file that is not UTF-8', () => {
    it('fails validate with one error at the first bad byte, saying to save the file as UTF-8', async () => {
        const cwd = await workspaceWith('telex.svcdef', LATIN1);
        const result = await svcdef(cwd, 'validate', '--today', TODAY_IN_VALIDITY);
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('telex.svcdef:2:18 error not-utf8 The file is not valid UTF-8: byte 0xE9 here is not part of a UTF-8 character. Save the file as UTF-8');
        expect(result.stdout).toContain('1 error, 0 warnings');
    });

    it('names UTF-16 by its byte order mark, and reports nothing else about the file', async () => {
        const cwd = await workspaceWith('fax.svcdef', UTF16LE);
        const result = await svcdef(cwd, 'validate', '--today', TODAY_IN_VALIDITY, '--format', 'json');
        expect(result.code).toBe(1);
        const { diagnostics } = JSON.parse(result.stdout) as { diagnostics: { file: string; line: number; column: number; code: string; message: string }[] };
        expect(diagnostics).toEqual([expect.objectContaining({ file: 'fax.svcdef', line: 1, column: 1, code: 'not-utf8' })]);
        expect(diagnostics[0].message).toContain('saved as UTF-16 LE (it starts with a UTF-16 byte order mark)');
    });

    it('is not published: generate refuses as for any error', async () => {
        const cwd = await workspaceWith('telex.svcdef', LATIN1);
        const result = await svcdef(cwd, 'generate', 'catalog', '--out', 'site', '--today', TODAY_IN_VALIDITY);
        expect(result.code).toBe(1);
        expect(result.stderr).toContain('telex.svcdef:2:18 error not-utf8');
        expect(existsSync(path.join(cwd, 'site'))).toBe(false);
    });
});

describe('decodeSource', () => {
    it('reads UTF-8, with or without a byte order mark, as it is', () => {
        expect(decodeSource(Buffer.from('service Ünïcode 🚀\n'))).toEqual({ text: 'service Ünïcode 🚀\n' });
        expect(decodeSource(Buffer.from('\uFEFFservice X\n'))).toEqual({ text: 'service X\n' });
    });

    it('counts the column of a bad byte as an editor does, in UTF-16 units after the characters before it', () => {
        const bytes = Buffer.concat([Buffer.from('a\n🚀é'), Buffer.from([0xc3, 0x28])]);
        expect(decodeSource(bytes).problem).toMatchObject({ line: 1, character: 3 });
    });

    it.each([
        ['an overlong form', [0xc0, 0xaf]],
        ['a surrogate', [0xed, 0xa0, 0x80]],
        ['a sequence cut short at the end', [0xe2, 0x82]],
        ['a lone continuation byte', [0x80]],
        ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]]
    ])('finds %s', (_, bad) => {
        expect(decodeSource(Buffer.concat([Buffer.from('ok '), Buffer.from(bad)])).problem).toMatchObject({ line: 0, character: 3 });
    });

    it('recognises UTF-16 big-endian and UTF-16 without a byte order mark, and reads the text', () => {
        const be = Buffer.from('service X\n', 'utf16le').swap16();
        expect(decodeSource(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text: 'service X\n', problem: { message: expect.stringContaining('UTF-16 BE') } });
        expect(decodeSource(Buffer.from('service X\n', 'utf16le'))).toMatchObject({ text: 'service X\n', problem: { message: expect.stringContaining('every other byte is zero') } });
    });
});
