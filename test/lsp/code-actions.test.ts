import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';
import { ACME_FILES } from './acme-workspace.js';
import { applyWorkspaceEdit, quickFixes } from './lsp-test-helpers.js';

/** Applies a fix to the workspace, as the editor would, and returns the file's new text. */
async function apply(ws: TestWorkspace, action: CodeAction | undefined, file: string): Promise<string> {
    expect(action, 'the expected quick fix is offered').toBeDefined();
    const changed = applyWorkspaceEdit(ws, action!.edit);
    await ws.update(changed);
    return changed[file];
}

/** The code actions for the diagnostics as an editor sends them back, whatever they say. */
async function codeActionsFor(ws: TestWorkspace, file: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const document = ws.document(file);
    const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
    const actions = await ws.services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range, context: { diagnostics }
    }) ?? [];
    return actions.filter((action): action is CodeAction => 'title' in action);
}

function titles(actions: readonly CodeAction[]): string[] {
    return actions.map(action => action.title);
}

describe('quick fixes', () => {
    it('offer each "did you mean" suggestion and fix the name', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'agreements.svcdef': ACME_FILES['agreements.svcdef'].replace('customer Finance', 'customer Finanse')
        });
        const { actions } = await quickFixes(ws, 'agreements.svcdef', 'unresolved-reference');
        expect(actions[0]).toMatchObject({ title: "Change to 'Finance'", kind: 'quickfix', isPreferred: true });
        const text = await apply(ws, actions[0], 'agreements.svcdef');
        expect(text).toContain('  customer Finance\n');
        expect(ws.diagnostics('agreements.svcdef')).toEqual([]);
    });

    it('offer quoted work-product names for a produces that is not an output', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'bindings.svcdef': ACME_FILES['bindings.svcdef'].replace('produces "SLAs, OLAs, UCs"', 'produces "SLAs, OLAs and UCs"')
        });
        const { actions } = await quickFixes(ws, 'bindings.svcdef', 'not-an-output');
        expect(titles(actions)).toContain('Change to "SLAs, OLAs, UCs"');
        await apply(ws, actions.find(action => action.title === 'Change to "SLAs, OLAs, UCs"'), 'bindings.svcdef');
        expect(ws.diagnostics('bindings.svcdef')).toEqual([]);
    });

    it('add the missing customer: the one customer there is, or a placeholder, into a multi-line block', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'agreements.svcdef': ACME_FILES['agreements.svcdef'].replace('  customer Finance\n', '')
        });
        const { actions } = await quickFixes(ws, 'agreements.svcdef', 'missing-party');
        expect(titles(actions)).toEqual(["Add 'customer Finance'", "Add 'customer NewCustomer' (placeholder to rename)"]);
        expect(actions[0].isPreferred).toBe(true);
        const text = await apply(ws, actions[0], 'agreements.svcdef');
        expect(text).toContain('sla FinanceEmail "Email for Finance" {\n  customer Finance\n  provider CentralIT\n');
        expect(ws.diagnostics('agreements.svcdef')).toEqual([]);
    });

    it('add the missing unit of an OLA written on one line, one fix per unit, qualified where names clash', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'agreements.svcdef': `${ACME_FILES['agreements.svcdef']}\nola DirectoryForEmail { supports FinanceEmail services acme.it.Directory }\n`,
            'other.svcdef': 'namespace acme.plant\nunit NetworkOps "Plant network"\nunit Maintenance\n'
        });
        const { actions } = await quickFixes(ws, 'agreements.svcdef', 'missing-party');
        expect(titles(actions)).toEqual([
            "Add 'unit acme.it.NetworkOps'", "Add 'unit acme.plant.NetworkOps'", "Add 'unit Maintenance'",
            "Add 'unit NewUnit' (placeholder to rename)"
        ]);
        expect(actions.some(action => action.isPreferred)).toBe(false);
        const text = await apply(ws, actions[2], 'agreements.svcdef');
        expect(text).toContain('ola DirectoryForEmail { unit Maintenance supports FinanceEmail services acme.it.Directory }');
        expect(ws.codes('agreements.svcdef')).not.toContain('missing-party');
    });

    it('add the missing supplier of an empty UC block', async () => {
        const ws = await createTestServices().workspace({ ...ACME_FILES, 'extra.svcdef': 'uc Hosting {}\n' });
        const { actions } = await quickFixes(ws, 'extra.svcdef', 'missing-party');
        const text = await apply(ws, actions[0], 'extra.svcdef');
        expect(text).toBe('uc Hosting { supplier CloudCo }\n');
    });

    it('declare an unresolved service, customer or SLA as a stub of the right kind at the end of the file', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'extra.svcdef': 'sla PayrollSla {\n  customer HumanResources\n  services Payroll\n  status draft\n}\n\nola PayrollBackup { unit NetworkOps supports PayrollUc }'
        });
        const fixes = await quickFixes(ws, 'extra.svcdef', 'unresolved-reference');
        expect(fixes.diagnostics).toHaveLength(3);
        const byTitle = new Map(fixes.actions.map(action => [action.title, action]));
        expect([...byTitle.keys()]).toEqual(expect.arrayContaining([
            "Declare customer 'HumanResources' at the end of this file",
            "Declare service 'Payroll' at the end of this file",
            "Declare sla 'PayrollUc' at the end of this file"
        ]));
        await apply(ws, byTitle.get("Declare service 'Payroll' at the end of this file"), 'extra.svcdef');
        const afterService = await quickFixes(ws, 'extra.svcdef', 'unresolved-reference');
        await apply(ws, afterService.actions.find(action => action.title.startsWith("Declare customer 'HumanResources'")), 'extra.svcdef');
        const afterCustomer = await quickFixes(ws, 'extra.svcdef', 'unresolved-reference');
        const text = await apply(ws, afterCustomer.actions.find(action => action.title.startsWith("Declare sla 'PayrollUc'")), 'extra.svcdef');
        expect(text).toBe(`sla PayrollSla {
  customer HumanResources
  services Payroll
  status draft
}

ola PayrollBackup { unit NetworkOps supports PayrollUc }

service Payroll {
  status planned
}

customer HumanResources

sla PayrollUc {
  status draft
}
`);
        expect(ws.codes('extra.svcdef')).not.toContain('unresolved-reference');
    });

    it('declare a metric from how the target uses it, and offer both kinds of party for an owner', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'extra.svcdef': 'service Portal {\n  status planned\n  owner WebTeam\n}\n\nsla PortalSla {\n  customer acme.it.Finance\n  services Portal\n  target pageLoad <= 2s\n}\n'
        });
        const { actions } = await quickFixes(ws, 'extra.svcdef', 'unresolved-reference');
        expect(titles(actions)).toEqual(expect.arrayContaining([
            "Declare provider 'WebTeam' at the end of this file",
            "Declare unit 'WebTeam' at the end of this file",
            "Declare metric 'pageLoad' at the end of this file"
        ]));
        const text = await apply(ws, actions.find(action => action.title.startsWith("Declare metric 'pageLoad'")), 'extra.svcdef');
        expect(text.endsWith('\nmetric pageLoad duration lower\n')).toBe(true);
        expect(ws.codes('extra.svcdef')).toEqual(['unresolved-reference']);
    });

    it('offer the artifact kinds a work product carries for an unresolved artifact, and nothing for a foreign namespace', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'extra.svcdef': 'binding More implements A243 { produces "SLAs, OLAs, UCs" { PrinterOla, other.ns.Thing } }\n'
        });
        const { actions } = await quickFixes(ws, 'extra.svcdef', 'unresolved-reference');
        const declarations = titles(actions).filter(title => title.startsWith('Declare'));
        expect(declarations).toEqual([
            "Declare sla 'PrinterOla' at the end of this file",
            "Declare ola 'PrinterOla' at the end of this file",
            "Declare uc 'PrinterOla' at the end of this file"
        ]);
    });

    it('raise an underpinning target to what the SLA promises', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'agreements.svcdef': ACME_FILES['agreements.svcdef'].replace('target availability >= 99.95% per month\n}\n\nuc', 'target availability >= 99.5% per month\n}\n\nuc')
        });
        const { actions } = await quickFixes(ws, 'agreements.svcdef', 'weaker-underpinning-target');
        expect(titles(actions)).toEqual(["Raise the target to 99.9%, as SLA 'FinanceEmail' promises"]);
        const text = await apply(ws, actions[0], 'agreements.svcdef');
        expect(text).toContain('  supports FinanceEmail\n  services Network\n  target availability >= 99.9% per month\n');
        expect(ws.codes('agreements.svcdef')).not.toContain('weaker-underpinning-target');
    });

    it('raise an underpinning target to the clock time that keeps an SLA\'s business days, and say so', async () => {
        const ws = await createTestServices().workspace({
            'time.svcdef': `provider IT
customer Clinic
unit Desk
calendar Office { timezone "Europe/Berlin" hours Mon-Fri 08:00-18:00 }
service EHR { status live owner IT }
sla ClinicEHR { customer Clinic services EHR support hours Office target requestFulfilment <= 1 business day }
ola DeskOla { unit Desk supports ClinicEHR services EHR support hours 24x7 target requestFulfilment <= 2 business days }
`
        });
        const { actions } = await quickFixes(ws, 'time.svcdef', 'weaker-underpinning-target');
        expect(titles(actions)).toEqual(["Raise the target to 24h, which keeps the 1 business day SLA 'ClinicEHR' promises"]);
        await apply(ws, actions[0], 'time.svcdef');
        expect(ws.codes('time.svcdef')).not.toContain('weaker-underpinning-target');
    });

    it('make an underpinning target strict where only the comparator falls short of the SLA\'s', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'customer C\nunit U\nservice S { status live }\nsla Care { customer C services S target satisfaction > 4 }\n'
                + 'ola D { unit U supports Care services S target satisfaction >= 4 }\n'
        });
        const [diagnostic] = ws.diagnostics('a.svcdef').filter(found => found.code === 'weaker-underpinning-target');
        expect(diagnostic.message).toContain("Change '>=' to '>'");
        expect(diagnostic.message).not.toContain('Raise this target to 4');
        const { actions } = await quickFixes(ws, 'a.svcdef', 'weaker-underpinning-target');
        expect(titles(actions)).toEqual(["Change '>=' to '>', as SLA 'Care' promises"]);
        const text = await apply(ws, actions[0], 'a.svcdef');
        expect(text).toContain('ola D { unit U supports Care services S target satisfaction > 4 }');
        expect(ws.codes('a.svcdef')).not.toContain('weaker-underpinning-target');
    });

    it('raise a child SLA\'s target to what its parent SLA promises', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'customer C\nservice S { status live }\nsla Corporate { customer C services S target availability >= 99.9% per month }\n'
                + 'sla Team { customer C part of Corporate services S target availability >= 99.5% per month }\n'
        });
        const { actions } = await quickFixes(ws, 'a.svcdef', 'weaker-than-parent');
        expect(titles(actions)).toEqual(["Raise the target to 99.9%, as SLA 'Corporate' promises"]);
        const text = await apply(ws, actions[0], 'a.svcdef');
        expect(text).toContain('sla Team { customer C part of Corporate services S target availability >= 99.9% per month }');
        expect(ws.codes('a.svcdef')).toEqual([]);
    });

    it('make a child SLA\'s target strict where only the comparator falls short of its parent\'s', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'customer C\nservice S { status live }\nsla Care { customer C services S target satisfaction > 4 }\n'
                + 'sla Ward { customer C part of Care services S target satisfaction >= 4 }\n'
        });
        const { actions } = await quickFixes(ws, 'a.svcdef', 'weaker-than-parent');
        expect(titles(actions)).toEqual(["Change '>=' to '>', as SLA 'Care' promises"]);
        expect(await apply(ws, actions[0], 'a.svcdef')).toContain('sla Ward { customer C part of Care services S target satisfaction > 4 }');
        expect(ws.codes('a.svcdef')).toEqual([]);
    });

    it('raise an SLA\'s target to what the offering it sells publishes, but not a target it inherits', async () => {
        const service = 'service S { status live offering Gold { target availability >= 99.9% per month } }\n';
        const ws = await createTestServices().workspace({
            'a.svcdef': `customer C\n${service}sla Own { customer C services S offerings S.Gold target availability >= 99.5% per month }\n`
        });
        const { actions } = await quickFixes(ws, 'a.svcdef', 'below-offering-target');
        expect(titles(actions)).toEqual(["Raise the target to 99.9%, as offering 'S.Gold' publishes"]);
        expect(await apply(ws, actions[0], 'a.svcdef')).toContain('offerings S.Gold target availability >= 99.9% per month }');
        expect(ws.codes('a.svcdef')).toEqual([]);

        const inheriting = await createTestServices().workspace({
            'a.svcdef': `customer C\n${service}sla Parent { customer C services S target availability >= 99.5% per month }\n`
                + 'sla Child { customer C part of Parent services S offerings S.Gold }\n'
        });
        expect(inheriting.codes('a.svcdef')).toEqual(['below-offering-target']);
        // Marked on the offering sold: replacing that with a figure would break the file.
        expect(titles((await quickFixes(inheriting, 'a.svcdef', 'below-offering-target')).actions)).toEqual([]);
    });

    it('raise an underpinning target and make it strict where the SLA\'s is strict', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'customer C\nunit U\nservice S { status live }\nsla Care { customer C services S target satisfaction > 4 }\n'
                + 'ola D { unit U supports Care services S target satisfaction >= 3 }\n'
        });
        const [diagnostic] = ws.diagnostics('a.svcdef').filter(found => found.code === 'weaker-underpinning-target');
        expect(diagnostic.message).toContain('Raise this target to > 4 or better');
        const { actions } = await quickFixes(ws, 'a.svcdef', 'weaker-underpinning-target');
        expect(titles(actions)).toEqual(["Raise the target to > 4, as SLA 'Care' promises"]);
        const text = await apply(ws, actions[0], 'a.svcdef');
        expect(text).toContain('ola D { unit U supports Care services S target satisfaction > 4 }');
        expect(ws.codes('a.svcdef')).not.toContain('weaker-underpinning-target');
    });

    it('edit where the server found the problem, not where the editor says it is', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'extra.svcdef': 'sla CafeSla "Café für Finance" { customer Finanse services acme.it.Email status draft }\n'
        });
        const [own] = ws.diagnostics('extra.svcdef').filter(diagnostic => diagnostic.code === 'unresolved-reference');
        // A client that counts columns in UTF-8 bytes puts the name two columns further right (é, ü).
        const line = ws.document('extra.svcdef').textDocument.getText().split('\n')[own.range.start.line];
        const inBytes = (character: number) => Buffer.byteLength(line.slice(0, character));
        const shifted: Diagnostic = {
            ...own,
            range: {
                start: { line: own.range.start.line, character: inBytes(own.range.start.character) },
                end: { line: own.range.end.line, character: inBytes(own.range.end.character) }
            }
        };
        const actions = await codeActionsFor(ws, 'extra.svcdef', [shifted]);
        expect(titles(actions)).toContain("Change to 'Finance'");
        const text = await apply(ws, actions.find(action => action.title === "Change to 'Finance'"), 'extra.svcdef');
        expect(text).toBe('sla CafeSla "Café für Finance" { customer Finance services acme.it.Email status draft }\n');
    });

    it('answer a diagnostic sent without a range with nothing, and the others as usual', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'agreements.svcdef': ACME_FILES['agreements.svcdef'].replace('customer Finance', 'customer Finanse')
        });
        const [own] = ws.diagnostics('agreements.svcdef');
        const { range: _range, ...rangeless } = own;
        expect(await codeActionsFor(ws, 'agreements.svcdef', [rangeless as Diagnostic])).toEqual([]);
        const actions = await codeActionsFor(ws, 'agreements.svcdef', [rangeless as Diagnostic, own]);
        expect(actions.map(action => action.diagnostics)).toEqual(actions.map(() => [own]));
        expect(titles(actions)).toContain("Change to 'Finance'");
    });

    it('offer nothing for diagnostics without a fix', async () => {
        const ws = await createTestServices().workspace({
            ...ACME_FILES,
            'agreements.svcdef': ACME_FILES['agreements.svcdef'].replace('valid from 2026-01-01 to 2026-12-31', 'valid from 2026-12-31 to 2026-01-01')
        });
        const { actions } = await quickFixes(ws, 'agreements.svcdef', 'invalid-validity-period');
        expect(actions).toEqual([]);
    });
});

