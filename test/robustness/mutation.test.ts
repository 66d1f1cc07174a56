import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Position } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isDiagnosticCode } from '../../src/language/validation/diagnostic-codes.js';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';
import { CONTRACT_EXAMPLE } from '../contract-example.js';
import { SECOND_EDITION_EXAMPLE } from '../contract-example-second-edition.js';

/**
 * Damaged input must never crash the language core: every mutant of the example files
 * (tokens deleted, duplicated or swapped, text truncated, random bytes inserted, pieces of
 * second-edition, calendar and redundancy forms spliced in, a property moved into the
 * wrong kind of agreement)
 * goes through parse, link and validate, and no exception may escape or be swallowed into
 * the log by Langium's validation guard. What comes back must be usable: every diagnostic
 * has a public code, a message and a range inside the document, and text the parser could
 * not take is never dropped in silence.
 */
const MUTANTS_PER_SOURCE_MINIMUM = 2_000;
/** The second-edition forms get a share of their own, so that adding examples never thins them out. */
const SECOND_EDITION_MUTANTS_MINIMUM = 800;
// A time range (`08:00-18:00`) is one token, as in the parser, so that swaps move whole ranges.
const TOKEN_PATTERN = /"(?:\\.|[^"\\\n])*"|\/\*[\s\S]*?\*\/|\/\/[^\n]*|\s+|[A-Za-z_]\w*|[0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2}|[0-9][\w.%-]*|[\s\S]/g;

const SECOND_EDITION = 'second-edition.svcdef';
const TIME_AND_REDUNDANCY = 'time-and-redundancy.svcdef';
/** The calendar and redundancy forms get a share of their own, like the second edition. */
const TIME_AND_REDUNDANCY_MUTANTS_MINIMUM = 800;

/**
 * Every form of time and redundancy in one workspace: a structured calendar with time
 * zone, several ranges a day, a range past midnight, inline holidays and a holiday file,
 * weekly and one-off maintenance across the March clock change; service and support
 * hours, targets and credits in business durations, a target measured `during` a
 * calendar, and a redundant pair of UCs.
 */
const TIME_AND_REDUNDANCY_EXAMPLE = `
provider CentralIT "Central IT Services"
customer Wards "Hospital wards"
supplier TelcoA "Telco A"
supplier TelcoB "Telco B"
unit NetworkOps "Network Operations"

calendar Legacy "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"

calendar Office "Office hours" {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-12:00, 13:00-18:00
  hours Sat 09:00-13:00
  holiday 2026-12-24 to 2026-12-26 "Christmas"
  holiday 2027-01-01
  holidays "calendars/berlin-2027.ics"
  maintenance Sun 02:00-05:00 "Weekly patch window"
  maintenance 2027-03-28 01:00-04:00 "Core switch replacement"
}

calendar Nights "On-call nights" timezone "America/New_York" {
  hours Mon-Thu, Sun 22:00-06:00
  hours Fri 18:00-24:00
  maintenance Sat, Sun 00:00-01:00
}

service Paging "Ward paging" {
  status live
  owner CentralIT
  hours 24x7
  support hours Nights
}

sla WardPaging "Paging for the wards" {
  customer Wards
  provider CentralIT
  services Paging
  hours 24x7
  support hours Office
  target availability >= 99.9% per month
  target availability >= 99.95% per month during Office
  target incidentResolution <= 2 business days for P3
  target requestFulfilment <= 16 business hours
  credit 5% of monthly charge when incidentResolution > 3 business days for P3
}

ola PagingNetwork {
  unit NetworkOps
  supports WardPaging
  hours 24x7
  support hours 24x7
  target incidentResolution <= 1 business days for P3
}

uc CarrierA {
  supplier TelcoA
  supports WardPaging
  redundant with CarrierB
  hours 24x7
  support hours Office
  target availability >= 99.5% per month
  target requestFulfilment <= 8 business hours
}

uc CarrierB {
  supplier TelcoB
  supports WardPaging
  redundant with CarrierA
  hours 24x7
  target availability >= 99.5% per month
  target requestFulfilment <= 24h
}
`;

