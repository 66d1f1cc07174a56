import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { CONTRACT_EXAMPLE } from '../contract-example.js';
import { SECOND_EDITION_EXAMPLE } from '../contract-example-second-edition.js';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';
import { ACME_FILES } from './acme-workspace.js';
import { formatted } from './lsp-test-helpers.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** Everything but whitespace: formatting may change nothing else. */
function visible(text: string): string {
    return text.replace(/\s+/g, '');
}

function comments(text: string): string[] {
    return [...text.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)].map(match => match[0].replace(/\s+/g, ' '));
}

/** Formats a file, checks that only layout changed and that formatting again changes nothing. */
async function formatTwice(name: string, text: string, ws?: TestWorkspace): Promise<string> {
    ws ??= await createTestServices().workspace({ [name]: text });
    const once = await formatted(ws, name);
    expect(visible(once), name).toBe(visible(text));
    expect(comments(once), name).toEqual(comments(text));
    await ws.update({ [name]: once });
    expect(ws.document(name).parseResult.parserErrors, name).toEqual([]);
    expect(await formatted(ws, name), name).toBe(once);
    return once;
}

function svcdefFilesUnder(directory: string): string[] {
    return readdirSync(directory, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
        ? svcdefFilesUnder(join(directory, entry.name))
        : entry.name.endsWith('.svcdef') ? [join(directory, entry.name)] : []);
}

