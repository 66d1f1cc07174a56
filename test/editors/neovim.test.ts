import { spawn } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import { builtinLibraryText } from '../../src/language/builtin/builtin-library.js';
import { ensureBundles, LANGUAGE_SERVER_BIN, NODE, ROOT } from '../cli/built-cli.js';

/**
 * svcdef in a real Neovim, set up exactly as docs/other-editors.md says: a headless
 * `nvim --clean` loads docs/neovim/svcdef.lua (the file the docs show), opens the acme
 * example, hovers, and goes to the definition of a built-in metric. Neovim's client has no
 * `workspace/textDocumentContent`, so that definition must be a file it can open.
 */

const CONFIG = path.join(ROOT, 'docs', 'neovim', 'svcdef.lua');
const DOCS = path.join(ROOT, 'docs', 'other-editors.md');
const DRIVER = path.join(ROOT, 'test', 'editors', 'neovim-driver.lua');
const COMPAT = path.join(ROOT, 'test', 'editors', 'neovim-0.7-compat.lua');
const NVIM_RUN_MS = 120_000;

const nvim = onPath('nvim');
if (!nvim) {
    console.log('Neovim test skipped: nvim is not on PATH (Debian: apt-get install neovim; .ci/run installs it).');
}

interface NeovimRun {
    error?: string;
    opened?: { filetype: string; client: string; root: string };
    hover?: string;
    definition?: { uri: string; line: number };
    library?: { file: string; filetype: string; line: string; hover?: string };
    diagnostics?: Record<string, string[]>;
}

describe('the Neovim setup in docs/other-editors.md', () => {
    it('is docs/neovim/svcdef.lua, shown verbatim', () => {
        expect(readFileSync(DOCS, 'utf8')).toContain('```lua\n' + readFileSync(CONFIG, 'utf8') + '```\n');
    });
});

describe.skipIf(!nvim)('svcdef in headless Neovim', { timeout: NVIM_RUN_MS + 30_000 }, () => {
    let folder: string;
    let workspace: string;
    let run: NeovimRun;
    let stderr = '';

    beforeAll(async () => {
        await ensureBundles();
        folder = mkdtempSync(path.join(tmpdir(), 'svcdef-nvim-'));
        workspace = path.join(folder, 'acme');
        cpSync(path.join(ROOT, 'examples', 'acme'), workspace, { recursive: true });
        // The repository root the configuration looks for.
        mkdirSync(path.join(workspace, '.git'));
        // `svcdef-language-server` on PATH, as `npm install -g svcdef` puts it there.
        const bin = path.join(folder, 'bin');
        mkdirSync(bin);
        writeFileSync(path.join(bin, 'svcdef-language-server'), `#!/bin/sh\nexec '${NODE}' '${LANGUAGE_SERVER_BIN}' "$@"\n`, { mode: 0o755 });

        const result = path.join(folder, 'result.json');
        const home = (name: string) => path.join(folder, name);
        const child = spawn(nvim!, ['--headless', '--clean', '-c', `luafile ${DRIVER}`], {
            cwd: workspace,
            stdio: ['ignore', 'pipe', 'pipe'],
            env: {
                ...process.env,
                PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
                XDG_CACHE_HOME: home('cache'), XDG_CONFIG_HOME: home('config'), XDG_DATA_HOME: home('data'), XDG_STATE_HOME: home('state'),
                SVCDEF_NVIM_WORKSPACE: workspace, SVCDEF_NVIM_RESULT: result, SVCDEF_NVIM_CONFIG: CONFIG, SVCDEF_NVIM_COMPAT: COMPAT
            }
        });
        child.stderr.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
        child.stdout.resume();
        const timer = setTimeout(() => child.kill('SIGKILL'), NVIM_RUN_MS);
        await new Promise<void>(resolve => child.on('close', () => resolve()));
        clearTimeout(timer);
        if (!existsSync(result)) {
            throw new Error(`Neovim wrote no result (killed after ${NVIM_RUN_MS / 1000} s?); stderr: ${stderr}`);
        }
        run = JSON.parse(readFileSync(result, 'utf8')) as NeovimRun;
    }, NVIM_RUN_MS + 30_000);

    afterAll(() => {
        if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('attaches the server to *.svcdef buffers, rooted at the repository', () => {
        expect(run.error, stderr).toBeUndefined();
        expect(run.opened).toEqual({ filetype: 'svcdef', client: 'svcdef', root: workspace });
    });

    it('hovers a name of the workspace', () => {
        expect(run.hover).toContain('FinanceErp');
    });

    it('goes to the definition of a built-in metric in a read-only file with the library text', () => {
        expect(run.definition?.uri).toMatch(/^file:/);
        const file = fileURLToPath(run.definition!.uri);
        expect(file.startsWith(path.join(folder, 'cache', 'svcdef') + path.sep)).toBe(true);
        expect(readFileSync(file, 'utf8')).toBe(builtinLibraryText(a2Model));
        expect(statSync(file).mode & 0o222).toBe(0);
        expect(run.library).toMatchObject({ file, filetype: 'svcdef' });
        expect(run.library?.line).toMatch(/^metric availability /);
    });

    it('answers in the library file without taking it for a second library', () => {
        expect(run.library?.hover).toContain('availability');
        const codes = Object.values(run.diagnostics ?? {}).flat();
        expect(codes).not.toContain('duplicate-name');
        expect(run.diagnostics?.[pathToFileURL(run.library!.file).toString()] ?? []).toEqual([]);
    });
});

/** The executable `name` in a folder of PATH, if any. */
function onPath(name: string): string | undefined {
    for (const folder of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
        const candidate = path.join(folder, name);
        try {
            accessSync(candidate, constants.X_OK);
            return candidate;
        } catch {
            // not here
        }
    }
    return undefined;
}
