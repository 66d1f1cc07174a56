import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../svcdef-test-services.js';
import { SECOND_EDITION_EXAMPLE } from '../contract-example-second-edition.js';
import { ACME_FILES } from './acme-workspace.js';
import { fileNameOf, symbolsOf, textAt } from './lsp-test-helpers.js';

function outline(symbols: readonly DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap(symbol => [
        `${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` (${symbol.detail})` : ''}`,
        ...outline(symbol.children, depth + 1)
    ]);
}

describe('document symbols', () => {
    it('lists a file\'s elements in the order they are written, with offerings under services', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        expect(outline(await symbolsOf(ws, 'services.svcdef'))).toEqual([
            'Email (Corporate Email)',
            '  Standard (Standard mailbox)',
            '  Large',
            'Directory',
            'Network'
        ]);
    });

    it('follows the source order where kinds alternate, pinning no group over the elements between', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'customer Finance\nservice Email { status live }\ncustomer Sales\nsla FinanceEmail { customer Finance services Email }\nservice Web { status live }\n'
        });
        const symbols = await symbolsOf(ws, 'a.svcdef');
        expect(symbols.map(symbol => `${symbol.name}@${symbol.range.start.line}`))
            .toEqual(['Finance@0', 'Email@1', 'Sales@2', 'FinanceEmail@3', 'Web@4']);
        // Sticky scroll pins every symbol whose range holds the top line: at line 4 only `Web`.
        expect(symbols.filter(symbol => symbol.range.start.line <= 4 && symbol.range.end.line >= 4).map(symbol => symbol.name)).toEqual(['Web']);
    });

    it('lists agreements with their targets', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'agreements.svcdef': ACME_FILES['agreements.svcdef'].replace('uc CloudMail', 'uc CloudMail "Mail hosting"')
        });
        expect(outline(await symbolsOf(ws, 'agreements.svcdef'))).toEqual([
            'FinanceEmail (Email for Finance)',
            '  availability >= 99.9% per month',
            '  incidentResponse <= 30min for P1',
            'NetworkForEmail',
            '  availability >= 99.95% per month',
            'CloudMail (Mail hosting)',
            '  availability >= 99.95% per month'
        ]);
    });

    it('gives ranges an editor can use: one after the other, selection on the name', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const symbols = await symbolsOf(ws, 'parties.svcdef');
        const uri = ws.document('parties.svcdef').uri.toString();
        symbols.forEach((symbol, index) => {
            expect(textAt(ws, uri, symbol.selectionRange)).toBe(symbol.name);
            if (index > 0) {
                expect(symbol.range.start.line).toBeGreaterThan(symbols[index - 1].range.end.line);
            }
        });
        const customer = symbols.find(symbol => symbol.name === 'Finance')!;
        expect(customer).toMatchObject({ name: 'Finance', kind: SymbolKind.Struct, range: { start: { line: 5 }, end: { line: 8 } } });
    });

    it('shows what each binding produces', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        expect(outline(await symbolsOf(ws, 'bindings.svcdef'))).toEqual([
            'SlaAuthoring',
            '  produces "SLAs, OLAs, UCs" (FinanceEmail, NetworkForEmail, CloudMail)',
            'CatalogPublishing',
            '  produces "Service Catalog" (acme.it.Email, Network, Directory)'
        ]);
    });
});

describe('workspace symbols', () => {
    async function search(query: string) {
        const { shared, workspace } = createTestServices();
        await workspace(ACME_FILES);
        const symbols = await shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query });
        return symbols.map(symbol => ({
            name: symbol.name,
            container: symbol.containerName,
            file: 'range' in symbol.location ? fileNameOf(symbol.location.uri) : ''
        }));
    }

    it('finds every artifact by name, once, with its kind and namespace', async () => {
        const found = await search('Email');
        expect(found).toContainEqual({ name: 'Email', container: 'service · acme.it', file: 'services.svcdef' });
        expect(found).toContainEqual({ name: 'FinanceEmail', container: 'sla', file: 'agreements.svcdef' });
        expect(found).toContainEqual({ name: 'NetworkForEmail', container: 'ola', file: 'agreements.svcdef' });
        expect(found.filter(symbol => symbol.name === 'Email')).toHaveLength(1);
    });

    it('finds an element by its qualified name', async () => {
        const found = await search('acme.it.Dir');
        expect(found.map(symbol => symbol.name)).toEqual(['Directory']);
    });

    it('finds A2 nodes by id and by any words of their name, and built-ins', async () => {
        const byId = await search('A243');
        expect(byId).toContainEqual({
            name: 'A243 Create and Maintain Service Level Agreements', container: 'A2 node · built-in', file: 'builtin:/svcdef-library.svcdef'
        });
        const byName = await search('Service Level Agreements');
        expect(byName.map(symbol => symbol.name)).toContain('A243 Create and Maintain Service Level Agreements');
        const metric = await search('incidentRes');
        expect(metric.map(symbol => symbol.name).sort()).toEqual(['incidentResolution', 'incidentResponse']);
    });

    it('lists everything for an empty query', async () => {
        const found = await search('');
        expect(found.filter(symbol => !symbol.file.startsWith('builtin')).map(symbol => symbol.name).sort()).toEqual([
            'Business', 'CatalogPublishing', 'CentralIT', 'CloudCo', 'CloudMail', 'Directory', 'Email', 'Email.Large', 'Email.Standard', 'Finance',
            'FinanceEmail', 'Network', 'NetworkForEmail', 'NetworkOps', 'SlaAuthoring'
        ]);
    });
});

