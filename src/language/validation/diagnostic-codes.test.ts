import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from './diagnostic-codes.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const designContract = path.resolve(repoRoot, '../shared/design/LANGUAGE.md');

/** Rows `| \`code\` | severity | … |` of a Markdown table. */
function codeTable(markdown: string): Map<string, string> {
    const rows = new Map<string, string>();
    for (const match of markdown.matchAll(/^\| `([a-z0-9-]+)` \| (error|warning|info|hint) \|/gm)) {
        rows.set(match[1], match[2]);
    }
    return rows;
}

describe('diagnostic codes', () => {
    it.skipIf(!existsSync(designContract))('include every code of the first edition contract with its severity', () => {
        const [firstEdition] = readFileSync(designContract, 'utf8').split(/^# Second edition/m);
        const contract = codeTable(firstEdition);
        expect(contract.size).toBeGreaterThanOrEqual(20);
        for (const [code, severity] of contract) {
            expect(DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES]?.severity, code).toBe(severity);
        }
    });

    it.skipIf(!existsSync(designContract))('include every new code of the second edition with its severity', () => {
        const [, secondEdition] = readFileSync(designContract, 'utf8').split(/^# Second edition/m);
        const contract = codeTable(secondEdition);
        expect(contract.size).toBeGreaterThanOrEqual(13);
        for (const [code, severity] of contract) {
            expect(DIAGNOSTIC_CODES[code as keyof typeof DIAGNOSTIC_CODES]?.severity, code).toBe(severity);
        }
    });

    it('are documented, each with its severity, in docs/language.md', () => {
        const documented = codeTable(readFileSync(path.join(repoRoot, 'docs/language.md'), 'utf8'));
        const declared = new Map(Object.entries(DIAGNOSTIC_CODES).map(([code, entry]) => [code, entry.severity as string]));
        expect(documented).toEqual(declared);
    });

    it('each have a heading in docs/language.md that says what they mean and what to do, as SARIF rules link there', () => {
        const docs = readFileSync(path.join(repoRoot, 'docs/language.md'), 'utf8');
        for (const [code, entry] of Object.entries(DIAGNOSTIC_CODES)) {
            const section = new RegExp(`^### \`${code}\`\n\n(.*)$`, 'm').exec(docs);
            expect(section?.[1], code).toBe(`*${entry.severity}.* ${entry.summary} ${entry.remedy}`);
        }
    });
});
