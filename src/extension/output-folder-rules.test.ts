import { describe, expect, it } from 'vitest';
import { OUTPUT_MARKER, refusalToWrite, type FolderEntry } from './output-folder-rules.js';

const file = (name: string): FolderEntry => ({ name, isFolder: false });
const folder = (name: string): FolderEntry => ({ name, isFolder: true });

describe('the folders the catalog commands write into', () => {
    const workspace = '/home/ann/catalog';

    it('writes into a new folder, an empty one, or one svcdef wrote before', () => {
        expect(refusalToWrite('/home/ann/catalog/out', 'out', workspace, undefined)).toBeUndefined();
        expect(refusalToWrite('/home/ann/catalog/out', 'out', workspace, [])).toBeUndefined();
        expect(refusalToWrite('/home/ann/catalog/out', 'out', workspace, [file(OUTPUT_MARKER), folder('customer')])).toBeUndefined();
    });

    it('refuses a folder someone else filled, and says what to do', () => {
        expect(refusalToWrite('/home/ann/catalog/docs', 'docs', workspace, [file('README.md')]))
            .toMatch(/^docs is not empty and was not written by svcdef.*Empty it, or set svcdef\.catalog\.outputFolder to a new folder\.$/);
    });

    it('refuses the workspace folder and its parents', () => {
        expect(refusalToWrite(workspace, '.', workspace, [file(OUTPUT_MARKER)])).toMatch(/^\. is the workspace folder or one of its parents/);
        expect(refusalToWrite('/home/ann', '/home/ann', workspace, undefined)).toMatch(/one of its parents/);
    });

    it('refuses a folder holding sources even when it carries the marker', () => {
        expect(refusalToWrite('/home/ann/catalog/out', 'out', workspace, [file(OUTPUT_MARKER), file('email.svcdef')]))
            .toMatch(/^out holds email\.svcdef, a source of the workspace/);
        expect(refusalToWrite('/home/ann/catalog/out', 'out', workspace, [file(OUTPUT_MARKER), file('svcdef.json')]))
            .toMatch(/holds svcdef\.json/);
    });
});
