import fc from 'fast-check';

/**
 * What an editor and the file system do to a language server, as plain data: a failing
 * run prints them one per line, and the same seed generates them again.
 */

/** The requests an editor sends about a document, plus workspace symbols. */
export const REQUEST_KINDS = [
    'completion', 'hover', 'definition', 'references', 'rename', 'prepareRename', 'documentSymbol', 'workspaceSymbol',
    'formatting', 'rangeFormatting', 'codeAction', 'codeLens', 'inlayHint', 'semanticTokens', 'foldingRange', 'documentHighlight'
] as const;
export type RequestKind = typeof REQUEST_KINDS[number];

/**
 * A place in a document: mostly one that exists (a share of the text's length, so that it
 * lands somewhere in whatever the text has become), sometimes line and character as given,
 * past the end or negative, as a confused or racing client sends them.
 */
export type PlaceSpec = { readonly within: number } | { readonly line: number; readonly character: number };

export type Operation =
    | { readonly op: 'open'; readonly doc: number }
    | { readonly op: 'close'; readonly doc: number }
    | { readonly op: 'edit'; readonly doc: number; readonly from: PlaceSpec; readonly to: PlaceSpec; readonly text: string }
    | { readonly op: 'request'; readonly kind: RequestKind; readonly doc: number; readonly from: PlaceSpec; readonly to: PlaceSpec; readonly newName: string; readonly cancel: boolean }
    | { readonly op: 'disk'; readonly action: 'change' | 'delete' | 'create'; readonly file: number; readonly text: string };

/**
 * Pieces of the second-edition forms: whole ones, and ones cut off where a user is still
 * typing (after `for service `, `part of `, `offerings EHR.`, a qualifier keyword).
 */
const secondEdition = fc.constantFrom(
    'priority P1 "Critical" { impact high urgency high description "Site down" }\n', 'priority Major { impact ', 'impact ', 'urgency ',
    'kind technical', 'kind ', 'tags "infrastructure", "wan"', 'criticality high', 'manager ', 'offering Gold "Gold" { target availability >= 99.95% per month }',
    'customers Emergency, IntensiveCare', 'customers ', 'offerings EHR.Gold', 'offerings EHR.', 'offerings ', 'part of Corporate', 'part of ',
    'for service EHR {\n  target rpo <= 15min\n}', 'for service ', 'for service EHR { target ',
    'target incidentResponse <= 15min at p95 for P1', 'target incidentResolution <= 4h for P1 per month at p90', ' per ', ' for ', ' at p', ' during ', ' for P1 for P2',
    'credit 5% of monthly charge when availability < 99.9% per month', 'credit cap 20% of monthly charge per month', 'credit cap ',
    'credits highest-only', 'credits ', 'claim within 30d', 'claim within ',
    'escalation {\n  level 1 "Service desk" contact "desk@x.example" after 0min\n}', 'escalation { level ', 'level 2 "Duty" after ',
    'reporting monthly to Finance "Report"', 'reporting ', 'exclusion "Customer equipment"', 'version "2.1"', 'version ',
    'approved by Finance "CFO" on 2026-01-10', 'approved by ', 'unit NetworkOps', 'supports ', 'contract "C-1"'
);

/** Text typed or pasted: pieces of svcdef that open and close blocks, strings and comments, and arbitrary characters. */
const typed = fc.oneof(
    fc.constantFrom('', ' ', '\n', '\r\n', '\t', '{', '}', '"', ',', '.', '/*', '*/', '// note\n', '/** doc */\n', 'Email', 'acme.it.',
        'service Fuzz "Fuzz" { status live owner CentralIT }\n', 'sla FuzzSla { customer Finance services Email status draft }\n',
        'target availability >= 99.9% per month', 'depends on ', 'implements A243', '99.9%', '2026-13-45', '30min', '}}}}', '{{{{'),
    secondEdition,
    fc.string({ maxLength: 12 }),
    fc.string({ maxLength: 4, unit: 'binary' })
);

const place: fc.Arbitrary<PlaceSpec> = fc.oneof(
    { weight: 8, arbitrary: fc.record({ within: fc.double({ min: 0, max: 1, noNaN: true }) }) },
    { weight: 2, arbitrary: fc.record({ line: fc.integer({ min: -3, max: 400 }), character: fc.integer({ min: -3, max: 200 }) }) }
);

const identifier = fc.oneof(fc.constantFrom('Renamed', 'Email', 'acme.it.X', 'EHR.Platinum', 'P9', '', '1bad', 'sla', 'with space'), fc.string({ maxLength: 6 }));

/** `documents` names the documents that can be opened; `files` the ones on disk that can change, go or come. */
export function operation(documents: number, files: number): fc.Arbitrary<Operation> {
    const doc = fc.nat({ max: documents - 1 });
    return fc.oneof(
        { weight: 2, arbitrary: fc.record({ op: fc.constant('open' as const), doc }) },
        { weight: 1, arbitrary: fc.record({ op: fc.constant('close' as const), doc }) },
        { weight: 8, arbitrary: fc.record({ op: fc.constant('edit' as const), doc, from: place, to: place, text: typed }) },
        {
            weight: 12, arbitrary: fc.record({
                op: fc.constant('request' as const), kind: fc.constantFrom(...REQUEST_KINDS), doc, from: place, to: place,
                newName: identifier, cancel: fc.nat({ max: 4 }).map(n => n === 0)
            })
        },
        {
            weight: 1, arbitrary: fc.record({
                op: fc.constant('disk' as const), action: fc.constantFrom('change' as const, 'delete' as const, 'create' as const),
                file: fc.nat({ max: files - 1 }), text: typed
            })
        }
    );
}

/** The operations of one run, the same for the same seed. */
export function operationsFor(seed: number, count: number, documents: number, files: number): Operation[] {
    return fc.sample(fc.array(operation(documents, files), { minLength: count, maxLength: count }), { seed, numRuns: 1 })[0]!;
}
