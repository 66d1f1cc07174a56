import { describe, expect, it } from 'vitest';
import type { Model, Service } from '../generated/ast.js';
import { formatted } from '../../../test/lsp/lsp-test-helpers.js';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { findingsIn } from '../../../test/validation-findings.js';

const { workspace } = createTestServices();

const findings = findingsIn;

describe('the retirement of a service', () => {
    it('reads the end date and the replacement from the status line, both optional', async () => {
        const ws = await workspace({ 'a.svcdef': 'service Fax { status retiring until 2027-06-30 replaced by Mail }\nservice Old { status retired replaced by Mail }\nservice Mail { status live }' });
        const [fax, old] = (ws.document('a.svcdef').parseResult.value as Model).elements as Service[];
        expect(fax.retiresOn).toEqual(['2027-06-30']);
        expect(fax.replacedBy[0].ref?.name).toBe('Mail');
        expect(old.retiresOn).toEqual([]);
        expect(old.replacedBy[0].ref?.name).toBe('Mail');
        expect(ws.diagnostics('a.svcdef')).toEqual([]);
    });
});

describe('retirement-details-misplaced', () => {
    it('reports until and replaced by on a service that is not going away, each on its value', async () => {
        const result = await findings({ 'a.svcdef': 'service Mail { status live until 2027-06-30 replaced by New }\nservice New { status live }' });
        expect(result.map(r => `${r.code} ${r.text}`)).toEqual(['retirement-details-misplaced 2027-06-30', 'retirement-details-misplaced New']);
        expect(result[0].message).toContain("Service 'Mail' is live");
    });

    it.each(['planned', 'pipeline'])('also on a %s service', async status => {
        expect((await findings({ 'a.svcdef': `service Mail { status ${status} until 2027-06-30 }` })).map(r => r.code)).toEqual(['retirement-details-misplaced']);
    });
});

describe('replacement-unavailable', () => {
    it('reports a service replaced by itself', async () => {
        const result = await findings({ 'a.svcdef': 'service Fax { status retiring replaced by Fax }' });
        expect(result).toMatchObject([{ code: 'replacement-unavailable', text: 'Fax' }]);
        expect(result[0].message).toContain('replaced by itself');
    });

    it('reports a replacement that is retired too, also from another file, and goes away when it comes back', async () => {
        const ws = await workspace({ 'p.svcdef': 'provider IT', 'a.svcdef': 'service Fax { status retiring replaced by Telex }', 'b.svcdef': 'service Telex { status retired }' });
        expect(ws.codes('a.svcdef')).toEqual(['replacement-unavailable']);
        await ws.update({ 'b.svcdef': 'service Telex { status live }' });
        expect(ws.codes('a.svcdef')).toEqual([]);
    });

    it('is silent for a replacement that is planned: it may be built while the old one retires', async () => {
        expect(await findings({ 'a.svcdef': 'service Fax { status retiring replaced by Portal }\nservice Portal { status planned }' })).toEqual([]);
    });
});

describe('formatting a status line with its retirement', () => {
    it('keeps until and replaced by on the status line, one space apart', async () => {
        const ws = await workspace({ 'a.svcdef': 'provider IT\nservice Fax {\n    status   retiring  until 2027-06-30\n  replaced   by Mail\n owner IT\n}\nservice Mail { status live owner IT }\n' });
        const text = await formatted(ws, 'a.svcdef');
        expect(text).toContain('\n  status retiring until 2027-06-30 replaced by Mail\n');
    });
});
