import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceConfiguration } from './workspace-configuration.js';
import { WorkspaceConfigurationError } from './workspace-configuration-error.js';

const FILE = URI.file('/ws/svcdef.json');

function problemIn(text: string): string {
    try {
        parseWorkspaceConfiguration(text, FILE);
    } catch (error) {
        expect(error).toBeInstanceOf(WorkspaceConfigurationError);
        const problem = error as WorkspaceConfigurationError;
        return `${problem.location('svcdef.json')}: ${problem.problem}. ${problem.remedy}`;
    }
    throw new Error(`accepted: ${text}`);
}

describe('parseWorkspaceConfiguration', () => {
    it('reads the globs and the date, relative to the folder of the file', () => {
        const configuration = parseWorkspaceConfiguration([
            '{',
            '  "$schema": "./schemas/svcdef.schema.json",',
            '  "include": ["services/**", "parties.svcdef"],',
            '  "exclude": ["drafts"],',
            '  "today": "2026-06-01"',
            '}'
        ].join('\n'), FILE);
        expect(configuration.folder.path).toBe('/ws');
        expect(configuration.include).toEqual(['services/**', 'parties.svcdef']);
        expect(configuration.exclude).toEqual(['drafts']);
        expect(configuration.today).toEqual({ date: '2026-06-01', position: { line: 5, column: 12 } });
    });

    it('leaves every default in place for an empty object', () => {
        const configuration = parseWorkspaceConfiguration('\uFEFF{ }\n', FILE);
        expect(configuration.include).toBeUndefined();
        expect(configuration.exclude).toEqual([]);
        expect(configuration.today).toBeUndefined();
    });

    it('names the line and column of a JSON syntax error and says what to write', () => {
        expect(problemIn('{\n  "exclude": ["drafts"],\n}\n'))
            .toBe('svcdef.json:3:1: not valid JSON: a comma after the last field. JSON allows none; remove the comma.');
        expect(problemIn('{\n  // drafts are not ready\n  "exclude": ["drafts"]\n}'))
            .toBe('svcdef.json:2:3: not valid JSON: a comment. JSON allows no comments; remove it.');
        expect(problemIn('{ exclude: [] }'))
            .toBe('svcdef.json:1:3: not valid JSON: expected a field name in double quotes, e.g. "include", found "exclude". Write field names in double quotes.');
        expect(problemIn('{ "exclude": [drafts] }'))
            .toMatch(/^svcdef\.json:1:15: not valid JSON: expected a value: .*, found "drafts"\. Write text in double quotes, e\.g\. "drafts"\.$/);
        expect(problemIn('{ "exclude": [\'drafts\'] }'))
            .toBe('svcdef.json:1:15: not valid JSON: a string in single quotes. JSON strings are written in double quotes.');
        expect(problemIn('{ "exclude": ["drafts"] "today": "2026-06-01" }'))
            .toBe('svcdef.json:1:25: not valid JSON: expected \',\' between fields or \'}\' after the last one, found "today". Put a comma between fields.');
        expect(problemIn('{ "exclude": ["drafts"'))
            .toBe('svcdef.json:1:23: not valid JSON: the file ends where \',\' between items or \']\' after the last one should follow. Complete the JSON value.');
        expect(problemIn('')).toBe('svcdef.json:1:1: not valid JSON: the file holds no JSON value. Write {} at least.');
        expect(problemIn('{} {}')).toMatch(/^svcdef\.json:1:4: not valid JSON: more text after the end of the JSON value\./);
        // A byte order mark is not a column anyone sees.
        expect(problemIn('\uFEFF{ , }')).toMatch(/^svcdef\.json:1:3: /);
    });

    it('names the field of the wrong type and what to write instead', () => {
        expect(problemIn('{\n  "include": "services"\n}'))
            .toBe('svcdef.json:2:14: "include" must be a list of glob patterns, not a string. Write e.g. "include": ["services/**"].');
        expect(problemIn('{ "exclude": ["drafts", 3] }'))
            .toBe('svcdef.json:1:25: each pattern of "exclude" must be a non-empty string, not a number. Write e.g. "drafts/**".');
        expect(problemIn('{ "include": [] }'))
            .toBe('svcdef.json:1:14: "include" lists no pattern, so no file would be read. List patterns such as "services/**", or leave "include" out to read every .svcdef file.');
        expect(problemIn('{ "today": 20260601 }'))
            .toBe('svcdef.json:1:12: "today" must be a date in double quotes, not a number. Write e.g. "today": "2026-06-01", or leave "today" out to check against the real date.');
        expect(problemIn('{ "today": "2026-6-1" }'))
            .toBe('svcdef.json:1:12: "today" cannot be "2026-6-1". Write the date as YYYY-MM-DD, e.g. 2026-06-01. Or leave "today" out to check against the real date.');
        expect(problemIn('{ "today": "2026-02-30" }'))
            .toBe('svcdef.json:1:12: "today" cannot be "2026-02-30". 2026-02-30 is not a date that exists. Or leave "today" out to check against the real date.');
        expect(problemIn('{ "$schema": 1 }')).toMatch(/^svcdef\.json:1:14: "\$schema" must be a string, not a number\./);
        expect(problemIn('[]')).toBe('svcdef.json:1:1: the file must hold one JSON object, not a list. Write {} to use the defaults, or e.g. { "exclude": ["drafts/**"] }.');
    });

    it('refuses unknown and repeated fields, and patterns that cannot mean what they say', () => {
        expect(problemIn('{\n  "exlude": ["drafts"]\n}'))
            .toBe('svcdef.json:2:3: unknown field "exlude". Did you mean "exclude"? svcdef.json takes "$schema", "include", "exclude", "today" and "catalog".');
        expect(problemIn('{ "exclude": [], "exclude": ["x"] }')).toMatch(/^svcdef\.json:1:18: "exclude" is written twice\. Keep one of them\.$/);
        expect(problemIn('{ "exclude": ["!keep"] }')).toMatch(/^svcdef\.json:1:15: "!keep": patterns cannot be negated\./);
        for (const outside of ['../shared/**', '/abs/**', 'C:/x']) {
            expect(problemIn(JSON.stringify({ include: [outside] }))).toContain(`"${outside}" reaches outside the folder of svcdef.json.`);
        }
    });

    it('puts the file in the message', () => {
        expect(() => parseWorkspaceConfiguration('{ "today": 1 }', FILE)).toThrow(`${FILE.fsPath}:1:12: "today" must be a date in double quotes`);
    });
});
