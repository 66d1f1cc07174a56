import { describe, expect, it } from 'vitest';
import { createTestServices } from '../../../test/svcdef-test-services.js';
import { friendlySyntaxMessage } from './syntax-messages.js';

describe('syntax error messages', () => {
    it('list the alternatives as a sentence', () => {
        const raw = "Expecting: one of these possible Token sequences:\n  1. [planned]\n  2. [pipeline]\n  3. [live]\nbut found: 'active'";
        expect(friendlySyntaxMessage(raw)).toBe("Expected one of 'planned', 'pipeline', 'live'; found 'active'.");
    });

    it('name token kinds in words', () => {
        expect(friendlySyntaxMessage("Expecting token of type 'STRING' but found `}`.")).toBe('Expected a string in double quotes.');
        expect(friendlySyntaxMessage("Expecting token of type '}' but found 'users'.")).toBe("Expected '}'; found 'users'.");
    });

    it('reach the user for a misspelt status value', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({ 'a.svcdef': 'provider IT\nservice S {\n  status active\n}' });
        expect(ws.diagnostics('a.svcdef')[0].message)
            .toBe("Expected one of 'planned', 'pipeline', 'live', 'retiring', 'retired'; found 'active'.");
    });

    it('accept the words people use as units of demand and capacity', async () => {
        const { workspace } = createTestServices();
        const ws = await workspace({ 'a.svcdef': [
            'provider IT', 'service S { status live owner IT offering O { price 2 EUR per service per month } }',
            'forecast F for S {\n  period 2027 demand 5 users\n  period 2028 demand 6 users\n}',
            'package K { service S capacity 10 users }'
        ].join('\n') });
        expect(ws.codes('a.svcdef')).toEqual([]);
    });
});