describe('document symbols of the second-edition forms', () => {
    it('lists priorities, offerings with the targets of their tier, and agreements with for service blocks and escalation levels', async () => {
        const ws = await createTestServices().workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE });
        const lines = outline(await symbolsOf(ws, 'example.svcdef'));
        expect(lines).toEqual(expect.arrayContaining(['P1 (Critical)', 'Major (Major incident)']));
        const ehr = lines.indexOf('EHR (Electronic Health Record)');
        expect(lines.slice(ehr, ehr + 6)).toEqual([
            'EHR (Electronic Health Record)',
            '  Gold (Gold)',
            '    availability >= 99.95% per month',
            '    incidentResolution <= 4h for P1',
            '  Silver',
            '    availability >= 99.5% per month'
        ]);
        const emergency = lines.indexOf('EmergencyEHR (EHR for the Emergency Department)');
        expect(lines.slice(emergency, emergency + 7)).toEqual([
            'EmergencyEHR (EHR for the Emergency Department)',
            '  incidentResponse <= 30min for P1',
            '  incidentResponse <= 15min for P1 at p95',
            '  for service EHR',
            '    availability >= 99.95% per month',
            '    incidentResolution <= 4h for P1',
            '    rpo <= 15min'
        ]);
        const finance = lines.indexOf('FinanceErp');
        expect(lines.slice(finance + 3, finance + 7)).toEqual([
            '  escalation (3 levels)',
            '    level 1 Service desk (after 0min · +49 30 1234 5678)',
            '    level 2 Duty manager (after 30min · duty@acme.example)',
            '    level 3 Head of IT (after 2h · cio-office@acme.example)'
        ]);
        // An OLA's block comes where it is written, before its agreement-wide target.
        const ola = lines.indexOf('NetworkForEHR');
        expect(lines.slice(ola + 1, ola + 5)).toEqual([
            '  for service Network', '    availability >= 99.99% per month', '  incidentResponse <= 10min for P1 at p95', '  escalation (1 level)'
        ]);
    });

    it('selects the service of a for service block and keeps every child inside its parent', async () => {
        const ws = await createTestServices().workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE });
        const uri = ws.document('example.svcdef').uri.toString();
        const symbols = await symbolsOf(ws, 'example.svcdef');
        const block = symbols.flatMap(symbol => symbol.children ?? []).find(child => child.name === 'for service EHR')!;
        expect(textAt(ws, uri, block.selectionRange)).toBe('EHR');
        const inside = (outer: DocumentSymbol): boolean => (outer.children ?? []).every(child =>
            child.range.start.line >= outer.range.start.line && child.range.end.line <= outer.range.end.line && inside(child));
        expect(symbols.every(inside)).toBe(true);
    });
});

describe('workspace symbols of the second-edition forms', () => {
    it('finds an offering as Service.Offering, by either part', async () => {
        const { shared, workspace } = createTestServices();
        await workspace({ 'example.svcdef': SECOND_EDITION_EXAMPLE });
        for (const query of ['EHR.Gold', 'Gold']) {
            const symbols = await shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query });
            expect(symbols.filter(symbol => symbol.name === 'EHR.Gold'), query).toHaveLength(1);
        }
        const priorities = await shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Major' });
        expect(priorities.map(symbol => `${symbol.name} ${symbol.containerName}`)).toContain('Major priority');
    });
});

describe('document symbols of calendars', () => {
    it('lists a calendar block\'s hours, holidays and maintenance windows as written, titles as detail', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': `calendar Business "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"

calendar Office "Office hours" {
  timezone "Europe/Berlin"
  hours Mon-Fri 08:00-12:00, 13:00-18:00
  maintenance Sun 02:00-05:00 "Patching"
  holiday 2026-12-24 to 2026-12-26 "Christmas"
  holiday 2027-01-01
  holidays "holidays/berlin.ics"
  hours Sat, Sun 09:00-13:00
  maintenance 2027-03-28 01:00-04:00 "Network move"
}
`
        });
        const symbols = await symbolsOf(ws, 'a.svcdef');
        expect(outline(symbols)).toEqual([
            'Business (Mon-Fri 08:00-18:00)',
            'Office (Office hours)',
            '  hours Mon-Fri 08:00-12:00, 13:00-18:00',
            '  maintenance Sun 02:00-05:00 (Patching)',
            '  holiday 2026-12-24 to 2026-12-26 (Christmas)',
            '  holiday 2027-01-01',
            '  holidays "holidays/berlin.ics"',
            '  hours Sat, Sun 09:00-13:00',
            '  maintenance 2027-03-28 01:00-04:00 (Network move)'
        ]);
        const uri = ws.document('a.svcdef').uri.toString();
        const office = symbols[1];
        expect(office.children!.map(child => textAt(ws, uri, child.selectionRange))).toEqual([
            'hours Mon-Fri 08:00-12:00, 13:00-18:00', 'maintenance Sun 02:00-05:00 "Patching"', '2026-12-24', '2027-01-01',
            '"holidays/berlin.ics"', 'hours Sat, Sun 09:00-13:00', 'maintenance 2027-03-28 01:00-04:00 "Network move"'
        ]);
        expect(office.children!.map(child => child.kind)).toEqual([
            SymbolKind.Field, SymbolKind.Event, SymbolKind.Event, SymbolKind.Event, SymbolKind.File, SymbolKind.Field, SymbolKind.Event
        ]);
    });
});