describe('quick fixes for the second edition checks', () => {
    const PARTIES = 'provider IT\ncustomer Finance\nservice Email { status live owner IT }\nservice Erp { status live owner IT }\n';

    it('add the service of an unscoped for-service block to the agreement\'s services line', async () => {
        const ws = await createTestServices().workspace({
            'p.svcdef': PARTIES,
            'a.svcdef': 'sla A {\n  customer Finance\n  services Email\n  for service Erp { target availability >= 99% }\n}\n'
        });
        const { actions } = await quickFixes(ws, 'a.svcdef', 'unscoped-target');
        expect(titles(actions)).toEqual(["Add 'Erp' to the services of SLA 'A'"]);
        const text = await apply(ws, actions[0], 'a.svcdef');
        expect(text).toContain('  services Email, Erp\n');
        expect(ws.diagnostics('a.svcdef')).toEqual([]);
    });

    it('add a services line when the agreement names none', async () => {
        const ws = await createTestServices().workspace({
            'p.svcdef': PARTIES,
            'a.svcdef': 'sla A {\n  customer Finance\n  for service Erp { target availability >= 99% }\n}\n'
        });
        const { actions } = await quickFixes(ws, 'a.svcdef', 'unscoped-target');
        const text = await apply(ws, actions[0], 'a.svcdef');
        expect(text).toBe('sla A {\n  services Erp\n  customer Finance\n  for service Erp { target availability >= 99% }\n}\n');
        expect(ws.diagnostics('a.svcdef')).toEqual([]);
    });

    it('insert a target to complete into a finalized agreement without one', async () => {
        const ws = await createTestServices().workspace({
            'p.svcdef': PARTIES,
            'a.svcdef': 'sla A {\n  customer Finance\n  services Email\n  status finalized\n}\n'
        });
        const { actions } = await quickFixes(ws, 'a.svcdef', 'empty-agreement');
        expect(titles(actions)).toEqual(["Add a target to complete: 'target availability >= 99.9% per month'"]);
        const text = await apply(ws, actions[0], 'a.svcdef');
        expect(text).toContain('  target availability >= 99.9% per month\n');
        expect(ws.diagnostics('a.svcdef')).toEqual([]);
    });

    it('offer nothing for a dependency cycle', async () => {
        const ws = await createTestServices().workspace({ 'a.svcdef': 'provider IT\nservice A { owner IT depends on A }' });
        const { actions } = await quickFixes(ws, 'a.svcdef', 'dependency-cycle');
        expect(actions).toEqual([]);
    });
});

describe('quick fixes in a file with CRLF line endings', () => {
    it('add a missing party on a line of its own ending in CRLF', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'unit U\r\nprovider P\r\nsla S { status draft }\r\nola O {\r\n  provider P\r\n  supports S\r\n}\r\n'
        });
        const { actions } = await quickFixes(ws, 'a.svcdef', 'missing-party');
        const text = await apply(ws, actions.find(action => action.title === "Add 'unit U'"), 'a.svcdef');
        expect(text).toBe('unit U\r\nprovider P\r\nsla S { status draft }\r\nola O {\r\n  unit U\r\n  provider P\r\n  supports S\r\n}\r\n');
    });

    it('declare an unresolved name at the end of the file with CRLF line endings', async () => {
        const ws = await createTestServices().workspace({ 'a.svcdef': 'customer C\r\nsla S { customer C services Payroll }\r\n' });
        const { actions } = await quickFixes(ws, 'a.svcdef', 'unresolved-reference');
        const text = await apply(ws, actions.find(action => action.title === "Declare service 'Payroll' at the end of this file"), 'a.svcdef');
        expect(text).toBe('customer C\r\nsla S { customer C services Payroll }\r\n\r\nservice Payroll {\r\n  status planned\r\n}\r\n');
    });
});