/** The iCalendar file the example's calendar takes holidays from; some mutants get it damaged. */
const HOLIDAYS_FILE = 'calendars/berlin-2027.ics';
const HOLIDAYS_ICS = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//svcdef tests//mutation//EN',
    'BEGIN:VEVENT', 'UID:new-year@svcdef.test', 'DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:Neujahr', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:easter@svcdef.test', 'DTSTART;VALUE=DATE:20270326', 'DTEND;VALUE=DATE:20270330', 'SUMMARY:Ostern', 'END:VEVENT',
    'END:VCALENDAR', ''
].join('\r\n');
const DAMAGED_HOLIDAYS_EVERY = 5;

/** Pieces of the calendar and redundancy forms, typed half-way, out of range or in the wrong place. */
const TIME_AND_REDUNDANCY_PIECES = [
    'calendar ', 'calendar Extra {', 'calendar Extra { hours Mon-Fri 08:00-18:00 }', 'timezone ', 'timezone "Mars/Olympus"', 'timezone ""',
    'hours ', 'hours Mon-', 'hours Mon-Fri', 'hours Mon-Fri 08:00-', 'hours Fri-Mon 00:00-24:00', 'hours Fri 22:00-06:00',
    'hours Mon 25:00-26:00', 'hours Mon 08:00-08:00', 'hours Mon 24:00-01:00', 'hours Monday 08:00-18:00', 'hours Sat,', ', 13:00-18:00', ',',
    'holiday ', 'holiday 2026-02-30', 'holiday 2026-12-26 to 2026-12-24', 'holiday 2026-12-24 to', 'holidays ', 'holidays "missing.ics"',
    'holidays "../../outside.ics"', 'holidays ""', 'holidays "calendars/"', 'maintenance ', 'maintenance Sun', 'maintenance 2027-03-28',
    'maintenance 2027-03-28 02:00-03:00 "lost hour"', 'maintenance 2027-10-31 02:00-03:00 "twice"', 'maintenance Sun-Sat 00:00-24:00',
    'support hours ', 'support ', 'support hours Office', 'support hours Legacy', 'support hours 24x7', 'support hours Nowhere',
    'hours Legacy', 'hours Nights', 'during Office', 'during Legacy', 'during ',
    '2 business days', '0 business hours', '1.5 business days', '99999999999 business days', 'business ', 'business days', ' days',
    'target incidentResolution <= 1 business hours for P3', 'target availability >= 2 business days',
    'redundant with ', 'redundant ', 'redundant with CarrierA', 'redundant with CarrierB, CarrierB', 'redundant with WardPaging',
    'redundant with PagingNetwork', 'redundant with Nowhere,', 'with '
];

function sourceFiles(): Array<{ name: string; text: string }> {
    const root = path.resolve(import.meta.dirname, '../../examples/acme');
    const found: Array<{ name: string; text: string }> = [
        { name: 'contract.svcdef', text: CONTRACT_EXAMPLE },
        { name: SECOND_EDITION, text: SECOND_EDITION_EXAMPLE },
        { name: TIME_AND_REDUNDANCY, text: TIME_AND_REDUNDANCY_EXAMPLE }
    ];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder).sort()) {
            const full = path.join(folder, entry);
            if (statSync(full).isDirectory()) walk(full);
            else if (entry.endsWith('.svcdef')) found.push({ name: path.relative(root, full), text: readFileSync(full, 'utf8') });
        }
    };
    try { walk(root); } catch { /* the examples folder is optional for this test */ }
    return found;
}

/** A small seeded generator (mulberry32), so a failing mutant can be reproduced by its number. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

type Mutation = (tokens: string[], text: string, next: () => number) => string;

const pick = (next: () => number, length: number) => Math.floor(next() * length);

/**
 * Pieces of the second-edition forms, typed half-way or in the wrong place: openings of
 * blocks, keywords without their values, dotted offering names, qualifiers and credit terms.
 */
