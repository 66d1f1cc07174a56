import { describe, expect, it } from 'vitest';
import { isInside, outputFilePath, OutputLocationError, resolveOutputFolder } from './output-location.js';

describe('where the catalog commands write', () => {
    const workspace = '/home/ann/catalog';

    it('puts a relative setting under the workspace folder, out/ by default', () => {
        expect(resolveOutputFolder(undefined, workspace)).toBe('/home/ann/catalog/out');
        expect(resolveOutputFolder('  ', workspace)).toBe('/home/ann/catalog/out');
        expect(resolveOutputFolder('site/published', workspace)).toBe('/home/ann/catalog/site/published');
        expect(resolveOutputFolder('../published', workspace)).toBe('/home/ann/published');
        expect(resolveOutputFolder('/srv/www/', workspace)).toBe('/srv/www');
    });

    it('reads a Windows path as absolute, as its file URI spells it', () => {
        expect(resolveOutputFolder('D:\\Sites\\catalog', '/c:/Users/ann/catalog')).toBe('/d:/Sites/catalog');
        expect(resolveOutputFolder('site', '/c:/Users/ann/catalog')).toBe('/c:/Users/ann/catalog/site');
    });

    it('refuses a NUL character in the setting', () => {
        expect(() => resolveOutputFolder('out\0', workspace)).toThrow(OutputLocationError);
    });

    it('places generated files inside the folder', () => {
        expect(outputFilePath('/out', 'customer/services/email.html')).toBe('/out/customer/services/email.html');
    });

    it('refuses generated paths that would leave the folder', () => {
        for (const bad of ['../x.html', 'customer/../../x.html', '/etc/passwd', 'a//b.html', './a.html', 'a\\..\\b.html', 'C:/x.html', '']) {
            expect(() => outputFilePath('/out', bad), bad).toThrow(OutputLocationError);
        }
    });

    it('tells a folder inside another from one that only shares its name\'s start', () => {
        expect(isInside('/home/ann/catalog/out', '/home/ann/catalog')).toBe(true);
        expect(isInside('/home/ann/catalog', '/home/ann/catalog')).toBe(true);
        expect(isInside('/home/ann/catalogue', '/home/ann/catalog')).toBe(false);
    });
});
