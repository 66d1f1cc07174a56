import { SemanticTokensDecoder } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';
import { SECOND_EDITION_EXAMPLE } from '../contract-example-second-edition.js';
import { ACME_FILES } from './acme-workspace.js';

/** Tokens of a file as `text:type[modifiers]`, in document order. */
async function tokensOf(ws: TestWorkspace, file: string): Promise<string[]> {
    const provider = ws.services.lsp.SemanticTokenProvider!;
    const document = ws.document(file);
    const tokens = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    const modifiers = Object.entries(provider.tokenModifiers);
    return SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document).map(token => {
        const names = modifiers.filter(([, bit]) => (token.tokenModifiers & bit) !== 0).map(([name]) => name);
        return `${token.text}:${token.tokenType}${names.length > 0 ? `[${names.join(',')}]` : ''}`;
    });
}

describe('semantic tokens', () => {
    it('types declarations and references by the kind of element they name', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const tokens = await tokensOf(ws, 'agreements.svcdef');
        expect(tokens.slice(0, 6)).toEqual([
            'FinanceEmail:interface[declaration]',
            'Finance:struct',
            'CentralIT:struct',
            'acme:namespace',
            'it:namespace',
            'Email:class'
        ]);
        expect(tokens).toContain('NetworkForEmail:interface[declaration]');
        expect(tokens).toContain('Network:class');
    });

    it('marks built-ins, A2 node ids and work-product strings', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const bindings = await tokensOf(ws, 'bindings.svcdef');
        expect(bindings.slice(0, 6)).toEqual([
            'SlaAuthoring:method[declaration]',
            'A243:macro[defaultLibrary]',
            'acme:namespace',
            'it:namespace',
            'CentralIT:struct',
            '"SLAs, OLAs, UCs":decorator[defaultLibrary]'
        ]);
        const agreements = await tokensOf(ws, 'agreements.svcdef');
        expect(agreements).toContain('availability:property[readonly]');
        expect(agreements).toContain('P1:enumMember[defaultLibrary]');
    });

    it('colours a metric declared in the workspace exactly like a built-in one, wherever it is named', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': `customer C
metric changeSuccess "Change success rate" percent higher
service S { status live }
sla X {
  customer C
  services S
  target changeSuccess >= 95% per month
  target availability >= 99.9% per month
  credit 5% when changeSuccess < 90%
}
`
        });
        const tokens = await tokensOf(ws, 'a.svcdef');
        expect(tokens).toContain('changeSuccess:property[declaration,readonly]');
        const used = tokens.filter(token => /^(changeSuccess|availability):/.test(token) && !token.includes('declaration'));
        expect(used).toEqual(['changeSuccess:property[readonly]', 'availability:property[readonly]', 'changeSuccess:property[readonly]']);
    });

    it('colours offering names where they are declared and where an agreement names them', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': `customer C
service EHR {
  status live
  offering Gold "Gold" { price 7 EUR per user }
  offering Silver
}
sla X { customer C services EHR offerings EHR.Gold, EHR.Silver }
`
        });
        const tokens = await tokensOf(ws, 'a.svcdef');
        expect(tokens).toEqual(expect.arrayContaining([
            'Gold:variable[declaration,readonly]', 'Silver:variable[declaration,readonly]', 'Gold:variable[readonly]', 'Silver:variable[readonly]'
        ]));
    });

    it('colours the keys of an internal block, keywords of the language among them', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'service S {\n  status live\n  internal {\n    notes "Runs on mx-01"\n    owner "Mail team"\n  }\n}\n'
        });
        const tokens = await tokensOf(ws, 'a.svcdef');
        expect(tokens).toEqual(['S:class[declaration]', 'notes:parameter', 'owner:parameter']);
    });

    it('distinguishes percentages, durations, dates, money and units', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'demand.svcdef': `forecast EmailDemand for acme.it.Email {
  period 2027-Q1 demand 1200 mailboxes
}

package EmailGold {
  service acme.it.Email
  capacity 1350 mailboxes
}

sla Credits {
  customer Finance
  target latency <= 300ms at p95
  credit 5% when availability < 99.9%
  credit 200 EUR when availability < 99%
}
`
        });
        const agreements = await tokensOf(ws, 'agreements.svcdef');
        expect(agreements).toEqual(expect.arrayContaining([
            '2026-01-01:number[date]', '99.9%:number[percent]', '30min:number[duration]', 'month:typeParameter[unit]', '>=:operator'
        ]));
        const services = await tokensOf(ws, 'services.svcdef');
        expect(services).toEqual(expect.arrayContaining([
            '4.50:number[money]', 'EUR:typeParameter[money,unit]', 'user:typeParameter[unit]', 'month:typeParameter[unit]'
        ]));
        const demand = await tokensOf(ws, 'demand.svcdef');
        expect(demand).toEqual(expect.arrayContaining([
            'EmailDemand:function[declaration]', '2027-Q1:number[date]', '1200:number', 'mailboxes:typeParameter[unit]',
            'EmailGold:type[declaration]', '1350:number', '300ms:number[duration]', '5%:number[percent]',
            '200:number[money]', 'EUR:typeParameter[money,unit]', '99%:number[percent]'
        ]));
    });

    it('publishes its own modifiers in the legend after the standard ones', async () => {
        const provider = (await createTestServices().workspace(ACME_FILES)).services.lsp.SemanticTokenProvider!;
        const legend = provider.semanticTokensOptions.legend;
        expect(legend.tokenModifiers.slice(-5)).toEqual(['percent', 'duration', 'date', 'money', 'unit']);
        expect(legend.tokenModifiers.slice(0, 3)).toEqual(['abstract', 'async', 'declaration']);
        const bits = Object.values(provider.tokenModifiers);
        expect(new Set(bits).size).toBe(bits.length);
    });

    it('highlights only the requested range', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const provider = ws.services.lsp.SemanticTokenProvider!;
        const document = ws.document('agreements.svcdef');
        const tokens = await provider.semanticHighlightRange(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 12, character: 0 }, end: { line: 18, character: 0 } }
        });
        const texts = SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document).map(token => token.text);
        expect(texts).toEqual(['NetworkForEmail', 'NetworkOps', 'CentralIT', 'FinanceEmail', 'Network', 'availability', '>=', '99.95%', 'month']);
    });
});

describe('semantic tokens of the second-edition forms', () => {
    it('types every new reference position by the kind of element it names', async () => {
        const ws = await createTestServices().workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE });
        const tokens = await tokensOf(ws, 'example.svcdef');
        const after = (token: string, count: number) => tokens.slice(tokens.indexOf(token) + 1, tokens.indexOf(token) + 1 + count);
        // `offerings EHR.Gold`: the service part as the service, the offering as an offering; `part of Corporate`.
        expect(after('EmergencyEHR:interface[declaration]', 8)).toEqual([
            'Emergency:struct', 'IntensiveCare:struct', 'EHR:class', 'Printing:class', 'EHR:class', 'Gold:variable[readonly]', 'Corporate:interface',
            '2026-01-01:number[date]'
        ]);
        // `for service EHR`, `manager NetworkOps`, `reporting … to Finance`, `approved by … on …`, priorities defined.
        expect(tokens).toEqual(expect.arrayContaining([
            'NetworkOps:struct', 'P1:enumMember[declaration]', 'Major:enumMember[declaration]', 'P1:enumMember', '2026-01-10:number[date]'
        ]));
        expect(tokens).not.toContain('P1:enumMember[defaultLibrary]');
        const finance = tokens.indexOf('FinanceErp:interface[declaration]');
        expect(tokens.slice(finance)).toEqual(expect.arrayContaining([
            '30d:number[duration]', '1:number', '30min:number[duration]', 'Finance:struct', 'CentralIT:struct'
        ]));
    });

    it('marks the windows of credits and credit caps as units, and a scoped target like any other', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': `customer C
service S { status live }
calendar Office "Office hours"
sla X {
  customer C
  services S
  for service S { target availability >= 99.9% per month during Office }
  credit 5% of monthly charge when availability < 99.9% per quarter
  credit cap 20% of monthly charge per year
}
`
        });
        const tokens = await tokensOf(ws, 'a.svcdef');
        expect(tokens).toEqual(expect.arrayContaining([
            'S:class', 'month:typeParameter[unit]', 'Office:enum', 'quarter:typeParameter[unit]', 'year:typeParameter[unit]', '<:operator', '20%:number[percent]'
        ]));
    });

    it('types a namespaced offering reference part by part', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'namespace acme.it\nservice EHR { status live offering Gold { price 1 EUR } }\n',
            'b.svcdef': 'customer C\nsla X { customer C services acme.it.EHR offerings acme.it.EHR.Gold }\n'
        });
        const tokens = await tokensOf(ws, 'b.svcdef');
        expect(tokens.slice(-4)).toEqual(['acme:namespace', 'it:namespace', 'EHR:class', 'Gold:variable[readonly]']);
    });
});

describe('semantic tokens of calendars and business durations', () => {
    it('types days as enum members and times and dates of a calendar as dates', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': `calendar Office "Office hours" {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-12:00, 13:00-18:00
  hours Sat 09:00-13:00
  holiday 2026-12-24 to 2026-12-26 "Christmas"
  maintenance Sun 02:00-05:00 "Patching"
  maintenance 2027-03-28 01:00-04:00 "once"
}
`
        });
        expect(await tokensOf(ws, 'a.svcdef')).toEqual([
            'Office:enum[declaration]',
            'Mon-Fri:enumMember', '08:00-12:00:number[date]', '13:00-18:00:number[date]',
            'Sat:enumMember', '09:00-13:00:number[date]',
            '2026-12-24:number[date]', '2026-12-26:number[date]',
            'Sun:enumMember', '02:00-05:00:number[date]',
            '2027-03-28:number[date]', '01:00-04:00:number[date]'
        ]);
    });

    it('reads a business duration like a duration, its unit as a unit, and support hours as a calendar', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': `calendar Office { hours Mon-Fri 08:00-18:00 }
sla Ward {
  support hours Office
  target incidentResolution <= 2 business days for P1
  credit 5% when incidentResponse > 4 business hours
}
`
        });
        const tokens = await tokensOf(ws, 'a.svcdef');
        const ward = tokens.indexOf('Ward:interface[declaration]');
        expect(tokens.slice(ward)).toEqual([
            'Ward:interface[declaration]', 'Office:enum',
            'incidentResolution:property[readonly]', '<=:operator', '2:number[duration]', 'days:typeParameter[duration,unit]',
            'P1:enumMember[defaultLibrary]',
            '5%:number[percent]', 'incidentResponse:property[readonly]', '>:operator', '4:number[duration]',
            'hours:typeParameter[duration,unit]'
        ]);
    });
});
