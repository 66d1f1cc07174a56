import { ResponseError } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { createTestServices } from '../svcdef-test-services.js';
import { ACME_FILES } from './acme-workspace.js';
import { applyWorkspaceEdit, definitionsAt, positionOf, referencesAt, renameAt, textAt } from './lsp-test-helpers.js';

describe('rename', () => {
    it('renames a namespaced service everywhere, keeping qualified references qualified', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'services.svcdef', 'service Em|ail', 'Mail'));
        expect(Object.keys(changed).sort()).toEqual(['agreements.svcdef', 'bindings.svcdef', 'services.svcdef']);
        expect(changed['services.svcdef']).toContain('service Mail "Corporate Email" {');
        expect(changed['agreements.svcdef']).toContain('services acme.it.Mail\n');
        expect(changed['bindings.svcdef']).toContain('produces "Service Catalog" { acme.it.Mail, Network, Directory }');
        expect(Object.values(changed).join('\n')).not.toMatch(/acme\.it\.Email|service Email/);

        await ws.update(changed);
        expect(ws.allDiagnostics()).toEqual({ 'parties.svcdef': [], 'services.svcdef': [], 'agreements.svcdef': [], 'bindings.svcdef': [] });
    });

    it('gives the same edit from a qualified reference, wherever the cursor is in it', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const fromDeclaration = await renameAt(ws, 'services.svcdef', 'service Em|ail', 'Mail');
        expect(await renameAt(ws, 'agreements.svcdef', 'services acme.it.Em|ail', 'Mail')).toEqual(fromDeclaration);
        expect(await renameAt(ws, 'agreements.svcdef', 'services ac|me.it.Email', 'Mail')).toEqual(fromDeclaration);
    });

    it('prepares a rename on the name part of a qualified reference', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const document = ws.document('bindings.svcdef');
        const range = await ws.services.lsp.RenameProvider!.prepareRename(document, {
            textDocument: { uri: document.uri.toString() }, position: positionOf(ws, 'bindings.svcdef', 'owner ac|me.it.CentralIT')
        });
        expect(range && textAt(ws, document.uri.toString(), range)).toBe('CentralIT');
    });

    it('renames a party used by simple and qualified name in four files', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const edit = await renameAt(ws, 'agreements.svcdef', 'provider Central|IT', 'SharedServices');
        const counts = Object.fromEntries(Object.entries(edit?.changes ?? {}).map(([uri, edits]) => [uri.split('/').pop(), edits.length]));
        expect(counts).toEqual({ 'parties.svcdef': 1, 'services.svcdef': 2, 'agreements.svcdef': 2, 'bindings.svcdef': 2 });
        const changed = applyWorkspaceEdit(ws, edit);
        expect(changed['bindings.svcdef']).toContain('owner acme.it.SharedServices');
        await ws.update(changed);
        expect(Object.values(ws.allDiagnostics()).flat()).toEqual([]);
    });

    it('accepts the new name written with the element\'s own namespace', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'services.svcdef', 'service Em|ail', 'acme.it.Mail'));
        expect(changed['services.svcdef']).toContain('service Mail "Corporate Email"');
    });

    it('renames an offering within its service', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'services.svcdef', 'offering Stan|dard', 'Basic'));
        expect(changed['services.svcdef']).toContain('offering Basic "Standard mailbox"');
        await expect(renameAt(ws, 'services.svcdef', 'offering Stan|dard', 'Large'))
            .rejects.toThrow("Service 'Email' already has an offering named 'Large'.");
    });

    it.each([
        ['2fast', /'2fast' is not a valid name/],
        ['e-mail', /'e-mail' is not a valid name/],
        ['other.ns.Mail', /the namespace comes from the file's namespace declaration/],
        ['', /'' is not a valid name/],
        ['service', /'service' is a keyword of svcdef/],
        ['live', /'live' is a keyword of svcdef/],
        ['Directory', /'acme\.it\.Directory' is already declared in services\.svcdef:14/]
    ])('refuses to rename Email to %j', async (newName, reason) => {
        const ws = await createTestServices().workspace(ACME_FILES);
        const attempt = renameAt(ws, 'services.svcdef', 'service Em|ail', newName);
        await expect(attempt).rejects.toBeInstanceOf(ResponseError);
        await expect(attempt).rejects.toThrow(reason);
    });

    it('refuses a name another element has in a file without namespace', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        await expect(renameAt(ws, 'agreements.svcdef', 'sla Finance|Email', 'CloudMail'))
            .rejects.toThrow("'CloudMail' is already declared in agreements.svcdef:21");
    });

    it('refuses to rename A2 nodes, work products and built-ins, also when preparing', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        await expect(renameAt(ws, 'bindings.svcdef', 'implements A2|43', 'A999')).rejects.toThrow(/A2 reference model, which is built in/);
        await expect(renameAt(ws, 'bindings.svcdef', 'produces "SLA|s', 'Contracts')).rejects.toThrow(/A2 reference model/);
        await expect(renameAt(ws, 'agreements.svcdef', 'target avail|ability >= 99.9%', 'uptime')).rejects.toThrow(/built-in library/);
        await expect(renameAt(ws, 'services.svcdef', 'hours 24|x7', 'always')).rejects.toThrow(/built-in library/);
        const document = ws.document('bindings.svcdef');
        expect(() => ws.services.lsp.RenameProvider!.prepareRename(document, {
            textDocument: { uri: document.uri.toString() }, position: positionOf(ws, 'bindings.svcdef', 'implements A2|43')
        })).toThrow(/cannot be renamed/);
    });

    it('refuses a name a built-in of the same kind group has', async () => {
        const ws = await createTestServices().workspace(ACME_FILES);
        await expect(renameAt(ws, 'parties.svcdef', 'calendar Busi|ness', '24x7'))
            .rejects.toThrow("'acme.it.24x7' is already declared in the built-in library");
    });
});

