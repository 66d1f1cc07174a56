import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { PARTIES } from '../../../test/parties-fixture.js';

const { workspace } = createTestServices();

/** Code, covered text and message of each diagnostic of `edit.svcdef`. */
async function diagnosticsOf(text: string) {
    const ws = await workspace({ 'p.svcdef': PARTIES, 'edit.svcdef': text });
    const document = ws.document('edit.svcdef');
    expect(document.parseResult.lexerErrors).toEqual([]);
    expect(document.parseResult.parserErrors).toEqual([]);
    return ws.diagnostics('edit.svcdef').map(d => ({ code: String(d.code), text: document.textDocument.getText(d.range), message: d.message }));
}

describe('names with dots where a single word goes', () => {
    it('reports a declaration written with a namespace, saying how to declare it', async () => {
        const result = await diagnosticsOf('service acme.it.Mail { status live owner CentralIT }');
        expect(result).toMatchObject([{ code: 'syntax-error', text: 'acme.it.Mail' }]);
        expect(result[0].message).toContain("Declare 'Mail' and write 'namespace acme.it'");
    });

    it('reports a declared name or a namespace that ends with a dot', async () => {
        expect(await diagnosticsOf('calendar Office.')).toMatchObject([{ code: 'syntax-error', text: 'Office.' }]);
        expect(await diagnosticsOf('namespace acme.\ncalendar Office')).toMatchObject([{ code: 'syntax-error', text: 'acme.' }]);
    });

    it('reports offerings, currencies, units, keys and percentiles with dots', async () => {
        const service = 'service Mail { status live owner CentralIT\n'
            + '  offering Std.Plan { price 4.50 EU.R per user.seat per month }\n'
            + '  internal { run.book "x" }\n}\n'
            + 'sla MailSla { customer Finance services Mail target latency <= 300ms at p.q95 target availability >= 99% credit 10 EU.R when availability < 99% }\n'
            + 'forecast MailDemand for Mail { period 2027 demand 10 mail.boxes }\n'
            + 'package MailGold { service Mail capacity 20 mail.boxes }';
        const result = await diagnosticsOf(service);
        expect(result.map(d => d.text)).toEqual(['Std.Plan', 'EU.R', 'user.seat', 'run.book', 'p.q95', 'EU.R', 'mail.boxes', 'mail.boxes']);
        expect(new Set(result.map(d => d.code))).toEqual(new Set(['syntax-error']));
        expect(result[1].message).toBe("'EU.R' must be a single word: only a reference to an element is written with dots.");
    });

    it('accepts qualified references, the calendar form and a namespaced file', async () => {
        expect(await diagnosticsOf('namespace acme.it\ncalendar 8x5 { hours Mon-Fri 08:00-17:00 }\nservice Mail { status live owner CentralIT hours acme.it.8x5 }\n'
            + 'sla MailSla { customer Finance services acme.it.Mail hours acme.it.8x5 support hours 24x7 target availability >= 99% per month }')).toEqual([]);
    });
});
