import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/cli/built-cli.js';
import { folderWorkspace } from '../../test/language-server/folder-workspace.js';
import { catalogHtmlFiles } from '../generator/catalog-html.js';
import type { CatalogView } from '../generator/catalog-views.js';
import type { SearchPieceKind } from '../generator/search-piece-kinds.js';
import { CatalogViewCache } from './catalog-view-cache.js';
import { PreviewSearchIndexes, viewSearchIndex } from './preview-search-index.js';

describe('the search index behind the preview', { timeout: 60_000 }, () => {
    it('is built once per view model the cache holds, on the first search, and again for a new model', async () => {
        const { workspace, services } = await folderWorkspace(path.join(ROOT, 'examples/acme'));
        const cache = new CatalogViewCache(workspace, services);
        const builtFor: CatalogView[] = [];
        const indexes = new PreviewSearchIndexes(view => {
            builtFor.push(view);
            return viewSearchIndex(view, services.a2.Model);
        });
        const ask = (kind: SearchPieceKind, key: string) => cache.with('customer', view => indexes.piece(view, kind, key));
        await cache.with('customer', view => view);
        expect(builtFor).toEqual([]);
        const manifest = await ask('m', '') as { shards: string[] };
        await ask('t', manifest.shards[0]);
        await ask('d', '0');
        expect(await ask('t', 'qqq')).toBeUndefined();
        expect(builtFor).toHaveLength(1);
        // A change of the workspace lets the model go; the next search builds the new model's index.
        cache.clear();
        await ask('m', '');
        expect(builtFor).toHaveLength(2);
        expect(builtFor[1]).not.toBe(builtFor[0]);
    });

    it('holds, by kind and key, the data of every file the view\'s site has under search/', async () => {
        const { workspace, services } = await folderWorkspace(path.join(ROOT, 'examples/acme'));
        const cache = new CatalogViewCache(workspace, services);
        await cache.with('support', view => {
            const pieces = viewSearchIndex(view, services.a2.Model);
            const files = [...catalogHtmlFiles(view, { a2: services.a2.Model })].filter(file => file.path.startsWith('search/'));
            expect(pieces.size).toBe(files.length);
            for (const file of files) {
                const [, kind, key, data] = /^svcdefSearchLoaded\("([mtd])",("[^"]*"),(.*)\);\n$/s.exec(file.content)!;
                expect(pieces.get(`${kind as SearchPieceKind}:${JSON.parse(key) as string}`), file.path).toEqual(JSON.parse(data));
            }
        });
    });
});
