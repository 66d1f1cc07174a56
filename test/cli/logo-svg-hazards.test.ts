import { describe, expect, it } from 'vitest';
import { logoHazard } from '../../src/cli/logo-svg-hazards.js';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">\n${body}\n</svg>\n`;

describe('a logo SVG that would act rather than draw', () => {
    it.each([
        ['a script element', '<script>alert(document.cookie)</script>', 'a <script> element'],
        ['a namespaced script element', '<svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(1)</svg:script>', 'a <script> element'],
        ['an onload handler', '<rect width="10" height="10" onload="alert(1)"/>', 'an event-handler attribute'],
        ['an upper-case handler', '<rect ONCLICK = \'alert(1)\'/>', 'an event-handler attribute'],
        ['a javascript: link', '<a href="javascript:alert(1)"><rect width="10" height="10"/></a>', 'a javascript: URL in href='],
        ['an encoded javascript: link', '<a xlink:href="&#106;ava&#x09;script:alert(1)"><rect/></a>', 'a javascript: URL in xlink:href='],
        ['a javascript: URL set by an animation', '<a><set to="javascript:alert(1)" attributeName="href"/></a>', 'a javascript: URL in to='],
        ['an animation that retargets a link', '<a><animate attributeName="xlink:href" values="https://evil.example"/></a>', 'changes a link'],
        ['a foreignObject', '<foreignObject width="10" height="10"><div>hi</div></foreignObject>', 'a <foreignObject> element'],
        ['HTML elements', '<iframe xmlns="http://www.w3.org/1999/xhtml"/>', 'HTML elements'],
        ['an external image', '<image href="https://tracker.example/pixel.png" width="1" height="1"/>', 'a reference to something outside the file (href=)'],
        ['an external use', '<use xlink:href="http://evil.example/sprite.svg#a"/>', 'a reference to something outside the file (xlink:href=)'],
        ['a data: reference', '<image href="data:image/svg+xml;base64,PHN2Zy8+"/>', 'a reference to something outside the file'],
        ['a CSS import', '<style>@import "https://evil.example/a.css";</style>', 'a CSS @import'],
        ['a CSS url to elsewhere', '<rect style="fill:url(https://evil.example/x.svg#g)"/>', 'a CSS url(…)'],
        ['a style sheet instruction', '', 'an <?xml-stylesheet?> instruction', '<?xml-stylesheet href="https://evil.example/a.css"?>\n']
    ])('refuses %s', (_, body, what, before = '') => {
        expect(logoHazard(before + svg(body))?.what).toContain(what);
    });

    it('refuses a DOCTYPE and the entities it declares, at the line they are on', () => {
        const text = '<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY x "&#60;script&#62;">\n]>\n' + svg('<text>&x;</text>');
        expect(logoHazard(text)).toEqual({ what: expect.stringContaining('<!DOCTYPE>'), remedy: 'Remove it', line: 2 });
    });

    it('names the line of the first hazard', () => {
        expect(logoHazard(svg('<rect/>\n<circle r="1"/>\n<rect onmouseover="x()"/>'))?.line).toBe(4);
    });

    it('takes a logo as drawing programs export it: shapes, styles, gradients and links inside the file', () => {
        const logo = svg([
            '<title>Acme on time</title>',
            '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h10"/></defs>',
            '<style>.a{fill:url(#g);font-family:"Helvetica Neue",sans-serif}</style>',
            '<rect class="a" width="10" height="10" fill="url(#g)"/>',
            '<use href="#p"/><use xlink:href="#p"/>',
            '<text x="1" y="9" font-weight="bold">Acme</text>'
        ].join('\n'));
        expect(logoHazard(logo)).toBeUndefined();
    });
});