const SECOND_EDITION_PIECES = [
    'for service ', 'for service EHR {', 'for service Nowhere { target availability >= 99.9% }', '}', '{',
    'part of ', 'part of Corporate', 'part of EmergencyEHR', 'offerings ', 'offerings EHR.', 'offerings EHR.Gold, Printing.Gold', 'EHR.Platinum',
    'customers ', 'customers Emergency,', 'customers Emergency, , Finance', 'priority ', 'priority P1 "Again" { impact high }', 'impact ', 'urgency extreme',
    'kind technical', 'kind ', 'tags ', 'tags "a",', 'criticality ', 'manager ', 'manager EHR',
    'per month', 'per ', 'for P1', 'for ', 'at p95', 'at ', 'during Business', 'during ', 'per month per year', 'for P1 for P2',
    'credit 5% of monthly charge when availability < 99.9% per month', 'credit 5% of ', 'of monthly charge', 'credit cap ', 'credit cap 20% of charge per',
    'credits highest-only', 'credits ', 'claim within ', 'claim within 30d',
    'escalation {', 'escalation { level 1 "Desk" contact "x" after 0min }', 'level ', 'level 2 "Manager" after', 'contact ', 'after 30min',
    'reporting monthly to ', 'reporting monthly to Finance "Report"', 'exclusion ', 'exclusion "Acts of nature"', 'version ', 'version "2.2"',
    'approved by ', 'approved by Finance "CFO" on 2026-02-30', 'approved by Finance on', ' on 2026-01-10'
];

/** Properties each kind of agreement does not accept, written into agreements as one line. */
const FOREIGN_PROPERTIES = [
    'unit NetworkOps', 'supplier CloudCo', 'supports Corporate', 'contract "C-1"', 'customer Finance', 'customers Finance, Pharmacy',
    'offerings EHR.Gold', 'part of Corporate', 'reporting monthly to Finance', 'exclusion "x"', 'redundant with CarrierA'
];

const MUTATIONS: Record<string, Mutation> = {
    'delete token': (tokens, _text, next) => { const copy = [...tokens]; copy.splice(pick(next, copy.length), 1); return copy.join(''); },
    'duplicate token': (tokens, _text, next) => { const copy = [...tokens]; const i = pick(next, copy.length); copy.splice(i, 0, copy[i]); return copy.join(''); },
    'swap tokens': (tokens, _text, next) => {
        const copy = [...tokens];
        const i = pick(next, copy.length - 1);
        const j = Math.min(copy.length - 1, i + 1 + pick(next, 6));
        [copy[i], copy[j]] = [copy[j], copy[i]];
        return copy.join('');
    },
    'truncate': (_tokens, text, next) => text.slice(0, pick(next, text.length)),
    'random bytes': (_tokens, text, next) => {
        const at = pick(next, text.length);
        const bytes = Array.from({ length: 1 + pick(next, 8) }, () => String.fromCharCode(pick(next, 0x250))).join('');
        return text.slice(0, at) + bytes + text.slice(at);
    },
    'splice second-edition piece': (tokens, _text, next) => {
        const copy = [...tokens];
        copy.splice(pick(next, copy.length + 1), 0, ` ${SECOND_EDITION_PIECES[pick(next, SECOND_EDITION_PIECES.length)]} `);
        return copy.join('');
    },
    'splice time or redundancy piece': (tokens, _text, next) => {
        const copy = [...tokens];
        copy.splice(pick(next, copy.length + 1), 0, ` ${TIME_AND_REDUNDANCY_PIECES[pick(next, TIME_AND_REDUNDANCY_PIECES.length)]} `);
        return copy.join('');
    },
    'property of another agreement kind': (_tokens, text, next) => {
        // After the opening line of an agreement, where a property of its own would go.
        const openings = [...text.matchAll(/^(?:sla|ola|uc) \w+[^\n]*\{\n/gm)];
        const property = FOREIGN_PROPERTIES[pick(next, FOREIGN_PROPERTIES.length)];
        if (openings.length === 0) return `${text}\nsla Foreign { ${property} }\n`;
        const opening = openings[pick(next, openings.length)]!;
        const at = opening.index! + opening[0].length;
        return `${text.slice(0, at)}  ${property}\n${text.slice(at)}`;
    }
};

/** What every diagnostic must be, whatever the input: coded, worded, and inside the document. */
function checkDiagnostics(document: LangiumDocument, label: string): void {
    const text = document.textDocument;
    // A position inside the text survives the round trip through an offset; one past the end of its line or of the text is clamped.
    const inside = (position: Position) => {
        const back = text.positionAt(text.offsetAt(position));
        return back.line === position.line && back.character === position.character;
    };
    const diagnostics = document.diagnostics ?? [];
    for (const diagnostic of diagnostics) {
        const where = `${label}: ${JSON.stringify(diagnostic)}`;
        expect(isDiagnosticCode(diagnostic.code), where).toBe(true);
        expect(String(diagnostic.message).trim().length, where).toBeGreaterThan(0);
        expect(inside(diagnostic.range.start) && inside(diagnostic.range.end), where).toBe(true);
        expect(text.offsetAt(diagnostic.range.start), where).toBeLessThanOrEqual(text.offsetAt(diagnostic.range.end));
    }
    // Text the lexer or the parser could not take is reported, never dropped in silence.
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length + parserErrors.length > 0) {
        expect(diagnostics.some(diagnostic => diagnostic.severity === DiagnosticSeverity.Error), `${label} has syntax errors but no error diagnostic`).toBe(true);
    }
}