describe('rename with kind groups and offerings', () => {
    const FILES = {
        'services.svcdef': `namespace acme.it

service EHR "Electronic Health Record" {
  status live
  offering Gold { target availability >= 99.95% per month }
  offering Silver { target availability >= 99.5% per month }
}
`,
        'agreements.svcdef': `customer Ward
customer Pharmacy

sla WardEHR {
  customers Ward
  services acme.it.EHR
  offerings EHR.Gold, acme.it.EHR.Gold, EHR.Silver
  for service EHR { target rpo <= 1h }
}
`
    };

    it('renames an offering in every Service.Offering reference, qualified or not', async () => {
        const ws = await createTestServices().workspace(FILES);
        const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'services.svcdef', 'offering Go|ld', 'Platinum'));
        expect(changed['services.svcdef']).toContain('offering Platinum {');
        expect(changed['agreements.svcdef']).toContain('offerings EHR.Platinum, acme.it.EHR.Platinum, EHR.Silver');
        await ws.update(changed);
        expect(Object.values(ws.allDiagnostics()).flat()).toEqual([]);
    });

    it('renames an offering from a reference, wherever the cursor is in it', async () => {
        const ws = await createTestServices().workspace(FILES);
        const fromDeclaration = await renameAt(ws, 'services.svcdef', 'offering Go|ld', 'Platinum');
        expect(await renameAt(ws, 'agreements.svcdef', 'offerings EHR.Go|ld', 'Platinum')).toEqual(fromDeclaration);
        expect(await renameAt(ws, 'agreements.svcdef', 'acme.it.EHR.Go|ld', 'Platinum')).toEqual(fromDeclaration);
    });

    it('renames a service in plain references and in the service part of its offerings\u2019 references', async () => {
        const ws = await createTestServices().workspace(FILES);
        const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'services.svcdef', 'service E|HR', 'Records'));
        expect(changed['services.svcdef']).toContain('service Records "Electronic Health Record" {');
        expect(changed['agreements.svcdef']).toContain('services acme.it.Records\n');
        expect(changed['agreements.svcdef']).toContain('offerings Records.Gold, acme.it.Records.Gold, Records.Silver');
        expect(changed['agreements.svcdef']).toContain('for service Records {');
        await ws.update(changed);
        expect(Object.values(ws.allDiagnostics()).flat()).toEqual([]);
    });

    it('lets a service take a name that only an element of another kind group has', async () => {
        const ws = await createTestServices().workspace(FILES);
        const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'services.svcdef', 'service E|HR', 'Pharmacy'));
        expect(changed['services.svcdef']).toContain('service Pharmacy "Electronic Health Record" {');
        await ws.update(changed);
        expect(Object.values(ws.allDiagnostics()).flat()).toEqual([]);
    });

    it('lets a workspace priority take the name of a built-in priority it then defines', async () => {
        const ws = await createTestServices().workspace({
            'a.svcdef': 'priority Urgent "Critical" { impact high urgency high }\ncustomer C\nsla S { customer C target incidentResponse <= 1h for Urgent }\n'
        });
        const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'a.svcdef', 'priority Urg|ent', 'P1'));
        expect(changed['a.svcdef']).toContain('priority P1 "Critical"');
        expect(changed['a.svcdef']).toContain('for P1 }');
        await ws.update(changed);
        expect(ws.diagnostics('a.svcdef')).toEqual([]);
    });
});

