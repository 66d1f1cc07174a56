import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLangiumParser, CstUtils, EmptyFileSystem, isLeafCstNode, type CstNode, type LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { CONTRACT_EXAMPLE } from '../../test/contract-example.js';
import { CompactLeafCstNode } from './compact-cst-node-builder.js';
import { createSvcdefServices } from './svcdef-module.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { Svcdef } = createSvcdefServices(EmptyFileSystem);
/** Langium's own parser over the same grammar and lexer: the tree the compact one must match. */
const reference: LangiumParser = createLangiumParser(Svcdef);

function leavesOf(parser: LangiumParser, text: string): string[] {
    const tree = parser.parse(text).value.$cstNode!;
    return CstUtils.streamCst(tree).filter(isLeafCstNode).map(describeLeaf).toArray();
}

function describeLeaf(leaf: CstNode): string {
    const { start, end } = leaf.range;
    return `${JSON.stringify(leaf.text)} ${leaf.offset}+${leaf.length} ${start.line}:${start.character}-${end.line}:${end.character}`
        + `${leaf.hidden ? ' hidden' : ''} ${leaf.grammarSource?.$type ?? '-'} in ${leaf.astNode.$type}`;
}

const SAMPLE = [
    '/* a comment',
    '   over two lines */ service Payroll "Payroll" {',
    '  status live // trailing',
    '  owner Finance',
    '}',
    '// last line, no newline at the end'
].join('\n');

describe('the compact syntax tree', () => {
    it('is the tree the svcdef parser builds', () => {
        const tree = Svcdef.parser.LangiumParser.parse('service Payroll "Payroll" { status live }').value.$cstNode!;
        const leaves = CstUtils.streamCst(tree).filter(isLeafCstNode).toArray();
        expect(leaves.length).toBeGreaterThan(5);
        expect(leaves.every(leaf => leaf instanceof CompactLeafCstNode)).toBe(true);
    });

    it('has the leaves of Langium\'s own tree, with the same text, positions, grammar and AST nodes', () => {
        const examples = readdirSync(path.join(root, 'examples'), { recursive: true, withFileTypes: true })
            .filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'))
            .map(entry => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
        expect(examples.length).toBeGreaterThan(5);
        for (const text of [SAMPLE, CONTRACT_EXAMPLE, ...examples]) {
            expect(leavesOf(Svcdef.parser.LangiumParser, text)).toEqual(leavesOf(reference, text));
        }
    });

    it('counts lines as editors do, whatever the line breaks', () => {
        for (const lineBreak of ['\r\n', '\r', '\n']) {
            const text = SAMPLE.split('\n').join(lineBreak);
            expect(leavesOf(Svcdef.parser.LangiumParser, text)).toEqual(leavesOf(reference, text));
        }
    });

    it('places the leaves of a file with syntax errors as Langium does', () => {
        const broken = 'service Payroll "Payroll" {\n  status\n  owner\n}\nsla {\n  service Payroll\n';
        expect(Svcdef.parser.LangiumParser.parse(broken).parserErrors.length).toBeGreaterThan(0);
        expect(leavesOf(Svcdef.parser.LangiumParser, broken)).toEqual(leavesOf(reference, broken));
    });

    it('marks comments as hidden and the tokens the grammar consumed as not', () => {
        const leaves = leavesOf(Svcdef.parser.LangiumParser, SAMPLE);
        expect(leaves.filter(leaf => leaf.includes(' hidden '))).toEqual([
            expect.stringContaining('/* a comment'),
            expect.stringContaining('// trailing'),
            expect.stringContaining('// last line')
        ]);
        expect(leaves.find(leaf => leaf.startsWith('"service"'))).toMatch(/^"service" 34\+7 1:21-1:28 Keyword/);
    });
});
