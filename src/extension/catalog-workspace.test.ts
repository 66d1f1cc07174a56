import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogWorkspace } from './catalog-workspace.js';

let folder: string;

beforeEach(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'svcdef-catalog-workspace-'));
});

afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
});

async function write(relativePath: string, text: string): Promise<string> {
    const file = path.join(folder, relativePath);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    return URI.file(file).toString();
}

async function open(): Promise<CatalogWorkspace> {
    return CatalogWorkspace.open([{ name: 'ws', uri: URI.file(folder).toString() }], NodeFileSystem);
}

const PARTIES = 'provider CentralIT "Central IT"\ncustomer Finance "Group Finance"\n';
const SERVICES = 'service Email "Corporate Email" { status live owner CentralIT }\nservice Erp "ERP" { status live }\n';
const BINDINGS = '/** Drafted with the divisions. */\nbinding SlaAuthoring "Write SLAs" implements A243 {\n  owner CentralIT\n  produces "SLAs, OLAs, UCs"\n  consumes "Service Catalog"\n}\n';

describe('the saved workspace the catalog commands and views read', () => {
    it('reads every .svcdef file the language server reads, and skips the folders it skips', async () => {
        const parties = await write('parties.svcdef', PARTIES);
        const services = await write('services/all.svcdef', SERVICES);
        await write('node_modules/pkg/ignored.svcdef', 'service Ignored {}');
        await write('out/ignored.svcdef', 'service Ignored {}');
        await write('.hidden/ignored.svcdef', 'service Ignored {}');
        const workspace = await open();
        expect(await workspace.files()).toEqual([parties, services].sort());
        const catalog = await workspace.catalog();
        expect(catalog.services.map(service => service.title)).toEqual(['Corporate Email', 'ERP']);
        expect(catalog.services[0].owner).toMatchObject({ name: 'CentralIT', resolved: true });
    });

    it('lists bindings with the node they implement and where their name is', async () => {
        await write('parties.svcdef', PARTIES);
        const bindings = await write('bindings.svcdef', BINDINGS);
        const [binding] = await (await open()).bindings();
        expect(binding).toEqual({
            name: 'SlaAuthoring',
            title: 'Write SLAs',
            nodeId: 'A243',
            owner: 'CentralIT',
            produces: ['SLAs, OLAs, UCs'],
            consumes: ['Service Catalog'],
            location: { uri: bindings, range: { start: { line: 1, character: 8 }, end: { line: 1, character: 20 } } }
        });
    });

    it('follows changed, new and deleted files', async () => {
        const services = await write('services.svcdef', SERVICES);
        const workspace = await open();
        expect((await workspace.catalog()).services).toHaveLength(2);

        await writeFile(new URL(services), 'service Email "Mail" { status retiring }\n');
        const added = await write('more.svcdef', 'service Wiki "Team Wiki" { status planned }\n');
        await workspace.update([services, added], []);
        expect((await workspace.catalog()).services.map(service => `${service.title}:${service.status}`)).toEqual(['Mail:retiring', 'Team Wiki:planned']);

        await rm(new URL(added));
        await workspace.update([], [added]);
        expect(await workspace.files()).toEqual([services]);
        expect((await workspace.catalog()).services.map(service => service.name)).toEqual(['Email']);
    });

    it('keeps working when a saved file does not parse', async () => {
        const services = await write('services.svcdef', SERVICES);
        const workspace = await open();
        await writeFile(new URL(services), 'service Email "Corporate Email" { status live\nservice Erp "ERP" {');
        await workspace.update([services], []);
        const catalog = await workspace.catalog();
        expect(catalog.services.map(service => service.name)).toContain('Email');
    });
});