describe('formatting', () => {
    it('lays out a messy file in the canonical form', async () => {
        const messy = `namespace   acme.it
provider CentralIT "Central IT" {contact "it@acme.example"}
/** Mailboxes
      * for everyone. */
  service Email "Corporate Email" { status live owner   CentralIT // who runs it
depends on Directory ,Network


  offering Standard { price 4.50 EUR per user per month }
  internal {
  notes "mx-01"
  }
}
sla FinanceEmail {
customer Finance services Email
  target availability >= 99.9%   per month
  // more targets to come
}
binding CatalogPublishing implements A235 { produces "Service Catalog" {Email,Directory} }
`;
        expect(await formatTwice('messy.svcdef', messy)).toBe(`namespace acme.it

provider CentralIT "Central IT" { contact "it@acme.example" }

/** Mailboxes
 * for everyone. */
service Email "Corporate Email" {
  status live
  owner CentralIT // who runs it
  depends on Directory, Network

  offering Standard { price 4.50 EUR per user per month }
  internal { notes "mx-01" }
}

sla FinanceEmail {
  customer Finance
  services Email
  target availability >= 99.9% per month
  // more targets to come
}

binding CatalogPublishing implements A235 { produces "Service Catalog" { Email, Directory } }
`);
    });

    it('keeps comments where they were: headers, trailing comments, section banners', async () => {
        const text = `// File header, first line
// second line
namespace acme.it
// ---- parties
provider CentralIT // the provider
unit NetworkOps
/* block comment
   over two lines */
service Network { // the network
  status live
  /* before owner */ owner NetworkOps
}
// trailing remark at the end
`;
        expect(await formatTwice('comments.svcdef', text)).toBe(`// File header, first line
// second line
namespace acme.it

// ---- parties
provider CentralIT // the provider

unit NetworkOps

/* block comment
   over two lines */
service Network { // the network
  status live
  /* before owner */
  owner NetworkOps
}

// trailing remark at the end
`);
    });

    it('puts a doc comment written on the line of other code directly above the element it documents', async () => {
        const once = await formatTwice('doc.svcdef',
            'service B { status live }\nservice A { status live depends on B } /** doc for C */ service C { status live }\n/** doc for D */ service D { status live }\n');
        expect(once).toBe('service B { status live }\n\nservice A {\n  status live\n  depends on B\n}\n\n/** doc for C */\nservice C { status live }\n\n'
            + '/** doc for D */\nservice D { status live }\n');
        // A doc comment already above its element, with or without a blank line, stays as it is.
        expect(await formatTwice('kept.svcdef', '/** file */\n\nservice E { status live }\n')).toBe('/** file */\n\nservice E { status live }\n');
    });

    it('breaks a block or a list that would pass 100 columns, and nothing shorter', async () => {
        const long = `provider BusinessSolutions "Business Solutions Center" { contact "bsc-service-management@acme.example" }
binding CatalogPublishing implements A235 {
  owner CentralIT
  produces "Service Catalog" { Email, Meetings, FileSharing, Workplace, Telephony, Network, Directory, Hosting, Backup, RemoteAccess, Erp }
  consumes "Service Catalog Content", "Service Level Package", "Service Description", "Change Information"
}
`;
        expect(await formatTwice('long.svcdef', long)).toBe(`provider BusinessSolutions "Business Solutions Center" {
  contact "bsc-service-management@acme.example"
}

binding CatalogPublishing implements A235 {
  owner CentralIT
  produces "Service Catalog" {
    Email, Meetings, FileSharing, Workplace, Telephony, Network, Directory, Hosting, Backup,
    RemoteAccess, Erp
  }
  consumes "Service Catalog Content", "Service Level Package", "Service Description",
    "Change Information"
}
`);
    });

    it('formats only the requested range', async () => {
        const text = `service A {status live owner X}
service B {status live owner X}
service C {status live owner X}
`;
        const ws = await createTestServices().workspace({ 'range.svcdef': text });
        const result = await formatted(ws, 'range.svcdef', { start: { line: 1, character: 0 }, end: { line: 1, character: 31 } });
        expect(result).toBe(`service A {status live owner X}

service B {
  status live
  owner X
}
service C {status live owner X}
`);
    });

    it('leaves a file that does not parse alone', async () => {
        const text = 'service A {status live owner X\nservice   B { }\n';
        const ws = await createTestServices().workspace({ 'broken.svcdef': text });
        expect(ws.codes('broken.svcdef')).toContain('syntax-error');
        expect(await formatted(ws, 'broken.svcdef')).toBe(text);
    });

    it('leaves every selection of a file that does not parse alone', async () => {
        // `#` is not a comment: the line is a syntax error, and formatting it once erased it.
        const text = 'service Email {\n  status live\n  # TODO: confirm 24x7 with Finance\n  owner GroupIT\n}';
        const ws = await createTestServices().workspace({ 'broken.svcdef': text });
        expect(ws.codes('broken.svcdef')).toContain('syntax-error');
        for (const [index, line] of text.split('\n').entries()) {
            const selection = { start: { line: index, character: 0 }, end: { line: index, character: line.length } };
            expect(await formatted(ws, 'broken.svcdef', selection), `line ${index}`).toBe(text);
        }
        const wholeLines = { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } };
        expect(await formatted(ws, 'broken.svcdef', wholeLines)).toBe(text);
    });

    it('never erases text that the syntax tree does not hold', async () => {
        const text = 'service Email {\n  status live\n  # TODO: confirm 24x7 with Finance\n  owner GroupIT\n}';
        const ws = await createTestServices().workspace({ 'recovered.svcdef': text });
        // Error recovery left the comment-like line out of the tree; without its errors the file looks formattable.
        const parseResult = ws.document('recovered.svcdef').parseResult;
        parseResult.lexerErrors.length = 0;
        parseResult.parserErrors.length = 0;
        expect(await formatted(ws, 'recovered.svcdef')).toBe(text);
    });

    it('formats the text the editor holds, also before the edit is parsed', async () => {
        const text = 'unit CampusOps\nservice Campus "Campus Network" {status live owner   CampusOps}\n';
        const ws = await createTestServices().workspace({ 'campus.svcdef': text });
        await ws.edit('campus.svcdef', text);
        // A keystroke that the next build has not parsed yet: the editor's text document changes in place.
        const textDocument = ws.document('campus.svcdef').textDocument;
        const start = { line: 0, character: 0 };
        TextDocument.update(textDocument, [{ range: { start, end: start }, text: '// Campus\n' }], textDocument.version + 1);
        const canonical = '// Campus\nunit CampusOps\n\nservice Campus "Campus Network" {\n  status live\n  owner CampusOps\n}\n';
        expect(await formatted(ws, 'campus.svcdef')).toBe(canonical);
        const serviceLine = { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } };
        expect(await formatted(ws, 'campus.svcdef', serviceLine)).toBe(canonical);
    });

    it('is idempotent on the test workspace and on the contract example', async () => {
        for (const [name, text] of Object.entries(ACME_FILES)) {
            // The workspace is written in canonical form already.
            expect(await formatTwice(name, text)).toBe(text);
        }
        await formatTwice('contract.svcdef', CONTRACT_EXAMPLE);
        await formatTwice('second-edition.svcdef', SECOND_EDITION_EXAMPLE);
    });

    it('lays out priorities, for service blocks, escalation and the new agreement lines like other blocks, comments kept', async () => {
        const messy = `priority P1 "Critical" {impact high urgency high
  description "Patient safety"}
priority P2 {   impact medium }
sla Ward {customers   Emergency,IntensiveCare services EHR offerings EHR.Gold part of Corporate
target incidentResponse <= 15min   at p95 for P1
for service EHR {target rpo <= 15min}
for service EHR { target rpo <= 15min // tight
target availability >= 99.9%   per month }
credit 5% of monthly charge when availability < 99.9% per month credit cap 20% of monthly charge per month credits highest-only claim within 30d
escalation { level 1 "Desk" contact "x" after 0min level 2 "Duty" after 30min }
reporting monthly to Finance,CentralIT "Report"
approved by Finance "CFO" on 2026-01-10 version "2.1"
}
service EHR { offering Gold { price 7 EUR per user target availability >= 99.9% per month } }
`;
        expect(await formatTwice('messy.svcdef', messy)).toBe(`priority P1 "Critical" {
  impact high
  urgency high
  description "Patient safety"
}

priority P2 { impact medium }

sla Ward {
  customers Emergency, IntensiveCare
  services EHR
  offerings EHR.Gold
  part of Corporate
  target incidentResponse <= 15min at p95 for P1
  for service EHR { target rpo <= 15min }
  for service EHR {
    target rpo <= 15min // tight
    target availability >= 99.9% per month
  }
  credit 5% of monthly charge when availability < 99.9% per month
  credit cap 20% of monthly charge per month
  credits highest-only
  claim within 30d
  escalation {
    level 1 "Desk" contact "x" after 0min
    level 2 "Duty" after 30min
  }
  reporting monthly to Finance, CentralIT "Report"
  approved by Finance "CFO" on 2026-01-10
  version "2.1"
}

service EHR {
  offering Gold {
    price 7 EUR per user
    target availability >= 99.9% per month
  }
}
`);
    });

    it.skipIf(!existsSync(EXAMPLES))('is idempotent on every example file and keeps files that do not parse untouched', async () => {
        const files = Object.fromEntries(svcdefFilesUnder(EXAMPLES).map(file => [relative(EXAMPLES, file), readFileSync(file, 'utf8')]));
        expect(Object.keys(files).length).toBeGreaterThan(0);
        const ws = await createTestServices().workspace(files);
        for (const [name, text] of Object.entries(files)) {
            const result = ws.document(name).parseResult;
            if (result.lexerErrors.length > 0 || result.parserErrors.length > 0) {
                expect(await formatted(ws, name), name).toBe(text);
            } else {
                await formatTwice(name, text, ws);
            }
        }
    });
});

