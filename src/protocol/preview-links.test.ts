import { describe, expect, it } from 'vitest';
import { resolvePreviewLink, sitePath } from './preview-links.js';

describe('links in the catalog preview', () => {
    it('follows relative links between pages of the site, keeping the fragment', () => {
        expect(resolvePreviewLink('index.html', 'services/email.html')).toEqual({ kind: 'page', path: 'services/email.html' });
        expect(resolvePreviewLink('services/email.html', '../slas/finance-email.html')).toEqual({ kind: 'page', path: 'slas/finance-email.html' });
        expect(resolvePreviewLink('services/email.html', '../index.html#agreements')).toEqual({ kind: 'page', path: 'index.html', fragment: 'agreements' });
    });

    it('opens web and mail addresses outside the editor', () => {
        expect(resolvePreviewLink('index.html', 'https://portal.acme.example/email')).toEqual({ kind: 'external', url: 'https://portal.acme.example/email' });
        expect(resolvePreviewLink('index.html', 'mailto:service-desk@acme.example')).toEqual({ kind: 'external', url: 'mailto:service-desk@acme.example' });
    });

    it('ignores links to files that are not pages and links of other schemes', () => {
        for (const href of ['../../../etc/passwd', '../assets/site.css', 'catalog.json', 'command:workbench.action.quit', 'file:///etc/passwd',
            'javascript:alert(1)', '//evil.example/x', 'vscode://settings']) {
            expect(resolvePreviewLink('services/email.html', href).kind, href).toBe('ignored');
        }
    });

    it('keeps paths that climb above the site inside it', () => {
        expect(sitePath('services/email.html', '../../../etc/x.html')).toEqual({ path: 'etc/x.html' });
        expect(sitePath('services/email.html', '../assets/svcdef.1a2b.css')).toEqual({ path: 'assets/svcdef.1a2b.css' });
        expect(sitePath('index.html', 'https://evil.example/assets/svcdef.css')).toBeUndefined();
    });
});
