/**
 * The extension's manifest (package.json) against the code and the files it points to:
 * a command without a handler, a menu naming a missing command or a contributed file
 * left out of the .vsix only shows up in a running editor otherwise.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const sources = readdirSync(path.join(root, 'src/extension'))
    .filter(file => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map(file => readFileSync(path.join(root, 'src/extension', file), 'utf8'))
    .join('\n');

function version(range: string): number[] {
    return range.replace(/^[\^~>=]*/, '').split('.').map(Number);
}

function compare(a: number[], b: number[]): number {
    for (let index = 0; index < 3; index++) {
        if ((a[index] ?? 0) !== (b[index] ?? 0)) return (a[index] ?? 0) - (b[index] ?? 0);
    }
    return 0;
}

describe('the extension manifest', () => {
    it('activates only for .svcdef files and workspaces that hold them', () => {
        expect(manifest.activationEvents).toEqual(['onLanguage:svcdef', 'workspaceContains:**/*.svcdef']);
        expect(manifest.main).toBe('./out/extension.cjs');
    });

    it('targets a VS Code whose extension host runs Node 22, and no newer one than the tests run', () => {
        const engine = version(manifest.engines.vscode);
        // 1.101 is the first VS Code whose extension host is Node 22, which Langium needs.
        expect(compare(engine, [1, 101, 0])).toBeGreaterThanOrEqual(0);
        expect(compare(engine, [1, 117, 0])).toBeLessThanOrEqual(0);
        expect(compare(version(manifest.devDependencies['@types/vscode']), engine)).toBeLessThanOrEqual(0);
    });

    it('registers a handler for every contributed command, and menus name only contributed commands', () => {
        const commands = contributes.commands.map((command: { command: string }) => command.command);
        for (const command of commands) {
            const constant = [...sources.matchAll(/export const (\w+) = '([^']+)'/g)].find(match => match[2] === command);
            const registered = sources.includes(`command('${command}'`) || (constant !== undefined && sources.includes(`command(${constant[1]}`));
            expect(registered, command).toBe(true);
        }
        const menus = Object.values(contributes.menus).flat() as { command: string }[];
        for (const item of menus) {
            expect(commands, item.command).toContain(item.command);
        }
    });

    it('contributes the settings the extension and the language server read', () => {
        expect(Object.keys(contributes.configuration.properties).sort())
            .toEqual(['svcdef.catalog.outputFolder', 'svcdef.catalog.view', 'svcdef.today', 'svcdef.trace.server']);
        expect(contributes.configuration.properties['svcdef.catalog.view'].enum).toEqual(['customer', 'user', 'support']);
    });

    it('points only at files that exist and that .vscodeignore lets into the .vsix', () => {
        const referenced = [
            manifest.main,
            manifest.icon,
            'out/language-server.cjs',
            ...contributes.languages.flatMap((language: { configuration: string; icon: { light: string; dark: string } }) =>
                [language.configuration, language.icon.light, language.icon.dark]),
            ...contributes.grammars.map((grammar: { path: string }) => grammar.path),
            ...contributes.snippets.map((snippet: { path: string }) => snippet.path),
            ...contributes.viewsContainers.activitybar.map((container: { icon: string }) => container.icon)
        ].map(file => path.posix.normalize(file));
        const allowed = readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n')
            .filter(line => line.startsWith('!')).map(line => line.slice(1).trim());
        for (const file of new Set(referenced)) {
            if (file !== manifest.main && !file.startsWith('out/')) {
                expect(existsSync(path.join(root, file)), file).toBe(true);
            }
            expect(allowed, file).toContain(file);
        }
    });
});