describe('navigation from an offering reference', () => {
    it('goes to the offering from Service.Offering and finds every reference to it', async () => {
        const ws = await createTestServices().workspace(FILES_FOR_NAVIGATION);
        expect(await definitionsAt(ws, 'a.svcdef', 'offerings EHR.Go|ld')).toEqual([{ file: 'a.svcdef', line: 4, text: 'Gold' }]);
        expect(await definitionsAt(ws, 'a.svcdef', 'offerings E|HR.Gold')).toEqual([{ file: 'a.svcdef', line: 4, text: 'Gold' }]);
        const references = await referencesAt(ws, 'a.svcdef', 'offering Go|ld');
        expect(references.map(place => `${place.line}:${place.text}`)).toEqual(['4:Gold', '9:EHR.Gold', '10:EHR.Gold']);
    });
});

const FILES_FOR_NAVIGATION = {
    'a.svcdef': `customer Ward
provider IT
service EHR {
  offering Gold { price 7 EUR }
}
sla A {
  customers Ward
  services EHR
  offerings EHR.Gold
  part of B offerings EHR.Gold
}
sla B { customers Ward services EHR }
`
};

describe('rename never changes what an existing reference means', () => {
    const FILES = {
        'services.svcdef': 'namespace acme.it\nservice Directory { status live }\n',
        'other.svcdef': 'namespace acme.ops\nservice Monitor { status live depends on Directory }\n',
        'noname.svcdef': 'service Portal { status live depends on Directory }\n'
    };

    it('writes references to the namesake out qualified when an element takes its name from another namespace', async () => {
        const ws = await createTestServices().workspace({
            ...FILES, 'more.svcdef': 'namespace acme.it\nservice Backup { status live depends on Directory }\n'
        });
        const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'other.svcdef', 'service Mon|itor', 'Directory'));
        expect(changed['other.svcdef']).toBe('namespace acme.ops\nservice Directory { status live depends on acme.it.Directory }\n');
        expect(changed['noname.svcdef']).toBe('service Portal { status live depends on acme.it.Directory }\n');
        // In its own namespace the simple name still means acme.it.Directory.
        expect(changed['more.svcdef']).toBeUndefined();
        await ws.update(changed);
        expect(Object.values(ws.allDiagnostics()).flat()).toEqual([]);
    });

    it('writes references to the renamed element out qualified where its new name means another element', async () => {
        const ws = await createTestServices().workspace(FILES);
        const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'services.svcdef', 'service Direc|tory', 'Monitor'));
        expect(changed['services.svcdef']).toBe('namespace acme.it\nservice Monitor { status live }\n');
        expect(changed['other.svcdef']).toBe('namespace acme.ops\nservice Monitor { status live depends on acme.it.Monitor }\n');
        expect(changed['noname.svcdef']).toBe('service Portal { status live depends on acme.it.Monitor }\n');
        await ws.update(changed);
        expect(Object.values(ws.allDiagnostics()).flat()).toEqual([]);
    });


    it('refuses when a reference could only be kept by a qualified name the element does not have', async () => {
        const ws = await createTestServices().workspace({
            ...FILES, 'noname.svcdef': 'service Portal { status live }\n', 'uses.svcdef': 'namespace acme.ops\nservice Watch { status live depends on Portal }\n'
        });
        await expect(renameAt(ws, 'noname.svcdef', 'service Por|tal', 'Monitor'))
            .rejects.toThrow("'Monitor' in uses.svcdef:2 would then mean 'acme.ops.Monitor', and 'Portal' has no namespace to write it out with. Choose another name.");
    });

    describe('for offerings named through their service (`EHR.Gold`)', () => {
        const EHR = {
            'a.svcdef': 'namespace acme.a\nprovider IT\nservice EHR { status live owner IT offering Gold { } }\n',
            'b.svcdef': 'namespace acme.b\nprovider IT2\nservice EHR { status live owner IT2 offering Silver { } }\n',
            'c.svcdef': 'namespace acme.c\ncustomer C\nsla S { customer C services acme.a.EHR offerings EHR.Gold }\nsla T { customer C services acme.b.EHR offerings EHR.Silver }\n'
        };

        it('writes the renamed offering out qualified where its new name is also another EHR\u2019s, and the namesake\u2019s references too', async () => {
            const ws = await createTestServices().workspace(EHR);
            const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'a.svcdef', 'offering Go|ld', 'Silver'));
            expect(changed['a.svcdef']).toBe('namespace acme.a\nprovider IT\nservice EHR { status live owner IT offering Silver { } }\n');
            expect(changed['c.svcdef']).toBe('namespace acme.c\ncustomer C\nsla S { customer C services acme.a.EHR offerings acme.a.EHR.Silver }\n'
                + 'sla T { customer C services acme.b.EHR offerings acme.b.EHR.Silver }\n');
            await ws.update(changed);
            expect(Object.values(ws.allDiagnostics()).flat()).toEqual([]);
        });

        it('keeps `EHR.Gold` as it is written where no other EHR offers the new name', async () => {
            const ws = await createTestServices().workspace(EHR);
            const changed = applyWorkspaceEdit(ws, await renameAt(ws, 'c.svcdef', 'offerings EHR.Go|ld', 'Platinum'));
            expect(changed['c.svcdef']).toContain('offerings EHR.Platinum }');
            expect(changed['c.svcdef']).toContain('offerings EHR.Silver }');
        });

        it('refuses when the renamed offering\u2019s service has no namespace to write it out with', async () => {
            const ws = await createTestServices().workspace({
                ...EHR,
                'a.svcdef': 'provider IT\nservice EHR { status live owner IT offering Gold { } }\n',
                'c.svcdef': 'namespace acme.c\ncustomer C\nsla S { customer C services EHR offerings EHR.Gold }\n'
            });
            await expect(renameAt(ws, 'a.svcdef', 'offering Go|ld', 'Silver'))
                .rejects.toThrow("'EHR.Silver' in c.svcdef:3 would then be ambiguous, and 'EHR.Gold' has no namespace to write it out with. Choose another name.");
        });
    });

    it('refuses when a reference to the namesake could only be kept by a qualified name it does not have', async () => {
        const ws = await createTestServices().workspace({
            'root.svcdef': 'service Directory { status live }\n',
            'other.svcdef': 'namespace acme.ops\nservice Monitor { status live }\nservice Watch { status live depends on Directory }\n'
        });
        await expect(renameAt(ws, 'other.svcdef', 'service Mon|itor', 'Directory')).rejects.toThrow(
            "'Directory' in other.svcdef:3 means the 'Directory' of the root namespace and would then mean the renamed 'acme.ops.Directory'");
    });
});
