import { CstUtils, EmptyFileSystem, isLeafCstNode, type CstNode, type LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { CompactLeafCstNode } from './compact-leaf-cst-node.js';
import { createSvcdefServices } from '../svcdef-module.js';

const { Svcdef } = createSvcdefServices(EmptyFileSystem);

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

describe('the compact leaves of the syntax tree', () => {
    it('are the leaves of the trees the svcdef parser builds', () => {
        const tree = Svcdef.parser.LangiumParser.parse('service Payroll "Payroll" { status live }').value.$cstNode!;
        const leaves = CstUtils.streamCst(tree).filter(isLeafCstNode).toArray();
        expect(leaves.length).toBeGreaterThan(5);
        expect(leaves.every(leaf => leaf instanceof CompactLeafCstNode)).toBe(true);
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
