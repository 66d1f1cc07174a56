import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { isSla, type Credit, type Sla, type Target } from '../generated/ast.js';
import { qualifierOf, qualifiersOf } from './target-qualifiers.js';

/**
 * A target's qualifiers (`per`, `for`, `at`, `during`) may come in any order, each once:
 * checked as properties over random subsets in random orders, against the same
 * qualifiers written in the order of LANGUAGE.md.
 */
const { workspace } = createTestServices({ today: '2026-06-01' });

const KINDS = ['per', 'for', 'at', 'during'] as const;
type Kind = typeof KINDS[number];
type Qualifier = { readonly kind: Kind; readonly value: string };

const VALUES: Record<Kind, fc.Arbitrary<string>> = {
    per: fc.constantFrom('day', 'week', 'month', 'quarter', 'year'),
    // P1 is defined by the workspace, P2..P5 are the built-in priorities, Major a priority of its own.
    for: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5', 'Major'),
    at: fc.integer({ min: 50, max: 99 }).map(n => `p${n}`),
    // A calendar of the workspace and the built-in one.
    during: fc.constantFrom('Business', '24x7')
};

/** Some of the four qualifiers, each with a value, in a random order. */
const qualifiers: fc.Arbitrary<Qualifier[]> = fc.shuffledSubarray([...KINDS]).chain(kinds =>
    fc.tuple(...kinds.map(kind => VALUES[kind].map(value => ({ kind, value })))).map(list => [...list]));

const written = (list: readonly Qualifier[]) => list.map(({ kind, value }) => `${kind} ${value}`).join(' ');
const canonical = (list: readonly Qualifier[]) => [...list].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));

const CONTEXT = `
customer Ward "Ward"
service Ehr { status live }
calendar Business "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"
priority P1 "Critical" { impact high urgency high }
priority Major "Major incident" { impact high urgency medium }
`;

function sla(name: string, target: string, credit?: string): string {
    return `sla ${name} {\n  customer Ward\n  services Ehr\n  target incidentResponse <= 15min ${target}\n${credit === undefined ? '' : `  credit 5% of monthly charge when incidentResponse > 15min ${credit}\n`}}\n`;
}

async function slasOf(text: string) {
    const ws = await workspace({ 'context.svcdef': CONTEXT, 'slas.svcdef': text });
    const slas = ws.document('slas.svcdef').parseResult.value.elements.filter(isSla);
    return { ws, slas: new Map(slas.map((agreement: Sla) => [agreement.name, agreement])) };
}

const targetOf = (agreement: Sla | undefined): Target => agreement!.targets[0]!;
const creditOf = (agreement: Sla | undefined): Credit => agreement!.credits[0]!;

describe('target qualifiers in any order', () => {
    it('mean the same as in the canonical order, on a target and on a credit condition', async () => {
        await fc.assert(fc.asyncProperty(qualifiers, fc.infiniteStream(fc.double()), async (list, noise) => {
            // The credit states the same qualifiers in an order of its own.
            const creditOrder = [...list].map(qualifier => ({ qualifier, key: noise.next().value })).sort((a, b) => a.key - b.key).map(entry => entry.qualifier);
            const { ws, slas } = await slasOf(sla('AnyOrder', written(list), written(creditOrder)) + sla('Canonical', written(canonical(list))));
            expect(ws.codes('slas.svcdef')).toEqual([]);
            const expected = targetOf(slas.get('Canonical'));
            for (const qualified of [targetOf(slas.get('AnyOrder')), creditOf(slas.get('AnyOrder'))]) {
                expect(qualifiersOf(qualified)).toEqual(qualifiersOf(expected));
                expect(qualifierOf(qualified)).toBe(qualifierOf(expected));
            }
            // What each qualifier says, whatever the order it was written in.
            const { window, priority, percentile, during } = qualifiersOf(targetOf(slas.get('AnyOrder')));
            const said = (kind: Kind) => list.find(qualifier => qualifier.kind === kind)?.value;
            expect({ window, priority, percentile, during }).toEqual({ window: said('per'), priority: said('for'), percentile: said('at'), during: said('during') });
        }), { numRuns: 60 });
    }, 60_000);

    it('report a repeated qualifier exactly once, as duplicate-property on the repeat, and keep the first', async () => {
        const repeated = qualifiers.filter(list => list.length > 0).chain(list => fc.record({
            list: fc.constant(list),
            which: fc.nat({ max: list.length - 1 }),
            at: fc.nat({ max: list.length }),
            again: fc.boolean()
        }).chain(({ list, which, at, again }) => VALUES[list[which]!.kind].map(value => ({
            list, first: list[which]!, at: Math.max(at, which + 1),
            repeat: { kind: list[which]!.kind, value: again ? list[which]!.value : value }
        }))));
        await fc.assert(fc.asyncProperty(repeated, async ({ list, first, at, repeat }) => {
            const withRepeat = [...list.slice(0, at), repeat, ...list.slice(at)];
            const { ws, slas } = await slasOf(sla('Repeated', written(withRepeat)));
            const diagnostics = ws.diagnostics('slas.svcdef');
            expect(diagnostics.map(diagnostic => diagnostic.code)).toEqual(['duplicate-property']);
            // The diagnostic marks the repeat, which lies after the first statement of it.
            const text = ws.document('slas.svcdef').textDocument;
            const line = text.getText().split('\n').findIndex(content => content.includes('target incidentResponse'));
            expect(diagnostics[0]!.range.start.line).toBe(line);
            const marked = text.getText(diagnostics[0]!.range);
            expect(marked).toContain(repeat.value);
            const firstAt = text.getText().indexOf(`${first.kind} ${first.value}`);
            expect(text.offsetAt(diagnostics[0]!.range.start)).toBeGreaterThan(firstAt);
            const held = qualifiersOf(targetOf(slas.get('Repeated')));
            const key = ({ per: 'window', for: 'priority', at: 'percentile', during: 'during' } as const)[first.kind];
            expect(held[key]).toBe(first.value);
        }), { numRuns: 60 });
    }, 60_000);
});
