import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceConfiguration } from './workspace-configuration.js';

const uri = URI.file('/ws/svcdef.json');

function problemIn(text: string): string {
    try {
        parseWorkspaceConfiguration(text, uri);
    } catch (error) {
        return (error as Error).message;
    }
    return 'no problem';
}

describe('"catalog" in svcdef.json', () => {
    it('reads the publisher and the logo path as written, where they are written', () => {
        const configuration = parseWorkspaceConfiguration('{\n  "catalog": { "publisher": "Acme IT", "logo": "branding/logo.svg" }\n}', uri);
        expect(configuration.catalog).toEqual({ publisher: 'Acme IT', logo: 'branding/logo.svg', position: { line: 2, column: 14 } });
        expect(parseWorkspaceConfiguration('{}', uri).catalog).toBeUndefined();
    });

    it('refuses what it cannot mean, saying what to write', () => {
        expect(problemIn('{ "catalog": "Acme" }')).toContain('"catalog" must be an object, not a string');
        expect(problemIn('{ "catalog": { "publsher": "Acme" } }')).toContain('unknown field "publsher" in "catalog". Did you mean "publisher"?');
        expect(problemIn('{ "catalog": { "publisher": "" } }')).toContain('"catalog"."publisher" must be a non-empty string');
        expect(problemIn('{ "catalog": { "logo": 3 } }')).toContain('"catalog"."logo" must be a non-empty string, not a number');
    });
});
