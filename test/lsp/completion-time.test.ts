import type { CompletionItem, InsertReplaceEdit, TextEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { timeZoneNames } from '../../src/language/time/time-zones.js';
import { createTestServices, CURSOR } from '../svcdef-test-services.js';
import { applyEdits } from './lsp-test-helpers.js';

/**
 * Completion where calendars and durations are written: time zones, days, calendar names
 * and business units. The editor's word-based suggestions are off, so each of these must
 * come from the server.
 */
const { complete } = createTestServices();

async function itemsAt(text: string, files: Record<string, string> = {}): Promise<CompletionItem[]> {
    return complete({ ...files, 'edit.svcdef': text }, 'edit.svcdef');
}

async function labelsAt(text: string, files: Record<string, string> = {}): Promise<string[]> {
    return (await itemsAt(text, files)).map(item => item.label);
}

/** The file's text after accepting the item with the given label. */
async function accepted(text: string, label: string): Promise<string> {
    const item = (await itemsAt(text)).find(candidate => candidate.label === label);
    if (!item?.textEdit) throw new Error(`No item '${label}' with an edit at ${text}`);
    const edit: TextEdit | InsertReplaceEdit = item.textEdit;
    const range = 'range' in edit ? edit.range : edit.insert;
    return applyEdits(text.replace(CURSOR, ''), [{ range, newText: edit.newText }]);
}

describe('completion of time zones', () => {
    it('offers every time zone the runtime knows inside an empty timezone string', async () => {
        const labels = await labelsAt('calendar B { timezone "<|>" }');
        expect(labels).toEqual([...timeZoneNames()]);
        expect(labels[0]).toBe('UTC');
        expect(labels).toContain('Europe/Berlin');
        expect(labels).toContain('America/New_York');
    });

    it('narrows to the zones matching what is typed, by the whole name or by its city', async () => {
        const labels = await labelsAt('calendar B { timezone "Europe/Be<|>" }');
        expect(labels).toContain('Europe/Berlin');
        expect(labels).toContain('Europe/Belgrade');
        expect(labels).not.toContain('Europe/Paris');
        expect(labels).not.toContain('America/Belem');
        expect(await labelsAt('calendar B { timezone "Berl<|>" }')).toEqual(['Europe/Berlin']);
    });

    it('replaces the string\u2019s content, closing the quote where it is still open', async () => {
        expect(await accepted('calendar B { timezone "Europe/Be<|>" }', 'Europe/Berlin')).toBe('calendar B { timezone "Europe/Berlin" }');
        expect(await accepted('calendar B {\n  timezone "Europe/Be<|>\n}', 'Europe/Berlin')).toBe('calendar B {\n  timezone "Europe/Berlin"\n}');
    });

    it('inserts the zone quoted where no quote is typed yet, also on the one-line calendar', async () => {
        expect(await accepted('calendar B { timezone <|> }', 'Europe/Berlin')).toBe('calendar B { timezone "Europe/Berlin" }');
        expect(await accepted('calendar B "Mon-Fri 08:00-18:00" timezone <|>', 'UTC')).toBe('calendar B "Mon-Fri 08:00-18:00" timezone "UTC"');
    });

    it('offers nothing else in the string: no keywords, no names', async () => {
        const labels = await labelsAt('calendar B { timezone "Europe/Berlin<|>" }');
        expect(labels).toEqual(['Europe/Berlin']);
    });
});

describe('completion of days', () => {
    const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Mon-Fri', 'Mon-Sat', 'Mon-Sun', 'Sat-Sun'];

    it('offers the days and the usual day ranges after hours and maintenance in a calendar', async () => {
        expect(await labelsAt('calendar B { hours <|> }')).toEqual(DAYS);
        expect(await labelsAt('calendar B { hours Mon-Fri 08:00-18:00\n  maintenance <|> }')).toEqual(DAYS);
        expect(await labelsAt('calendar B { hours Mon-Fri, <|> }')).toEqual(DAYS);
    });

    it('describes each in words and narrows by what is typed', async () => {
        const items = await itemsAt('calendar B { hours Mon-Fri 08:00-18:00\n  hours S<|> }');
        expect(items.map(item => [item.label, item.detail])).toEqual([['Sat', 'Saturday'], ['Sun', 'Sunday'], ['Sat-Sun', 'the weekend']]);
        expect(await accepted('calendar B { hours S<|> }', 'Sat-Sun')).toBe('calendar B { hours Sat-Sun }');
    });

    it('offers no days after hours in an agreement, where a calendar is named', async () => {
        const labels = await labelsAt('sla X { hours <|> }');
        expect(labels).toContain('24x7');
        expect(labels).not.toContain('Mon');
    });
});

describe('completion of calendar names', () => {
    const CALENDARS = {
        'calendars.svcdef': 'calendar Business { timezone "Europe/Berlin" hours Mon-Fri 08:00-18:00 hours Sat 09:00-13:00 }\n'
            + 'calendar Old "Mon-Fri 08:00-18:00"\nservice Erp { status live }\n'
    };

    it('offers the calendars after hours, support hours and during, in agreements and services', async () => {
        for (const text of [
            'sla X { hours <|> }', 'sla X { support hours <|> }', 'ola X { support hours <|> }',
            'sla X { target incidentResponse <= 4h during <|> }', 'service S { hours <|> }', 'service S { support hours <|> }'
        ]) {
            expect(await labelsAt(text, CALENDARS), text).toEqual(['24x7', 'Business', 'Old']);
        }
    });

    it('shows each calendar\u2019s week beside its name', async () => {
        const items = await itemsAt('sla X { support hours <|> }', CALENDARS);
        expect(items.map(item => [item.label, item.detail])).toEqual([
            ['24x7', 'calendar: round the clock'],
            ['Business', 'calendar: Mon–Fri 08:00–18:00; Sat 09:00–13:00, Europe/Berlin'],
            ['Old', 'calendar: "Mon-Fri 08:00-18:00" (free text)']
        ]);
    });
});

describe('completion of business durations', () => {
    it('offers business hours and business days after the number of a duration target or credit condition', async () => {
        for (const text of [
            'sla X { target incidentResolution <= 2 <|> }',
            'sla X { for service Erp { target incidentResponse <= 4 <|> } }',
            'uc X { credit 5% when incidentResolution > 3 <|> }'
        ]) {
            const labels = await labelsAt(text);
            expect(labels.slice(0, 2), text).toEqual(['business hours', 'business days']);
            expect(labels, text).toContain('per');
        }
    });

    it('completes a started word and inserts both words', async () => {
        expect(await labelsAt('sla X { target incidentResolution <= 2 bus<|> }')).toEqual(['business hours', 'business days']);
        expect(await accepted('sla X { target incidentResolution <= 2 bus<|> }', 'business days'))
            .toBe('sla X { target incidentResolution <= 2 business days }');
    });

    it('offers the singular after a 1', async () => {
        expect((await labelsAt('sla X { target incidentResolution <= 1 <|> }')).slice(0, 2)).toEqual(['business hour', 'business day']);
    });

    it('offers the unit after business', async () => {
        expect(await labelsAt('sla X { target incidentResolution <= 2 business <|> }')).toEqual(expect.arrayContaining(['hours', 'days']));
    });

    it('offers no business units after a number on a metric that is no duration, or right after the digits', async () => {
        expect(await labelsAt('sla X { target firstContactResolution >= 70 <|> }')).not.toContain('business hours');
        expect(await labelsAt('sla X { target incidentResolution <= 2<|> }')).not.toContain('business hours');
        expect(await labelsAt('sla X { target incidentResolution <= 2h <|> }')).not.toContain('business hours');
    });
});
