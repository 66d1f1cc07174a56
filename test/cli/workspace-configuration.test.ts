import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { URI } from 'langium';
import { afterEach, describe, expect, it } from 'vitest';
import { registerGenerateCommands } from '../../src/cli/generate-command.js';
import { runCapturing, type CapturedRun } from './captured-cli-run.js';
import { registerValidateCommand } from '../../src/cli/validate-command.js';
import { parseWorkspaceConfiguration } from '../../src/language/workspace/workspace-configuration.js';
import { ROOT } from './built-cli.js';
import { CLEAN_FILES, tempWorkspace, TODAY_AFTER_VALIDITY, TODAY_IN_VALIDITY } from './temp-workspace.js';

/** svcdef.json as the CLI reads it: which files `validate` and `generate` take, and the date. */
const BROKEN_FILE = 'service Fax { status live owner Nobody }\n';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
    await Promise.all(cleanups.splice(0).map(cleanup => cleanup()));
});

async function workspace(files: Record<string, string>): Promise<string> {
    const { root, dispose } = await tempWorkspace(files);
    cleanups.push(dispose);
    // The search for svcdef.json stops here, whatever lies above the temporary folder.
    await mkdir(path.join(root, '.git'));
    return root;
}

function svcdef(cwd: string, ...args: string[]): Promise<CapturedRun> {
    return runCapturing(cwd, args, [registerValidateCommand, registerGenerateCommands]);
}

