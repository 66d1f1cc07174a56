/**
 * The extension's manifest (package.json) against the code and the files it points to:
 * a command without a handler, a menu naming a missing command or a contributed file
 * left out of the .vsix only shows up in a running editor otherwise.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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
            manifest.browser,
            manifest.icon,
            'out/language-server.cjs',
            'out/language-server-worker.js',
            ...contributes.languages.flatMap((language: { configuration: string; icon: { light: string; dark: string } }) =>
                [language.configuration, language.icon.light, language.icon.dark]),
            ...contributes.grammars.map((grammar: { path: string }) => grammar.path),
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

    it('runs on the web too, where Compare with Branch (Git) is not offered', () => {
        expect(manifest.browser).toBe('./out/extension-web.cjs');
        // The web extension host loads CommonJS only, and under "type": "module" it takes any
        // entry not ending in .cjs for an ES module and refuses to activate it.
        if (manifest.type === 'module') expect(manifest.browser).toMatch(/\.cjs$/);
        const compare = contributes.menus.commandPalette.find((entry: { command: string }) => entry.command === 'svcdef.compareWithBranch');
        expect(compare.when).toContain('!isWeb');
    });

    it('contributes no static snippets: the language server offers them where their element can stand', () => {
        expect(contributes.snippets).toBeUndefined();
        expect(existsSync(path.join(root, 'snippets'))).toBe(false);
    });
});

/** The listing: what the Extensions view and the marketplace show of the extension. */
describe('the extension listing', () => {
    const readme = readFileSync(path.join(root, 'docs/vscode-extension.md'), 'utf8');
    const allowed = readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n')
        .filter(line => line.startsWith('!')).map(line => line.slice(1).trim());

    it('links to the repository, the issues and the home page', () => {
        expect(manifest.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
        expect(manifest.bugs.url).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w-]+\/issues$/);
        expect(manifest.homepage).toMatch(/^https:\/\//);
    });

    it('packages the changelog and the screenshots', () => {
        expect(allowed).toEqual(expect.arrayContaining(['CHANGELOG.md', 'images/*.png']));
        expect(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8')).toMatch(/^# Changelog/);
    });

    it('has a README for users, without the sections for contributors', () => {
        const headings = [...readme.matchAll(/^#+\s+(.*)$/gm)].map(match => match[1]);
        expect(headings[0]).toBe('svcdef for Visual Studio Code');
        for (const heading of headings) {
            expect(heading).not.toMatch(/contribut|develop|building|build the|unit tests|suite/i);
        }
        expect(readme).not.toMatch(/npm run (package|test)/);
    });

    it('shows screenshots that exist, small enough for the .vsix', () => {
        const images = [...readme.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map(match => ({ alt: match[1], link: match[2] }));
        expect(images.length).toBeGreaterThanOrEqual(3);
        for (const { alt, link } of images) {
            expect(alt.length, link).toBeGreaterThan(10);
            expect(link).toMatch(/^images\/[\w-]+\.png$/);
            const file = path.join(root, 'docs', link);
            expect(existsSync(file), file).toBe(true);
            expect(statSync(file).size, file).toBeLessThan(250 * 1024);
        }
    });

    it('links elsewhere only absolutely: relative links would break inside the .vsix', () => {
        const links = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)].map(match => match[1]);
        expect(links.filter(link => !/^(https:\/\/|#)/.test(link))).toEqual([]);
    });
});
