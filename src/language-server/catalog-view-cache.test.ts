import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/cli/built-cli.js';
import { folderWorkspace } from '../../test/language-server/folder-workspace.js';
import { CatalogViewCache } from './catalog-view-cache.js';

describe('the catalog model behind the preview', { timeout: 60_000 }, () => {
    it('is built when a view is asked for, holds one view at most, and is let go on a change', async () => {
        const { workspace, services } = await folderWorkspace(path.join(ROOT, 'examples/acme'));
        const cache = new CatalogViewCache(workspace, services);
        expect(cache.holds).toBeUndefined();
        const customer = await cache.with('customer', view => view);
        expect(cache.holds).toBe('customer');
        // Asked again, the same model answers: nothing is rebuilt per page.
        expect(await cache.with('customer', view => view)).toBe(customer);
        await cache.with('support', view => view.name);
        expect(cache.holds).toBe('support');
        cache.clear();
        expect(cache.holds).toBeUndefined();
    });

    it('judges agreements on the day the checks use, and builds again when that day changes', async () => {
        const { workspace, services } = await folderWorkspace(path.join(ROOT, 'examples/acme'));
        const cache = new CatalogViewCache(workspace, services);
        services.settings.setToday('2030-01-01');
        const later = await cache.with('customer', view => view.catalog.slas.map(sla => sla.standing));
        expect(later.filter(standing => standing === 'expired').length).toBeGreaterThan(0);
        services.settings.setToday('2026-06-01');
        const earlier = await cache.with('customer', view => view.catalog.slas.map(sla => sla.standing));
        expect(earlier.filter(standing => standing === 'expired').length).toBeLessThan(later.filter(standing => standing === 'expired').length);
    });
});