describe('formatting the forms of time and redundancy', () => {
    it('lays out a calendar block one line per entry, with single spaces and `, ` between days and ranges', async () => {
        const messy = `calendar Business "Mon-Fri 08:00-18:00"   timezone "Europe/Berlin"
calendar Office "Office hours" {timezone "Europe/Berlin" hours Mon-Fri 08:00-12:00 ,13:00-18:00
hours Sat,Sun   09:00-13:00 // weekend desk
  // closed over Christmas
holiday 2026-12-24 to 2026-12-26 "Christmas" holidays   "holidays/berlin.ics"
maintenance Sun 02:00-05:00 "Patching"   maintenance 2027-03-28 01:00-04:00 "once"
hours Fri 22:00-06:00}
calendar Night { hours   Mon-Fri 22:00-06:00 }
`;
        expect(await formatTwice('calendars.svcdef', messy)).toBe(`calendar Business "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"

calendar Office "Office hours" {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-12:00, 13:00-18:00
  hours Sat, Sun 09:00-13:00 // weekend desk
  // closed over Christmas
  holiday 2026-12-24 to 2026-12-26 "Christmas"
  holidays "holidays/berlin.ics"
  maintenance Sun 02:00-05:00 "Patching"
  maintenance 2027-03-28 01:00-04:00 "once"
  hours Fri 22:00-06:00
}

calendar Night { hours Mon-Fri 22:00-06:00 }
`);
    });

    it('lays out support hours, business durations and redundant with like the other agreement lines', async () => {
        const messy = `sla Ward {hours Office support   hours Office
target incidentResolution <= 2   business days for P1 credit 5% when incidentResolution > 16 business  hours }
ola Carrier1 { supports Ward redundant   with Carrier2 ,Carrier3 support hours Office }
uc Carrier2 {redundant with Carrier1}
`;
        expect(await formatTwice('agreements.svcdef', messy)).toBe(`sla Ward {
  hours Office
  support hours Office
  target incidentResolution <= 2 business days for P1
  credit 5% when incidentResolution > 16 business hours
}

ola Carrier1 {
  supports Ward
  redundant with Carrier2, Carrier3
  support hours Office
}

uc Carrier2 { redundant with Carrier1 }
`);
    });

    it('leaves a calendar that does not parse alone', async () => {
        // A time where a range belongs, and a day name misspelt as a range.
        const text = 'calendar Office {\n  hours Mon-Fri 08:00\n  hours   Mon-Fry 08:00-18:00\n}\n';
        const ws = await createTestServices().workspace({ 'broken.svcdef': text });
        expect(ws.codes('broken.svcdef')).toContain('syntax-error');
        expect(await formatted(ws, 'broken.svcdef')).toBe(text);
    });

    it('breaks a long hours line after a comma, indented under its entry', async () => {
        const text = `calendar Shifts {
  hours Mon-Fri 00:00-02:00, 03:00-05:00, 06:00-08:00, 09:00-11:00, 12:00-14:00, 15:00-17:00, 18:00-20:00, 21:00-23:00
  hours Sat 09:00-13:00
}
`;
        expect(await formatTwice('shifts.svcdef', text)).toBe(`calendar Shifts {
  hours Mon-Fri 00:00-02:00, 03:00-05:00, 06:00-08:00, 09:00-11:00, 12:00-14:00, 15:00-17:00,
    18:00-20:00, 21:00-23:00
  hours Sat 09:00-13:00
}
`);
    });
});

describe('formatting a file with CRLF line endings', () => {
    it('writes its line breaks as CRLF too', async () => {
        const ws = await createTestServices().workspace({ 'crlf.svcdef': 'provider P\r\nservice A { status live owner P }\r\n' });
        const text = await formatted(ws, 'crlf.svcdef');
        expect(text).toBe('provider P\r\n\r\nservice A {\r\n  status live\r\n  owner P\r\n}\r\n');
    });
});
