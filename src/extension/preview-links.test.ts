import { describe, expect, it } from 'vitest';
import { resolvePreviewLink } from './preview-links.js';

const PAGES = new Set(['index.html', 'coverage.html', 'services/email.html', 'slas/finance-email.html']);

describe('links in the catalog preview', () => {
    it('follows relative links between pages of the site, keeping the fragment', () => {
        expect(resolvePreviewLink('index.html', 'services/email.html', PAGES)).toEqual({ kind: 'page', path: 'services/email.html' });
        expect(resolvePreviewLink('services/email.html', '../slas/finance-email.html', PAGES)).toEqual({ kind: 'page', path: 'slas/finance-email.html' });
        expect(resolvePreviewLink('services/email.html', '../index.html#agreements', PAGES)).toEqual({ kind: 'page', path: 'index.html', fragment: 'agreements' });
    });

    it('opens web and mail addresses outside the editor', () => {
        expect(resolvePreviewLink('index.html', 'https://portal.acme.example/email', PAGES)).toEqual({ kind: 'external', url: 'https://portal.acme.example/email' });
        expect(resolvePreviewLink('index.html', 'mailto:service-desk@acme.example', PAGES)).toEqual({ kind: 'external', url: 'mailto:service-desk@acme.example' });
    });

    it('ignores links that leave the site or use other schemes', () => {
        for (const href of ['../../../etc/passwd', 'services/missing.html', 'command:workbench.action.quit', 'file:///etc/passwd',
            'javascript:alert(1)', '//evil.example/x', 'vscode://settings']) {
            expect(resolvePreviewLink('services/email.html', href, PAGES).kind, href).toBe('ignored');
        }
    });
});
