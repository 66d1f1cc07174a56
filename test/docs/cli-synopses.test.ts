import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerGenerateCommands } from '../../src/cli/generate-command.js';
import { runCapturing } from '../cli/captured-cli-run.js';

const CLI_DOC = readFileSync(path.join(__dirname, '../../docs/cli.md'), 'utf8');

/** The synopsis line docs/cli.md gives for a command, e.g. `svcdef generate sla [NAME...] --out DIR ...`. */
function synopsis(command: string): string {
    const line = CLI_DOC.split('\n').find(candidate => candidate.startsWith(`${command} `) && candidate.includes('--'));
    expect(line, `docs/cli.md has no synopsis for ${command}`).toBeDefined();
    return line!;
}

describe('docs/cli.md synopses', () => {
    it.each(['catalog', 'sla', 'coverage'])('list every option that svcdef generate %s --help lists', async command => {
        const help = await runCapturing(process.cwd(), ['generate', command, '--help'], [registerGenerateCommands]);
        const options = [...help.stdout.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map(match => match[1]).filter(option => option !== '--help');
        expect(options.length).toBeGreaterThan(3);
        const documented = synopsis(`svcdef generate ${command}`);
        expect(options.filter(option => !new RegExp(`${option}\\b`).test(documented))).toEqual([]);
    });
});
