import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFilePath, OutputLocationError, resolveOutputFolder } from './output-location.js';

describe('where the catalog commands write', () => {
    const workspace = path.resolve('/home/ann/catalog');

    it('puts a relative setting under the workspace folder, out/ by default', () => {
        expect(resolveOutputFolder(undefined, workspace)).toBe(path.join(workspace, 'out'));
        expect(resolveOutputFolder('  ', workspace)).toBe(path.join(workspace, 'out'));
        expect(resolveOutputFolder('site/published', workspace)).toBe(path.join(workspace, 'site/published'));
        expect(resolveOutputFolder('/srv/www', workspace)).toBe(path.resolve('/srv/www'));
    });

    it('places generated files inside the folder', () => {
        expect(outputFilePath('/out', 'customer/services/email.html')).toBe(path.join('/out', 'customer', 'services', 'email.html'));
    });

    it('refuses generated paths that would leave the folder', () => {
        for (const bad of ['../x.html', 'customer/../../x.html', '/etc/passwd', 'a//b.html', './a.html', 'a\\..\\b.html', '']) {
            expect(() => outputFilePath('/out', bad), bad).toThrow(OutputLocationError);
        }
    });
});
