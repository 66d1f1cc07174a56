/**
 * The .vsix that `npm run package` wrote, as the Extensions view and the marketplace read
 * it: the listing links, the changelog, a README for users whose screenshots are inside
 * the package, and a size under 2 MB. Part of the editor suite, which packages first.
 */
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packagedVsix } from './code-server.js';

/** vsce's own reader of the packages it writes; it lowercases the entry names. */
const { readZip } = createRequire(import.meta.url)('@vscode/vsce/out/zip.js') as {
    readZip(file: string, filter: (name: string) => boolean): Promise<Map<string, Buffer>>;
};

const MAX_VSIX_BYTES = 2 * 1024 * 1024;

let vsix: string;
let entries: Map<string, Buffer>;

beforeAll(async () => {
    vsix = await packagedVsix();
    entries = await readZip(vsix, () => true);
});

function text(entry: string): string {
    const content = entries.get(entry);
    if (!content) throw new Error(`${path.basename(vsix)} has no ${entry}; it has ${[...entries.keys()].join(', ')}`);
    return content.toString('utf8');
}

describe('the packaged .vsix', () => {
    it('stays under 2 MB', async () => {
        expect((await stat(vsix)).size).toBeLessThan(MAX_VSIX_BYTES);
    });

    it('names the repository, the issues and the home page in its manifest', () => {
        const manifest = text('extension.vsixmanifest');
        expect(manifest).toContain('Microsoft.VisualStudio.Services.Links.Source" Value="https://github.com/svcdef/svcdef.git"');
        expect(manifest).toContain('Microsoft.VisualStudio.Services.Links.Support" Value="https://github.com/svcdef/svcdef/issues"');
        expect(manifest).toContain('Microsoft.VisualStudio.Services.Links.Learn" Value="https://github.com/svcdef/svcdef#readme"');
    });

    it('carries the changelog, shown as the listing\'s Changelog tab', () => {
        expect(text('extension/changelog.md')).toMatch(/^# Changelog/);
        expect(text('extension.vsixmanifest')).toContain('Microsoft.VisualStudio.Services.Content.Changelog" Path="extension/changelog.md"');
    });

    it('has a README for users, without contributor sections', () => {
        const readme = text('extension/readme.md');
        expect(readme).toMatch(/^# svcdef for Visual Studio Code/);
        const headings = [...readme.matchAll(/^#+\s+(.*)$/gm)].map(match => match[1]);
        expect(headings.filter(heading => /contribut|development|building/i.test(heading))).toEqual([]);
    });

    it('holds every image the README shows', () => {
        const readme = text('extension/readme.md');
        const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(match => match[1]);
        expect(images.length).toBeGreaterThanOrEqual(3);
        for (const image of images) {
            const content = entries.get(`extension/${image.toLowerCase()}`);
            expect(content, image).toBeDefined();
            // A PNG, not a pointer or an empty file.
            expect(content!.subarray(1, 4).toString('latin1'), image).toBe('PNG');
        }
    });

    it('contributes no snippets file: the server offers the snippets', () => {
        expect([...entries.keys()].filter(entry => entry.includes('snippets'))).toEqual([]);
    });
});
