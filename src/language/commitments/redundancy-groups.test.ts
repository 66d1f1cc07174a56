import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { isOla, isSla, isUc, type Ola, type Sla, type Uc } from '../generated/ast.js';
import { redundancyGroupingOf } from './redundancy-groups.js';

const { workspace } = createTestServices();

const PARTIES = 'customer C\nunit U\nservice Svc { status live }\nsla S { customer C services Svc }\nsla T { customer C services Svc }\n';

/** The grouping of S's supporters in a one-file workspace, as names. */
async function groupsUnderS(olas: string): Promise<{ groups: string[][]; of: (name: string) => string[] | undefined }> {
    const ws = await workspace({ 'a.svcdef': PARTIES + olas });
    const elements = ws.document('a.svcdef').parseResult.value.elements;
    const sla = elements.find((element): element is Sla => isSla(element) && element.name === 'S')!;
    const supporters = ws.services.workspace.WorkspaceIndex.supportersOf(sla);
    const grouping = redundancyGroupingOf(supporters);
    const byName = new Map(elements.filter((element): element is Ola | Uc => isOla(element) || isUc(element)).map(element => [element.name, element]));
    return {
        groups: grouping.groups.map(group => group.map(member => member.name)),
        of: name => grouping.groupOf(byName.get(name)!)?.map(member => member.name)
    };
}

describe('redundancy groups', () => {
    it('are none where nobody writes `redundant with`', async () => {
        const result = await groupsUnderS('ola A { unit U supports S }\nola B { unit U supports S }\n');
        expect(result.groups).toEqual([]);
        expect(result.of('A')).toBeUndefined();
    });

    it('join agreements that name each other, in the order the SLA\'s supporters are listed', async () => {
        const result = await groupsUnderS('ola Solo { unit U supports S }\n'
            + 'ola B { unit U supports S redundant with A }\nola A { unit U supports S redundant with B }\n');
        expect(result.groups).toEqual([['B', 'A']]);
        expect(result.of('A')).toEqual(['B', 'A']);
        expect(result.of('Solo')).toBeUndefined();
    });

    it('take a one-sided clause both ways, and links through a third member transitively', async () => {
        const result = await groupsUnderS('ola A { unit U supports S redundant with B }\nola B { unit U supports S redundant with C }\n'
            + 'ola C { unit U supports S }\nola D { unit U supports S redundant with E }\nuc E { supports S }\n');
        expect(result.groups).toEqual([['A', 'B', 'C'], ['D', 'E']]);
    });

    it('leave out a named agreement that does not support the SLA, and an agreement naming itself', async () => {
        const result = await groupsUnderS('ola A { unit U supports S redundant with Other, A }\nola Other { unit U supports T redundant with A }\n');
        expect(result.groups).toEqual([]);
    });

    it('list an agreement that names the SLA twice once', async () => {
        const result = await groupsUnderS('ola A { unit U supports S, S redundant with B }\nola B { unit U supports S redundant with A }\n');
        expect(result.groups).toEqual([['A', 'B']]);
    });
});
