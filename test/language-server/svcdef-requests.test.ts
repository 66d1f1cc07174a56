/**
 * The svcdef requests over a real JSON-RPC connection, as the extension sends them, answered
 * by the handlers the language server registers, on examples/acme read from disk.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { runInNewContext } from 'node:vm';
import { URI } from 'langium';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { a2Model } from '../../src/a2/a2-reference-model.js';
import { buildCatalog, catalogSourcesOf } from '../../src/generator/catalog-model.js';
import { CATALOG_FORMATS, catalogOutputs } from '../../src/generator/output-layout.js';
import { CATALOG_VIEWS } from '../../src/generator/catalog-views.js';
import { SEARCH_CALLBACK } from '../../src/generator/search-index-format.js';
import { registerSvcdefRequests } from '../../src/language-server/svcdef-request-handlers.js';
import {
    A2TreeRequest, BuiltinLibraryRequest, ElementSourceRequest, GenerateRequest, PreviewPageRequest, SearchIndexPieceRequest,
    WorkspaceChangedNotification, isGenerationRefused, isMissingPage,
    type GenerateParams, type GeneratedFileData, type PreviewPage, type SearchIndexPieceParams, type WorkspaceChangedParams
} from '../../src/protocol/svcdef-requests.js';
import { ROOT } from '../cli/built-cli.js';
import { folderWorkspace } from './folder-workspace.js';
import { findTreeEntry as find } from './a2-tree-entries.js';

type Opened = Awaited<ReturnType<typeof folderWorkspace>>;

/** A client connection to the svcdef request handlers over in-memory streams. */
function connect(opened: Opened) {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const registration = registerSvcdefRequests(server, opened.shared, opened.services);
    server.listen();
    const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const changes: WorkspaceChangedParams[] = [];
    client.onNotification(WorkspaceChangedNotification, params => {
        changes.push(params);
    });
    client.listen();
    return {
        client,
        changes,
        close() {
            registration.dispose();
            client.dispose();
            server.dispose();
        }
    };
}

async function generateAll(client: ProtocolConnection, params: GenerateParams): Promise<GeneratedFileData[]> {
    const files: GeneratedFileData[] = [];
    let result = await client.sendRequest(GenerateRequest, params);
    for (;;) {
        if (isGenerationRefused(result)) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
        files.push(...result.files);
        if (result.next === undefined) return files;
        result = await client.sendRequest(GenerateRequest, { ...params, continuation: result.next });
    }
}

/** What a search index file hands the site script when a page loads it: run as the browser runs it, with the site script's callback. */
function searchFileCall(file: GeneratedFileData): Omit<SearchIndexPieceParams, 'view'> & { data: unknown } {
    const calls: [string, string, unknown][] = [];
    runInNewContext(file.content, { [SEARCH_CALLBACK]: (kind: string, key: string, data: unknown) => calls.push([kind, key, data]) });
    expect(calls, file.path).toHaveLength(1);
    const [kind, key, data] = calls[0];
    // Out of the script's realm, so it compares as plain data.
    return { kind: kind as SearchIndexPieceParams['kind'], key, data: JSON.parse(JSON.stringify(data)) };
}

