import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../svcdef-test-services.js';

const FILE = `// Collaboration services.
// Infrastructure lives elsewhere.
namespace acme.it

/**
 * Mailboxes for every employee.
 */
service Email {
  status live // single trailing comment
  // first note
  // second note
  offering Standard {
    price 4.50 EUR per user per month
    description "Mailbox"
  }
  internal { notes "mx-01" }
}

// a lone comment
service Short { status live }
`;

function describeRanges(ranges: readonly FoldingRange[]): string[] {
    return ranges.map(range => `${range.startLine + 1}-${range.endLine + 1}${range.kind ? ` ${range.kind}` : ''}`).sort();
}

describe('folding ranges', () => {
    it('folds blocks and runs of comments, but not single lines', async () => {
        const ws = await createTestServices().workspace({ 'a.svcdef': FILE });
        const document = ws.document('a.svcdef');
        const ranges = await ws.services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        expect(describeRanges(ranges)).toEqual([
            `1-2 ${FoldingRangeKind.Comment}`,
            `10-11 ${FoldingRangeKind.Comment}`,
            '12-14',
            `5-7 ${FoldingRangeKind.Comment}`,
            '8-16'
        ].sort());
    });
});

describe('folding ranges of calendars', () => {
    it('folds a calendar block, and leaves the one-line calendar alone', async () => {
        const text = `calendar Business "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"

calendar Office {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-18:00
  holiday 2026-12-24 "Christmas Eve"
  maintenance Sun 02:00-05:00
}
`;
        const ws = await createTestServices().workspace({ 'a.svcdef': text });
        const document = ws.document('a.svcdef');
        const ranges = await ws.services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        expect(describeRanges(ranges)).toEqual(['3-7']);
    });
});