describe('mutation robustness', () => {
    const errors: unknown[][] = [];
    beforeAll(() => {
        vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { errors.push(args); });
    });
    afterAll(() => vi.restoreAllMocks());

    it(`survives at least ${MUTANTS_PER_SOURCE_MINIMUM} damaged documents`, async () => {
        const { workspace } = createTestServices();
        const sources = sourceFiles();
        const names = Object.keys(MUTATIONS);
        const perSource = Math.ceil(MUTANTS_PER_SOURCE_MINIMUM / sources.length);
        let secondEdition = 0;
        let timeAndRedundancy = 0;
        let runs = 0;
        for (const [sourceIndex, source] of sources.entries()) {
            const tokens = source.text.match(TOKEN_PATTERN) ?? [];
            // The other files stay intact, so damaged references meet a real workspace.
            const context = Object.fromEntries(sources.filter(other => other !== source).map(other => [other.name, other.text]));
            const mutants = source.name === SECOND_EDITION ? Math.max(perSource, SECOND_EDITION_MUTANTS_MINIMUM)
                : source.name === TIME_AND_REDUNDANCY ? Math.max(perSource, TIME_AND_REDUNDANCY_MUTANTS_MINIMUM) : perSource;
            for (let i = 0; i < mutants; i++) {
                const seed = sourceIndex * 100_000 + i;
                const next = random(seed);
                const mutation = names[i % names.length];
                let mutant = source.text;
                for (let rounds = 1 + pick(next, 3); rounds > 0; rounds--) {
                    mutant = MUTATIONS[mutation](mutant === source.text ? tokens : (mutant.match(TOKEN_PATTERN) ?? []), mutant, next);
                }
                // The holidays file is there for every mutant, now and then damaged itself.
                const holidays = i % DAMAGED_HOLIDAYS_EVERY === 2
                    ? MUTATIONS[i % 2 === 0 ? 'truncate' : 'random bytes']([], HOLIDAYS_ICS, next) : HOLIDAYS_ICS;
                let ws: TestWorkspace;
                try {
                    ws = await workspace({ [HOLIDAYS_FILE]: holidays, ...(sources.length > 1 && i % 10 === 0 ? context : {}), [source.name]: mutant });
                } catch (error) {
                    throw new Error(`Mutant ${seed} (${mutation} of ${source.name}) threw: ${String(error)}\n---\n${mutant}\n---\n${holidays}`);
                }
                const damaged = holidays === HOLIDAYS_ICS ? '' : `\n--- with ${HOLIDAYS_FILE}:\n${holidays}`;
                expect(errors, `Mutant ${seed} (${mutation} of ${source.name}) logged an error:\n${mutant}${damaged}`).toEqual([]);
                checkDiagnostics(ws.document(source.name), `Mutant ${seed} (${mutation} of ${source.name})\n${mutant}\n---`);
                runs++;
                if (source.name === SECOND_EDITION) secondEdition++;
                if (source.name === TIME_AND_REDUNDANCY) timeAndRedundancy++;
            }
        }
        expect(runs).toBeGreaterThanOrEqual(MUTANTS_PER_SOURCE_MINIMUM);
        expect(secondEdition).toBeGreaterThanOrEqual(SECOND_EDITION_MUTANTS_MINIMUM);
        expect(timeAndRedundancy).toBeGreaterThanOrEqual(TIME_AND_REDUNDANCY_MUTANTS_MINIMUM);
    }, 600_000);
});