describe('the svcdef requests on examples/acme', { timeout: 60_000 }, () => {
    let opened: Opened;
    let session: ReturnType<typeof connect>;

    beforeAll(async () => {
        opened = await folderWorkspace(path.join(ROOT, 'examples/acme'));
        session = connect(opened);
    });

    afterAll(() => session.close());

    it('previews the index page of a view with its stylesheet and the number of files', async () => {
        const page = await session.client.sendRequest(PreviewPageRequest, { view: 'customer', path: 'index.html' });
        if (isMissingPage(page)) throw new Error('no index page');
        expect(page.path).toBe('index.html');
        expect(page.content).toContain('SAP S/4HANA ERP');
        expect(page.assets.map(([asset]) => asset).some(asset => /^assets\/svcdef\.[^/]+\.css$/.test(asset))).toBe(true);
        expect(page.files).toBe(11);
        expect(page.hasSource).toBe(false);
    });

    it('previews a service page, which has a source to go to, and finds that source', async () => {
        const page = await session.client.sendRequest(PreviewPageRequest, { view: 'support', path: 'services/erp.html' }) as PreviewPage;
        expect(page.content).toContain('SAP S/4HANA ERP');
        expect(page.hasSource).toBe(true);
        const source = await session.client.sendRequest(ElementSourceRequest, { view: 'support', path: 'services/erp.html' });
        expect(source).not.toBeNull();
        expect(URI.parse(source!.uri).fsPath).toBe(path.join(ROOT, 'examples/acme/services/business-apps.svcdef'));
        const line = (await readFile(URI.parse(source!.uri).fsPath, 'utf8')).split('\n')[source!.range.start.line];
        expect(line.slice(source!.range.start.character, source!.range.end.character)).toBe('Erp');
        expect(await session.client.sendRequest(ElementSourceRequest, { view: 'support', path: 'index.html' })).toBeNull();
    });

    it('answers a page the site does not have as missing, and an unknown view with a message', async () => {
        expect(await session.client.sendRequest(PreviewPageRequest, { view: 'user', path: 'services/nothing.html' })).toEqual({ missing: true });
        await expect(session.client.sendRequest(PreviewPageRequest, { view: 'admin' as never, path: 'index.html' }))
            .rejects.toThrow(/Unknown catalog view 'admin': ask for customer, user or support/);
    });

    for (const view of CATALOG_VIEWS) {
        it(`answers the preview's search with the pieces of the index the ${view} view's site holds`, async () => {
            const written = (await generateAll(session.client, { kind: 'catalog', view, formats: ['html'] }))
                .filter(file => file.path.startsWith(`${view}/search/`));
            expect(written.length).toBeGreaterThan(3);
            for (const file of written) {
                const { kind, key, data } = searchFileCall(file);
                expect(await session.client.sendRequest(SearchIndexPieceRequest, { view, kind, key }), file.path).toEqual(data);
            }
        });
    }

    it('answers a piece the index does not have with null, and a piece that cannot exist with a message', async () => {
        expect(await session.client.sendRequest(SearchIndexPieceRequest, { view: 'user', kind: 't', key: 'qqq' })).toBeNull();
        expect(await session.client.sendRequest(SearchIndexPieceRequest, { view: 'user', kind: 'd', key: '999' })).toBeNull();
        await expect(session.client.sendRequest(SearchIndexPieceRequest, { view: 'user', kind: 'x' as never, key: '' }))
            .rejects.toThrow(/Unknown search index piece 'x:': ask for kind m, t or d/);
        await expect(session.client.sendRequest(SearchIndexPieceRequest, { view: 'admin' as never, kind: 'm', key: '' }))
            .rejects.toThrow(/Unknown catalog view 'admin'/);
    });

    it('generates the same catalog files the CLI writes, in batches', async () => {
        const files = await generateAll(session.client, { kind: 'catalog' });
        const expected = await opened.workspace.readModels(models =>
            catalogOutputs(buildCatalog(models, catalogSourcesOf(opened.services)), {
                views: CATALOG_VIEWS, formats: CATALOG_FORMATS, a2: a2Model, today: opened.services.settings.today
            }));
        expect(files.map(file => file.path)).toEqual(expected.map(file => file.path));
        expect(files.find(file => file.path === 'support/catalog.json')?.content)
            .toBe(expected.find(file => file.path === 'support/catalog.json')?.content);
    });

    it('generates one view in the formats asked for', async () => {
        const files = await generateAll(session.client, { kind: 'catalog', view: 'user', formats: ['html'] });
        expect(files.length).toBeGreaterThan(10);
        expect(files.every(file => file.path.startsWith('user/') && !file.path.endsWith('.json') && !file.path.endsWith('.md'))).toBe(true);
    });

    it('generates the SLA documents, in HTML and Markdown with their index', async () => {
        const files = await generateAll(session.client, { kind: 'sla', view: 'customer' });
        const paths = files.map(file => file.path);
        expect(paths).toContain('index.html');
        expect(paths.some(file => file.endsWith('.md'))).toBe(true);
        expect(files.some(file => file.content.includes('ERP for Group Finance'))).toBe(true);
        // Judged on the day the checks use, as the CLI judges them, and saying which day that was.
        expect(files.find(file => file.path === 'index.html')?.content).toContain(`Status as of ${opened.services.settings.today}.`);
    });

    it('gives the A2 model view its tree with the workspace\'s bindings', async () => {
        const tree = await session.client.sendRequest(A2TreeRequest);
        expect(tree[0].label).toBe('A2 Customer Relationships');
        const activity = find(tree, 'node:A212');
        expect(activity?.bound).toBe(true);
        const binding = activity?.children.find(child => child.kind === 'binding');
        expect(binding?.label).toBe('NeedsIntake');
        expect(URI.parse(binding!.location!.uri).fsPath).toBe(path.join(ROOT, 'examples/acme/bindings.svcdef'));
    });

    it('gives the built-in library\'s text', async () => {
        const library = await session.client.sendRequest(BuiltinLibraryRequest);
        expect(library.uri).toBe('builtin:/svcdef-library.svcdef');
        expect(library.text).toMatch(/^activity A243 "Create and Maintain Service Level Agreements"/m);
    });
});

