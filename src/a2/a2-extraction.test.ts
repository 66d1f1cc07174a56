/*
 * Re-runs the extractor on the reference text and checks the committed outputs against it.
 * The reference text lives outside the repository; where it is absent these tests are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractA2Model, serializeModel } from '../../scripts/extract-a2-model.mjs';
import descriptions from './a2-descriptions.json' with { type: 'json' };
import inconsistencies from './a2-flow-inconsistencies.json' with { type: 'json' };

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const seedPath = path.resolve(repoRoot, '../shared/seeds/000_8cc33772c5d39bd7.txt');
const modelPath = path.resolve(here, 'a2-model.json');
const seedMissing = !existsSync(seedPath);
if (seedMissing) console.log(`a2-extraction tests skipped: reference text not found at ${seedPath}`);

const seedText = (): string => readFileSync(seedPath, 'utf8');

const WINDOW = 12;

function wordsOf(text: string): string[] {
    return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Word windows of `text` that also occur in the reference text. */
function sharedWindows(text: string, seedWindows: ReadonlySet<string>): string[] {
    const w = wordsOf(text);
    const hits: string[] = [];
    for (let i = 0; i + WINDOW <= w.length; i++) {
        const window = w.slice(i, i + WINDOW).join(' ');
        if (seedWindows.has(window)) hits.push(window);
    }
    return hits;
}

describe('A2 extraction from the reference text', () => {
    it.skipIf(seedMissing)('reproduces the committed a2-model.json exactly', () => {
        const warnings: string[] = [];
        const model = extractA2Model(seedText(), descriptions, { onWarning: (m) => warnings.push(m) });
        const committed = readFileSync(modelPath, 'utf8');
        expect(model).toEqual(JSON.parse(committed));
        expect(serializeModel(model)).toBe(committed);
        // The only known gap in the text: A257 is described in the body but left out of the node tree.
        expect(warnings).toEqual(['node A257 "Evaluate Demand Management Performance" is missing from the node tree']);
    });

    it.skipIf(seedMissing)('is deterministic', () => {
        const a = serializeModel(extractA2Model(seedText(), descriptions));
        const b = serializeModel(extractA2Model(seedText(), descriptions));
        expect(a).toBe(b);
    });

    it.skipIf(seedMissing)('copies no 12-word run of the reference text into our descriptions', () => {
        const seedWords = wordsOf(seedText());
        const seedWindows = new Set<string>();
        for (let i = 0; i + WINDOW <= seedWords.length; i++) seedWindows.add(seedWords.slice(i, i + WINDOW).join(' '));
        const ours = [
            ...Object.entries(descriptions.nodes).map(([id, text]) => [`node ${id}`, text] as const),
            ...Object.entries(descriptions.workProducts).map(([name, text]) => [`work product ${name}`, text] as const),
            ...inconsistencies.map((i) => [`inconsistency ${i.from}->${i.to}`, i.reason] as const)
        ];
        // Each text alone, and all of them run together, so no window hides across a boundary.
        for (const [label, text] of ours) expect(sharedWindows(text, seedWindows), label).toEqual([]);
        expect(sharedWindows(ours.map(([, t]) => t).join(' '), seedWindows)).toEqual([]);
    });
});

describe('A2 extractor on small inputs', () => {
    const doc = (body: string): string =>
        ['[A2] Customer Relationships\t', '[A21] Proc', '', '[A2] Customer Relationships', '', body, '', 'PRM-IT A2 Node Tree', ''].join('\n');

    it('reads entries with and without references, bullets and footnotes', () => {
        const text = doc(
            [
                'Controls', '',
                '■ Alpha Plan (From: A1)', '', 'A plan that does things for the business.', '',
                '^{1.} ITIL V3 Glossary', '',
                'Beta Notes', '', 'Notes that describe something in plain words here.',
                'Inputs', '',
                '- Gamma Feed (From: outside the model)',
                'Outputs', '',
                'Delta Report_ Draft (To: Outside-the-Model A21', '', 'Figure 9. Something', '',
                'A22)', '',
                'Processes', '', '- A21 Proc'
            ].join('\n')
        );
        const model = extractA2Model(text, {});
        expect(model.nodes[0]).toMatchObject({
            id: 'A2',
            controls: [
                { name: 'Alpha Plan', refs: ['A1'] },
                { name: 'Beta Notes', refs: ['outside'] }
            ],
            inputs: [{ name: 'Gamma Feed', refs: ['outside'] }],
            outputs: [{ name: 'Delta Report - Draft', refs: ['outside', 'A21', 'A22'] }]
        });
        expect(model.workProducts.find((w) => w.name === 'Delta Report - Draft')?.aliases).toEqual(['Delta Report_ Draft']);
    });

    it('joins names and reference lists broken across lines', () => {
        const text = doc(
            [
                'Outputs', '',
                '- Customer Satisfaction Issue Resolution',
                'directives (To: A276)', '',
                'Instructions sent to other processes in plain words.', '',
                '■ Sales Leads',
                '(To: A22',
                'A225)', '',
                'A hint that someone may want to buy a service.'
            ].join('\n')
        );
        expect(extractA2Model(text, {}).nodes[0]?.outputs).toEqual([
            { name: 'Customer Satisfaction Issue Resolution Directives', refs: ['A276'] },
            { name: 'Sales Leads', refs: ['A22', 'A225'] }
        ]);
    });

    it('does not take sub-bullets of a description for entries', () => {
        const text = doc(
            [
                'Inputs', '',
                'Service Resilience Plans (From: A7)', '',
                'Plans from the processes that keep services resilient. Processes contributing are:', '',
                'Compliance Management', '- Security Management', '- IT Service Continuity Management', '',
                '(See the plan output of each process for more details.)', '',
                'Outputs', ''
            ].join('\n')
        );
        expect(extractA2Model(text, {}).nodes[0]?.inputs).toEqual([{ name: 'Service Resilience Plans', refs: ['A7'] }]);
    });
});
