import { EmptyFileSystem, ValueConverter } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Forecast, Model, Pattern, Service, Sla } from './generated/ast.js';
import { createSvcdefServices } from './svcdef-module.js';
import { convertString } from './svcdef-value-converter.js';

const { Svcdef } = createSvcdefServices(EmptyFileSystem);

function parse(text: string): Model {
    const result = Svcdef.parser.LangiumParser.parse<Model>(text);
    expect(result.lexerErrors).toEqual([]);
    expect(result.parserErrors).toEqual([]);
    return result.value;
}

describe('string values', () => {
    it('are the text between the quotes, with escapes resolved exactly as Langium resolves them', () => {
        const literals = ['""', '"plain text"', '"say \\"hi\\""', '"back\\\\slash"', '"tab\\tand\\nnewline"',
            '"\\b\\f\\r\\v\\0"', '"unknown \\q escape"', '"ends with \\\\"', '"a dot. and a comma,"'];
        for (const literal of literals) {
            expect(convertString(literal)).toBe(ValueConverter.convertString(literal));
        }
    });
});

describe('values by the rule that parsed them', () => {
    const model = parse(`service Mail "Corporate \\"Mail\\"" { status live hours acme.it.24x7 }
sla MailSla { customer Finance target availability >= 99.9% per month target latency <= 300ms at p95 target throughput >= 1200 }
pattern MonthEnd { users 450 peak "month end" x3.5 }
forecast MailDemand for Mail { period 2027 demand 1200 mailboxes period 2027-Q1 demand 1300 }`);
    const [service, sla, pattern, forecast] = model.elements as [Service, Sla, Pattern, Forecast];

    it('converts percentages, multipliers and numbers to numbers, without their unit signs', () => {
        expect(sla.targets.map(target => target.value)).toMatchObject([{ percent: 99.9 }, { duration: '300ms' }, { number: 1200 }]);
        expect(pattern.users).toEqual([450]);
        expect(pattern.peaks[0].factor).toBe(3.5);
    });

    it('keeps names, keywords and datatype rules as written, and resolves string escapes', () => {
        expect(service.title).toBe('Corporate "Mail"');
        expect(service.status).toEqual(['live']);
        expect(service.hours[0].$refText).toBe('acme.it.24x7');
        expect(sla.targets[1].percentile).toEqual(['p95']);
        expect(sla.targets[0].window).toEqual(['month']);
        // The same NUMBER token is a number as `demand` and text as the period it spells.
        expect(forecast.periods.map(period => [period.period, period.demand, period.unit])).toEqual([['2027', 1200, 'mailboxes'], ['2027-Q1', 1300, undefined]]);
    });

    it('reads a credit basis as the words written, one space between them', () => {
        const credits = parse('sla S { credit 5% of monthly charge when availability < 99% credit 1% of charge when availability < 98% credit cap 10% of annual   charge }')
            .elements[0] as Sla;
        expect(credits.credits.map(credit => credit.basis)).toEqual(['monthly charge', 'charge']);
        expect(credits.creditCap[0].basis).toBe('annual charge');
    });
});