describe('the svcdef requests as the workspace changes', { timeout: 60_000 }, () => {
    let folder: string;
    let opened: Opened;
    let session: ReturnType<typeof connect>;

    beforeAll(async () => {
        folder = await mkdtemp(path.join(os.tmpdir(), 'svcdef-requests-'));
        await cp(path.join(ROOT, 'examples/acme'), folder, { recursive: true });
        opened = await folderWorkspace(folder);
        session = connect(opened);
    });

    afterEach(() => {
        session.changes.length = 0;
    });

    afterAll(async () => {
        session.close();
        await rm(folder, { recursive: true, force: true });
    });

    async function change(relativePath: string, text: string): Promise<void> {
        const file = path.join(folder, relativePath);
        await writeFile(file, text);
        await opened.shared.workspace.WorkspaceLock.write(token =>
            opened.shared.workspace.DocumentBuilder.update([URI.file(file)], [], token));
    }

    it('announces a built change once, after the burst, with the number of files', async () => {
        await change('extra.svcdef', 'service Chat "Team Chat" { status live }\n');
        await change('extra.svcdef', 'service Chat "Team Chat and Calls" { status live }\n');
        await expect.poll(() => session.changes.length, { timeout: 5_000 }).toBe(1);
        expect(session.changes[0]).toEqual({ files: 12 });
        const page = await session.client.sendRequest(PreviewPageRequest, { view: 'customer', path: 'index.html' }) as PreviewPage;
        expect(page.content).toContain('Team Chat and Calls');
    });

    it('answers the preview\'s search from the workspace as changed', async () => {
        const manifest = () => session.client.sendRequest(SearchIndexPieceRequest, { view: 'customer', kind: 'm', key: '' }) as Promise<{ documentCount: number }>;
        const before = (await manifest()).documentCount;
        await change('rooms.svcdef', 'service Rooms "Video Rooms" { status live }\n');
        await expect.poll(() => session.changes.length, { timeout: 5_000 }).toBe(1);
        expect((await manifest()).documentCount).toBe(before + 1);
        const shard = await session.client.sendRequest(SearchIndexPieceRequest, { view: 'customer', kind: 't', key: 'vi' }) as { t: [string][] };
        expect(shard.t.map(([term]) => term)).toContain('video');
    });

    it('refuses to generate from a workspace with errors, naming them, unless forced', async () => {
        await change('broken.svcdef', 'sla Broken { customer Nobody }\n');
        const refused = await session.client.sendRequest(GenerateRequest, { kind: 'catalog', view: 'customer', formats: ['md'] });
        if (!isGenerationRefused(refused)) throw new Error('generated despite errors');
        expect(refused.errorCount).toBeGreaterThan(0);
        expect(refused.errors[0]).toMatchObject({ uri: URI.file(path.join(folder, 'broken.svcdef')).toString() });
        expect(refused.errors[0].message).toMatch(/Nobody/);
        const forced = await generateAll(session.client, { kind: 'catalog', view: 'customer', formats: ['md'], force: true });
        expect(forced.map(file => file.path)).toEqual(['customer/catalog.md']);
        await rm(path.join(folder, 'broken.svcdef'));
        await opened.shared.workspace.WorkspaceLock.write(token =>
            opened.shared.workspace.DocumentBuilder.update([], [URI.file(path.join(folder, 'broken.svcdef'))], token));
    });
});