describe('svcdef.json for the CLI', () => {
    it('fixes the date of date checks with "today"; --today wins over it', async () => {
        const root = await workspace({ ...CLEAN_FILES, 'svcdef.json': JSON.stringify({ today: TODAY_AFTER_VALIDITY }) });
        const late = await svcdef(root, 'validate');
        expect(late.code).toBe(0);
        expect(late.stdout).toMatch(new RegExp(`^services/mail\\.svcdef:7:\\d+ warning expired-sla .*today is ${TODAY_AFTER_VALIDITY}`));
        expect(await svcdef(root, 'validate', '--today', TODAY_IN_VALIDITY))
            .toEqual({ code: 0, stdout: '0 errors, 0 warnings in 2 files\n', stderr: '' });
    });

    it('leaves out what it excludes, with paths from its own folder, wherever svcdef runs', async () => {
        const root = await workspace({
            ...CLEAN_FILES, 'services/legacy/fax.svcdef': BROKEN_FILE,
            'svcdef.json': JSON.stringify({ exclude: ['services/legacy'], today: TODAY_IN_VALIDITY })
        });
        expect(await svcdef(root, 'validate')).toEqual({ code: 0, stdout: '0 errors, 0 warnings in 2 files\n', stderr: '' });
        expect(await svcdef(path.join(root, 'services'), 'validate', '.', '../parties.svcdef'))
            .toEqual({ code: 0, stdout: '0 errors, 0 warnings in 2 files\n', stderr: '' });
    });

    it('still checks a file or folder named on the command line that it excludes', async () => {
        const root = await workspace({
            ...CLEAN_FILES, 'legacy/fax.svcdef': BROKEN_FILE,
            'svcdef.json': JSON.stringify({ exclude: ['legacy/**'], today: TODAY_IN_VALIDITY })
        });
        for (const args of [['legacy'], ['legacy/fax.svcdef'], ['.', 'legacy']]) {
            const result = await svcdef(root, 'validate', ...args);
            expect(result.code, args.join(' ')).toBe(1);
            expect(result.stdout, args.join(' ')).toMatch(/^legacy\/fax\.svcdef:1:33 error unresolved-reference/);
        }
        // Run from inside the excluded folder, the folder is what was named.
        expect((await svcdef(path.join(root, 'legacy'), 'validate')).code).toBe(1);
    });

    it('stops with exit 2 at an unusable svcdef.json, naming the file, line and column and what to write', async () => {
        const root = await workspace({ ...CLEAN_FILES, 'svcdef.json': '{\n  "exclude": ["legacy/**"],\n  "today": "2026-13-01"\n}\n' });
        expect(await svcdef(root, 'validate')).toEqual({
            code: 2,
            stdout: '',
            stderr: 'svcdef: svcdef.json:3:12: "today" cannot be "2026-13-01". 2026-13-01 is not a date that exists. Or leave "today" out to check against the real date.\n'
        });
        const syntax = await workspace({ ...CLEAN_FILES, 'svcdef.json': '{\n  "exclude": ["legacy/**"],\n}\n' });
        const result = await svcdef(path.join(syntax, 'services'), 'validate', '--today', TODAY_IN_VALIDITY);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(`svcdef: ${path.join(syntax, 'svcdef.json')}:3:1: not valid JSON: a comma after the last field. JSON allows none; remove the comma.\n`);
    });

    it('refuses two svcdef.json files that fix different dates for one run', async () => {
        const root = await workspace({
            'a/parties.svcdef': 'provider CentralIT\n', 'a/svcdef.json': `{ "today": "${TODAY_IN_VALIDITY}" }`,
            'b/customers.svcdef': 'customer Finance\n', 'b/svcdef.json': `{ "today": "${TODAY_AFTER_VALIDITY}" }`
        });
        const result = await svcdef(root, 'validate', 'a', 'b');
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(`svcdef: ${path.join('b', 'svcdef.json')}:1:12: "today" is ${TODAY_AFTER_VALIDITY} here but ${TODAY_IN_VALIDITY} in ${path.join('a', 'svcdef.json')}, and one run checks against one date. Write the same date in both, or check the folders in separate runs.\n`);
        expect((await svcdef(root, 'validate', 'a', 'b', '--today', TODAY_IN_VALIDITY)).code).toBe(0);
    });

    it('says where to look when its include and exclude leave nothing to check', async () => {
        const root = await workspace({ ...CLEAN_FILES, 'svcdef.json': JSON.stringify({ include: ['catalog/**'] }) });
        expect((await svcdef(root, 'validate')).stderr)
            .toBe('svcdef: .: no .svcdef files found. Pass the folder that holds your .svcdef files, or loosen "include" and "exclude" in svcdef.json.\n');
    });

    it('decides what generate publishes too', async () => {
        const files = { ...CLEAN_FILES, 'legacy/fax.svcdef': BROKEN_FILE };
        const unconfigured = await workspace(files);
        expect((await svcdef(unconfigured, 'generate', 'catalog', '--out', 'site')).code).toBe(1);
        const configured = await workspace({ ...files, 'svcdef.json': JSON.stringify({ exclude: ['legacy'], today: TODAY_IN_VALIDITY }) });
        const result = await svcdef(configured, 'generate', 'catalog', '--out', 'site', '--view', 'customer', '--format', 'json');
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(existsSync(path.join(configured, 'site', 'customer', 'catalog.json'))).toBe(true);
    });
});

describe('schemas/svcdef.schema.json', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas', 'svcdef.schema.json'), 'utf8'));
    const matchesSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const svcdefAccepts = (value: unknown) => {
        try {
            parseWorkspaceConfiguration(JSON.stringify(value), URI.file('/ws/svcdef.json'));
            return true;
        } catch {
            return false;
        }
    };

    it('accepts the repository\'s own svcdef.json', () => {
        const own = JSON.parse(readFileSync(path.join(ROOT, 'svcdef.json'), 'utf8'));
        expect(matchesSchema(own), JSON.stringify(matchesSchema.errors)).toBe(true);
        expect(svcdefAccepts(own)).toBe(true);
    });

    it.each([
        {},
        { $schema: './svcdef.schema.json', include: ['services/**', 'parties.svcdef'], exclude: ['drafts', '*.draft.svcdef'], today: '2026-06-01' },
        { exclude: [] },
        { include: [] },
        { include: 'services' },
        { exclude: [''] },
        { exclude: ['!keep'] },
        { exclude: ['../up'] },
        { exclude: ['a/../b'] },
        { include: ['/abs'] },
        { today: '2026-6-1' },
        { today: 20260601 },
        { $schema: 1 },
        { exlude: ['drafts'] }
    ])('agrees with svcdef on %j', value => {
        expect(matchesSchema(value)).toBe(svcdefAccepts(value));
    });
});
