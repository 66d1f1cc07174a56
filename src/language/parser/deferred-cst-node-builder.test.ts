import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    createLangiumParser, CstNodeBuilder, CstUtils, EmptyFileSystem, isLeafCstNode, GrammarAST, isCompositeCstNode, type CstNode, type LangiumParser
} from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { CONTRACT_EXAMPLE } from '../../../test/contract-example.js';
import { SECOND_EDITION_EXAMPLE } from '../../../test/contract-example-second-edition.js';
import { comparableWithLangiumsParser } from '../../../test/langium-comparable-text.js';
import { DeferredCompositeCstNode, DeferredCstNodeBuilder } from './deferred-cst-node-builder.js';
import { createSvcdefServices } from '../svcdef-module.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { Svcdef } = createSvcdefServices(EmptyFileSystem);
/** Langium's own parser over the same grammar and lexer: the tree the deferred one must match. */
const reference: LangiumParser = createLangiumParser(Svcdef);

/** Every node of a tree, one line each, indented by depth: kind, grammar element, span, range, text, AST node. */
function outline(node: CstNode, depth = 0): string[] {
    const { start, end } = node.range;
    const line = `${'  '.repeat(depth)}${isCompositeCstNode(node) ? 'composite' : 'leaf'}${node.hidden ? ' hidden' : ''}`
        + ` ${node.grammarSource?.$type ?? '-'} ${node.offset}+${node.length} ${start.line}:${start.character}-${end.line}:${end.character}`
        + ` ${JSON.stringify(node.text)} in ${node.astNode.$type}`;
    const children = isCompositeCstNode(node) ? node.content.flatMap(child => {
        expect(child.container).toBe(node);
        return outline(child, depth + 1);
    }) : [];
    return [line, ...children];
}

function treeOf(parser: LangiumParser, text: string): CstNode {
    return parser.parse(text).value.$cstNode!;
}

const SAMPLE = [
    '/* a comment',
    '   over two lines */ service Payroll "Payroll" {',
    '  status live // trailing',
    '  /** Gross to net. */ offering Standard { price 4.50 EUR per user per month }',
    '  owner Finance',
    '}',
    '// last line, no newline at the end'
].join('\n');

