import { URI } from 'langium';
import { FileChangeType } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import type { WorkspaceFileContent } from '../protocol/workspace-files-requests.js';
import { BridgedFileSystem, READ_BATCH, type WorkspaceFilesBridge } from './bridged-file-system.js';

/** A client holding `files` (URI → text), counting what the server asks of it. */
function client(files: Map<string, string>) {
    const calls = { list: [] as string[][], read: [] as string[][] };
    const bridge: WorkspaceFilesBridge = {
        list: async folders => {
            calls.list.push([...folders]);
            return [...files.keys()].filter(uri => folders.some(folder => uri.startsWith(`${folder}/`)));
        },
        read: async uris => {
            calls.read.push([...uris]);
            return uris.map((uri): WorkspaceFileContent => (files.has(uri) ? { uri, text: files.get(uri)! } : { uri, error: `${uri} is gone` }));
        }
    };
    return { bridge, calls };
}

const ROOT = 'file:///ws';
const uri = (path: string) => URI.parse(`${ROOT}/${path}`);

function workspace(): Map<string, string> {
    return new Map([
        [`${ROOT}/a.svcdef`, 'service A {}'],
        [`${ROOT}/services/b.svcdef`, 'service B {}'],
        [`${ROOT}/services/deep/c.svcdef`, 'service C {}'],
        [`${ROOT}/calendars/holidays.ics`, 'BEGIN:VCALENDAR'],
        [`${ROOT}/svcdef.json`, '{}']
    ]);
}

describe('the bridged file system', () => {
    it('is empty, and answers at once, for a client that does not offer the files', async () => {
        const files = new BridgedFileSystem();
        expect(await files.readDirectory(URI.parse(ROOT))).toEqual([]);
        expect(await files.exists(uri('a.svcdef'))).toBe(false);
        await expect(files.stat(uri('a.svcdef'))).rejects.toThrow(/not a file or folder/);
        await expect(files.readFile(uri('a.svcdef'))).rejects.toThrow(/did not offer the workspace's files/);
    });

    it('answers the whole folder tree from one listing', async () => {
        const { bridge, calls } = client(workspace());
        const files = new BridgedFileSystem();
        files.connect(bridge, [ROOT]);
        const root = await files.readDirectory(URI.parse(ROOT));
        expect(root.map(node => [node.uri.toString(), node.isDirectory]).sort()).toEqual([
            [`${ROOT}/a.svcdef`, false], [`${ROOT}/calendars`, true], [`${ROOT}/services`, true], [`${ROOT}/svcdef.json`, false]
        ]);
        const services = await files.readDirectory(uri('services'));
        expect(services.map(node => node.uri.toString()).sort()).toEqual([`${ROOT}/services/b.svcdef`, `${ROOT}/services/deep`]);
        expect((await files.stat(uri('services/deep'))).isDirectory).toBe(true);
        expect((await files.stat(uri('services/deep/c.svcdef'))).isFile).toBe(true);
        expect(calls.list).toEqual([[ROOT]]);
    });

    it('reads the files asked for together in one request per batch', async () => {
        const many = new Map(Array.from({ length: READ_BATCH + 5 }, (_, i) => [`${ROOT}/f${i}.svcdef`, `service F${i} {}`]));
        const { bridge, calls } = client(many);
        const files = new BridgedFileSystem();
        files.connect(bridge, [ROOT]);
        const texts = await Promise.all([...many.keys()].map(key => files.readFile(URI.parse(key))));
        expect(texts).toEqual([...many.values()]);
        expect(calls.read.map(batch => batch.length)).toEqual([READ_BATCH, 5]);
    });

    it('keeps holidays calendars and svcdef.json, read with the listing, for synchronous reads', async () => {
        const { bridge, calls } = client(workspace());
        const files = new BridgedFileSystem();
        files.connect(bridge, [ROOT]);
        await files.readDirectory(URI.parse(ROOT));
        expect(files.readFileSync(uri('calendars/holidays.ics'))).toBe('BEGIN:VCALENDAR');
        expect(files.existsSync(uri('calendars/holidays.ics'))).toBe(true);
        expect(await files.readFile(uri('svcdef.json'))).toBe('{}');
        expect(calls.read).toEqual([[`${ROOT}/calendars/holidays.ics`, `${ROOT}/svcdef.json`]]);
        expect(() => files.readFileSync(uri('a.svcdef'))).toThrow(/not a file of the workspace/);
    });

    it('rejects a file the client cannot read with the client\'s reason', async () => {
        const { bridge } = client(workspace());
        const files = new BridgedFileSystem();
        files.connect(bridge, [ROOT]);
        await expect(files.readFile(uri('missing.svcdef'))).rejects.toThrow(/is gone/);
    });

    it('follows the file events: created files appear, deleted folders go, changed calendars are read again', async () => {
        const disk = workspace();
        const { bridge } = client(disk);
        const files = new BridgedFileSystem();
        files.connect(bridge, [ROOT]);
        await files.readDirectory(URI.parse(ROOT));

        disk.set(`${ROOT}/new/d.svcdef`, 'service D {}');
        disk.set(`${ROOT}/calendars/holidays.ics`, 'BEGIN:VCALENDAR\nX');
        await files.applyChanges([
            { uri: `${ROOT}/new/d.svcdef`, type: FileChangeType.Created },
            { uri: `${ROOT}/calendars/holidays.ics`, type: FileChangeType.Changed },
            { uri: `${ROOT}/services`, type: FileChangeType.Deleted }
        ]);
        expect((await files.readDirectory(uri('new'))).map(node => node.uri.toString())).toEqual([`${ROOT}/new/d.svcdef`]);
        expect(files.readFileSync(uri('calendars/holidays.ics'))).toBe('BEGIN:VCALENDAR\nX');
        expect(await files.exists(uri('services/deep/c.svcdef'))).toBe(false);
        expect((await files.readDirectory(URI.parse(ROOT))).map(node => node.uri.toString())).not.toContain(`${ROOT}/services`);
    });

    it('lists a folder added to the workspace later on its own', async () => {
        const disk = new Map([...workspace(), ['file:///other/e.svcdef', 'service E {}']]);
        const { bridge, calls } = client(disk);
        const files = new BridgedFileSystem();
        files.connect(bridge, [ROOT]);
        expect((await files.readDirectory(URI.parse('file:///other'))).map(node => node.uri.toString())).toEqual(['file:///other/e.svcdef']);
        expect(calls.list.map(folders => folders.join()).sort()).toEqual(['file:///other', ROOT]);
    });
});
