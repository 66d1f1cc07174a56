import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { a2Model } from '../a2/a2-reference-model.js';
import type { Catalog } from '../generator/catalog-model.js';
import { linkedAssets } from './preview-site.js';
import { viewSiteFiles, writeSiteFiles, writtenPagePath } from './preview-export.js';

let root: string;

beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'svcdef-preview-export-'));
});

afterEach(async () => {
    await rm(root, { recursive: true, force: true });
});

const CATALOG: Catalog = {
    services: [{
        id: 'Email', name: 'Email', title: 'Corporate Email', status: 'live', kind: 'business', tags: [], dependencies: [], offerings: [],
        internal: [], slas: [], customers: [], packages: []
    }],
    calendars: [], priorities: [], slas: [], olas: [], ucs: [], providers: [], customers: [], units: [], suppliers: [],
    patterns: [], forecasts: [], packages: [], bindings: []
};

describe('Open in Browser from the catalog preview', () => {
    it('writes the view\'s published site, the page shown and the assets it links to included', async () => {
        const written = await writeSiteFiles(root, viewSiteFiles(CATALOG, 'user', a2Model));
        const page = writtenPagePath(root, 'user', 'services/email.html');
        expect(written).toContain(page);
        expect(written.every(file => file.startsWith(path.join(root, 'user') + path.sep))).toBe(true);
        const content = await readFile(page, 'utf8');
        expect(content).toContain('Corporate Email');
        for (const asset of linkedAssets('services/email.html', content)) {
            expect(written, asset).toContain(path.join(root, 'user', ...asset.split('/')));
        }
        expect(await readdir(root)).toEqual(['user']);
    });

    it('writes streamed files piece by piece and refuses a path that leaves the folder', async () => {
        await writeSiteFiles(root, [{ path: 'v/big.json', chunks: ['[', '1,', '2', ']'] }]);
        expect(await readFile(path.join(root, 'v', 'big.json'), 'utf8')).toBe('[1,2]');
        await expect(writeSiteFiles(root, [{ path: '../escape.html', content: 'x' }])).rejects.toThrow(/plain relative path/);
        expect(() => writtenPagePath(root, 'customer', '../../etc/passwd')).toThrow(/plain relative path/);
    });
});