const examples = readdirSync(path.join(root, 'examples'), { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.svcdef'))
    .map(entry => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .concat(SECOND_EDITION_EXAMPLE)
    .map(comparableWithLangiumsParser);

describe('the syntax tree with deferred leaves', () => {
    it('is the tree Langium builds, node for node, once it is read', () => {
        expect(examples.length).toBeGreaterThan(5);
        for (const text of [SAMPLE, CONTRACT_EXAMPLE, ...examples, '', '// only a comment\n']) {
            expect(outline(treeOf(Svcdef.parser.LangiumParser, text))).toEqual(outline(treeOf(reference, text)));
        }
    });

    it('is the same for every kind of line break and for a file with syntax errors', () => {
        for (const lineBreak of ['\r\n', '\r', '\n']) {
            const text = SAMPLE.split('\n').join(lineBreak);
            expect(outline(treeOf(Svcdef.parser.LangiumParser, text))).toEqual(outline(treeOf(reference, text)));
        }
        const broken = 'service Payroll "Payroll" {\n  status\n  // why\n  owner\n}\nsla {\n  service Payroll\n';
        expect(Svcdef.parser.LangiumParser.parse(broken).parserErrors.length).toBeGreaterThan(0);
        expect(outline(treeOf(Svcdef.parser.LangiumParser, broken))).toEqual(outline(treeOf(reference, broken)));
    });

    it('grows its table for a file denser in tokens than expected', () => {
        const names = Array.from({ length: 400 }, (_, index) => `S${index}`);
        const dense = `service A { depends on ${names.join(',')} }\n${names.map(name => `service ${name} { }`).join('\n')}`;
        expect(outline(treeOf(Svcdef.parser.LangiumParser, dense))).toEqual(outline(treeOf(reference, dense)));
    });

    it('answers positions and text without making a leaf', () => {
        const tree = treeOf(Svcdef.parser.LangiumParser, SAMPLE) as DeferredCompositeCstNode;
        const element = (tree.astNode as unknown as { elements: Array<{ $cstNode: DeferredCompositeCstNode }> }).elements[0].$cstNode;
        expect(element.text).toMatch(/^service Payroll "Payroll" \{[\s\S]*owner Finance\n\}$/);
        expect(element.range).toEqual({ start: { line: 1, character: 21 }, end: { line: 5, character: 1 } });
        expect(tree.hasBuiltContent).toBe(false);
        expect(element.hasBuiltContent).toBe(false);
        // Read once, the children stay the same objects.
        const children = element.content;
        expect(element.hasBuiltContent).toBe(true);
        expect(element.content).toBe(children);
        expect(children.length).toBeGreaterThan(0);
        expect(CstUtils.streamCst(element).filter(isLeafCstNode).map(child => child.text).toArray().slice(0, 4))
            .toEqual(['service', 'Payroll', '"Payroll"', '{']);
    });

    it('keeps the leaf a reference was parsed from, with its place in the tree', () => {
        const model = Svcdef.parser.LangiumParser.parse('sla S { customer Finance }').value as unknown as { elements: Array<{ customer: Array<{ $refNode: CstNode }> }> };
        const leaf = model.elements[0].customer[0].$refNode;
        expect(leaf.text).toBe('Finance');
        expect(leaf.range).toEqual({ start: { line: 0, character: 17 }, end: { line: 0, character: 24 } });
        expect(leaf.astNode.$type).toBe('Sla');
    });
});

/**
 * The builder protocol driven by hand, on svcdef's builder and on Langium's, including what
 * the parser of this grammar never does: children read while their node is still open, and
 * a node wrapped by another after it was closed (as a grammar action does).
 */
describe('the deferred tree builder', () => {
    const tokenType = { name: 'WORD', tokenTypeIdx: 9001 } as unknown as TokenType;
    const commentType = { name: 'COMMENT', tokenTypeIdx: 9002 } as unknown as TokenType;
    const keyword = (value: string) => ({ $type: GrammarAST.Keyword.$type, value }) as unknown as GrammarAST.AbstractElement;
    const ruleCall = { $type: GrammarAST.RuleCall.$type } as unknown as GrammarAST.AbstractElement;
    const text = 'a /*1*/ b /*2*/ c d /*3*/ e';
    const token = (image: string, type = tokenType): IToken => {
        const startOffset = text.indexOf(image);
        return { image, startOffset, endOffset: startOffset + image.length - 1, startLine: 1, startColumn: startOffset + 1, endLine: 1, endColumn: startOffset + image.length, tokenType: type } as IToken;
    };

    type Step = (builder: CstNodeBuilder) => void;
    const run = (builder: CstNodeBuilder, steps: Step[]): string[] => {
        const tree = builder.buildRootNode(text);
        steps.forEach(step => step(builder));
        const item = { $type: 'Model', $cstNode: undefined as unknown as CstNode };
        builder.construct(item);
        (tree as { astNode: unknown }).astNode = item;
        return outline(tree);
    };
    const same = (steps: Step[]) => expect(run(new DeferredCstNodeBuilder(), steps)).toEqual(run(new CstNodeBuilder(), steps));
    const open = (builder: CstNodeBuilder) => { builder.buildCompositeNode(ruleCall); };
    const leaf = (image: string) => (builder: CstNodeBuilder) => { builder.buildLeafNode(token(image), keyword(image)); };
    const comment = (image: string) => (builder: CstNodeBuilder) => builder.addHiddenNodes([token(image, commentType)]);
    const close = (builder: CstNodeBuilder) => builder.construct({ $type: 'Node', $cstNode: undefined as unknown as CstNode });
    const read = (builder: CstNodeBuilder) => { void builder.current.content.length; };

    it('puts comments where Langium puts them: before the open nodes, into the first that has content', () => {
        same([comment('/*1*/'), open, open, leaf('a'), close, comment('/*2*/'), open, comment('/*3*/'), leaf('b'), close, close]);
        same([open, leaf('a'), open, open, comment('/*1*/'), leaf('b'), close, close, comment('/*2*/'), leaf('c'), close, comment('/*3*/')]);
    });

    it('keeps children read while their node is open, and what is added after', () => {
        same([open, leaf('a'), read, comment('/*1*/'), leaf('b'), open, read, comment('/*2*/'), leaf('c'), close, leaf('d'), close]);
        same([open, read, open, comment('/*1*/'), leaf('a'), close, close]);
    });

    it('drops nodes that end empty', () => {
        same([open, open, close, leaf('a'), open, close, close]);
    });

    it('wraps a closed node in a new one, as a grammar action does', () => {
        const wrap: Step = builder => {
            const last = builder.current.content.at(-1)!;
            builder.removeNode(last);
            const wrapper = builder.buildCompositeNode(ruleCall);
            builder.appendChild(wrapper, last);
        };
        same([open, leaf('a'), open, leaf('b'), close, wrap, leaf('c'), close, close]);
    });
});
