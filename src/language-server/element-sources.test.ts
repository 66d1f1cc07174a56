import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalog, catalogSourcesOf } from '../generator/catalog-model.js';
import { catalogHtmlFiles } from '../generator/catalog-html.js';
import { simpleName } from '../generator/display-text.js';
import { viewOf } from '../generator/catalog-views.js';
import type { SourceLocation } from '../protocol/svcdef-requests.js';
import { folderWorkspace } from '../../test/language-server/folder-workspace.js';
import { elementSource, pageElement } from './element-sources.js';

const ACME = fileURLToPath(new URL('../../examples/acme', import.meta.url));

let scratch: string | undefined;

afterEach(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
    scratch = undefined;
});

async function open(folder: string) {
    const { workspace, services } = await folderWorkspace(folder);
    const models = await workspace.readModels(models => models);
    return { models, catalog: buildCatalog(models, catalogSourcesOf(services)), a2: services.a2.Model };
}

/** The text a source location spans. */
async function textAt(location: SourceLocation): Promise<string> {
    const lines = (await readFile(URI.parse(location.uri).fsPath, 'utf8')).split('\n');
    const { start, end } = location.range;
    expect(end.line).toBe(start.line);
    return lines[start.line].slice(start.character, end.character);
}

describe('Go to Source from a page of the catalog preview', () => {
    it('finds the declaration of the service or agreement every such page of the support view shows', async () => {
        const { models, catalog, a2 } = await open(ACME);
        const view = viewOf(catalog, 'support');
        const pages = [...catalogHtmlFiles(view, { a2 })].map(file => file.path).filter(page => page.endsWith('.html'));
        const elementPages = pages.filter(page => /^(services|slas|olas|ucs)\//.test(page));
        expect(elementPages.length).toBeGreaterThan(20);
        for (const page of elementPages) {
            const element = pageElement(view.catalog, page);
            expect(element, page).toBeDefined();
            expect(page.split('/')[0], page).toBe(element!.kind === 'service' ? 'services' : `${element!.kind}s`);
            const source = elementSource(models, element!);
            expect(source, page).toBeDefined();
            expect(await textAt(source!), page).toBe(simpleName(element!.id));
        }
        for (const page of pages.filter(page => !elementPages.includes(page))) {
            expect(pageElement(view.catalog, page), page).toBeUndefined();
        }
    });

    it('tells apart two declarations of one name, in the order the catalog numbers them', async () => {
        scratch = await mkdtemp(path.join(os.tmpdir(), 'svcdef-element-sources-'));
        await mkdir(path.join(scratch, 'b'));
        await writeFile(path.join(scratch, 'b', 'second.svcdef'), 'service Email "Email (b)" { status live }\n');
        await writeFile(path.join(scratch, 'a.svcdef'), '// first\n\nservice Email "Email (a)" { status live }\nservice Chat "Chat" { status live }\n');
        const { models, catalog } = await open(scratch);
        const [first, second] = catalog.services.filter(service => service.name === 'Email');
        expect([first.id, second.id]).toEqual(['Email', 'Email~2']);
        const sourceOf = (id: string) => elementSource(models, { kind: 'service', id });
        const [a, b] = [sourceOf(first.id), sourceOf(second.id)];
        // The catalog's first declaration is the one whose title it shows first.
        expect(first.title).toBe('Email (a)');
        expect(URI.parse(a!.uri).fsPath).toBe(path.join(scratch, 'a.svcdef'));
        expect(a!.range.start).toEqual({ line: 2, character: 8 });
        expect(URI.parse(b!.uri).fsPath).toBe(path.join(scratch, 'b', 'second.svcdef'));
        expect(sourceOf('Email~3')).toBeUndefined();
        expect(elementSource(models, { kind: 'sla', id: 'Email' })).toBeUndefined();
    });
});
