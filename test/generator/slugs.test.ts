import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from '../../src/generator/slugs.js';

describe('slugs', () => {
    it.each([
        ['FinanceEmail', 'finance-email'],
        ['HTTPServer2', 'http-server2'],
        ['acme.it.Email', 'acme-it-email'],
        ['Café Crème', 'cafe-creme'],
        ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
        ['Ærø', 'r'],
        ['../../etc', 'etc'],
        ['CON', 'con-item'],
        ['日本', 'item']
    ])('makes %j a file name: %j', (name, slug) => {
        expect(slugify(name)).toBe(slug);
    });

    it('gives each key its short form unless another key shares it, then the full form, then a counter', () => {
        const slugs = uniqueSlugs(['a.Email', 'b.Email', 'a.Chat', 'a-chat', 'c.Erp'], key => key.slice(key.lastIndexOf('.') + 1));
        expect(Object.fromEntries(slugs)).toEqual({
            'a.Email': 'a-email',
            'b.Email': 'b-email',
            'a.Chat': 'chat',
            'a-chat': 'a-chat',
            'c.Erp': 'erp'
        });
        const clashing = uniqueSlugs(['x.A-B', 'y.A_B', 'x.a.b']);
        expect([...clashing.values()]).toEqual(['x-a-b', 'y-a-b', 'x-a-b-2']);
    });
});
