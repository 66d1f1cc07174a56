import { describe, expect, it } from 'vitest';
import { diffOf, lines } from './diff-test-sides.js';

const SERVICES = `
provider CentralIT
calendar Business { timezone "Europe/Berlin" hours Mon-Fri 08:00-18:00 }
service Erp "ERP" { status live owner CentralIT hours Business offering Gold { target availability >= 99.95% per month } }
service Hr { status live }
`;
const AGREEMENTS = `
sla FinanceErp "ERP for Finance" {
  provider CentralIT
  status finalized
  services Erp, Hr
  valid from 2026-01-01 to 2026-12-31
  target availability >= 99.9% per month
  target incidentResolution <= 4h for P1
  offerings Erp.Gold
}
`;

describe('what is no change at all', () => {
    it('moving an element to another file', async () => {
        expect(lines(await diffOf({ 'a.svcdef': SERVICES + AGREEMENTS }, { 'a.svcdef': SERVICES, 'b.svcdef': AGREEMENTS }))).toEqual([]);
    });
    it('renaming a file', async () => {
        expect(lines(await diffOf({ 'old.svcdef': SERVICES + AGREEMENTS }, { 'new.svcdef': SERVICES + AGREEMENTS }))).toEqual([]);
    });
    it('reformatting and adding comments', async () => {
        const reformatted = (SERVICES + AGREEMENTS).replace(/\n {2}/g, '\n      ').replace(/ \{/g, '\n{').replace('sla FinanceErp', '// the ERP agreement\nsla FinanceErp');
        expect(lines(await diffOf(SERVICES + AGREEMENTS, reformatted))).toEqual([]);
    });
    it('reordering targets, properties, list members and elements', async () => {
        const reordered = `
sla FinanceErp "ERP for Finance" {
  offerings Erp.Gold
  target incidentResolution <= 4h for P1
  services Hr, Erp
  target availability >= 99.9% per month
  valid from 2026-01-01 to 2026-12-31
  status finalized
  provider CentralIT
}
service Hr { status live }
${SERVICES.replace('service Hr { status live }', '')}`;
        expect(lines(await diffOf(SERVICES + AGREEMENTS, reordered))).toEqual([]);
    });
});

describe('renames', () => {
    it('an element renamed is reported once, under its new name, and what refers to it does not change', async () => {
        const renamed = (SERVICES + AGREEMENTS).replace('service Erp ', 'service Finance ').replaceAll('Erp.Gold', 'Finance.Gold').replace('services Erp, Hr', 'services Finance, Hr');
        const diff = await diffOf(SERVICES + AGREEMENTS, renamed);
        expect(lines(diff)).toEqual(['neutral renamed service Finance: name: Erp -> Finance']);
        expect(diff.changes[0].location).toEqual({ side: 'head', file: 'main.svcdef', line: 4 });
    });
    it('a rename with other changes reports those under the new name', async () => {
        const renamed = (SERVICES + AGREEMENTS).replace('sla FinanceErp "ERP for Finance"', 'sla ErpFinance "ERP for Finance"').replace('99.9%', '99.5%');
        expect(lines(await diffOf(SERVICES + AGREEMENTS, renamed))).toEqual([
            'weaker changed sla ErpFinance: target availability per month: at least 99.9% per month -> at least 99.5% per month',
            'neutral renamed sla ErpFinance: name: FinanceErp -> ErpFinance'
        ]);
    });
    it('a calendar renamed keeps the hours that name it', async () => {
        const renamed = (SERVICES + AGREEMENTS).replace('calendar Business', 'calendar Office').replace('hours Business', 'hours Office');
        expect(lines(await diffOf(SERVICES + AGREEMENTS, renamed))).toEqual(['neutral renamed calendar Office: name: Business -> Office']);
    });
    it('an element replaced by an unrelated one is a removal and an addition', async () => {
        const replaced = (SERVICES + AGREEMENTS).replace('service Hr { status live }', 'service Payroll "Payroll" { status planned kind business }')
            .replace('services Erp, Hr', 'services Erp, Payroll');
        const changes = lines(await diffOf(SERVICES + AGREEMENTS, replaced));
        expect(changes).toContain('weaker removed service Hr: service: Hr -> ∅');
        expect(changes).toContain('neutral added service Payroll: service: ∅ -> Payroll');
    });
});
