import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AstUtils, GrammarAST } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { beforeAll, describe, expect, it } from 'vitest';
import { SvcdefGrammar } from '../../src/language/generated/grammar.js';
import { createTestServices, type TestWorkspace } from '../svcdef-test-services.js';

/**
 * docs/language.md is where service managers learn the language, so it must mention every
 * word the grammar knows, and its examples must be real: the ```svcdef blocks form one
 * workspace that validates clean, and a block marked with a grammar rule (```svcdef Target)
 * is a fragment that must parse as that rule.
 */
const DOCS = path.resolve(import.meta.dirname, '../../docs/language.md');
const TODAY = '2026-06-01';

interface CodeBlock {
    /** The rule a fragment is written in; undefined for a whole file. */
    readonly rule?: string;
    readonly text: string;
    /** 1-based line of the opening fence, for messages. */
    readonly line: number;
}

function svcdefBlocks(markdown: string): CodeBlock[] {
    const blocks: CodeBlock[] = [];
    for (const match of markdown.matchAll(/^```svcdef(?: +(\S+))?[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)) {
        blocks.push({ rule: match[1], text: match[2], line: markdown.slice(0, match.index).split('\n').length });
    }
    return blocks;
}

/** The text a reader sees as code: fenced blocks and inline code spans, without string literals. */
function codeText(markdown: string): string {
    const fenced = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```[ \t]*$/gm)].map(match => match[1]);
    const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '');
    const inline = [...prose.matchAll(/`([^`\n]+)`/g)].map(match => match[1]);
    return [...fenced, ...inline].join('\n').replace(/"(?:\\.|[^"\\\n])*"/g, '""');
}

/** Every keyword of the grammar, punctuation included, as Langium has it. */
function grammarKeywords(): string[] {
    const keywords = AstUtils.streamAllContents(SvcdefGrammar()).filter(GrammarAST.isKeyword).map(keyword => keyword.value);
    return [...new Set(keywords)].sort();
}

function codeTokens(code: string): Set<string> {
    return new Set(code.match(/[A-Za-z][\w-]*|>=|<=|[<>=,{}]/g) ?? []);
}

function formatDiagnostics(all: Record<string, Diagnostic[]>, blocks: Map<string, CodeBlock>): string {
    return Object.entries(all)
        .flatMap(([file, diagnostics]) => diagnostics.map(d =>
            `block at docs line ${blocks.get(file)?.line}, its line ${d.range.start.line + 1} [${String(d.code)}] ${d.message}`))
        .join('\n');
}

describe('docs/language.md', () => {
    const markdown = readFileSync(DOCS, 'utf8');
    const blocks = svcdefBlocks(markdown);
    const files = new Map(blocks.filter(block => block.rule === undefined)
        .map((block, index) => [`block-${String(index + 1).padStart(2, '0')}.svcdef`, block] as const));
    let ws: TestWorkspace;

    beforeAll(async () => {
        ws = await createTestServices({ today: TODAY }).workspace(Object.fromEntries([...files].map(([name, block]) => [name, block.text])));
    });

    it('names every keyword of the grammar as code', () => {
        const keywords = grammarKeywords();
        expect(keywords.length).toBeGreaterThan(100);
        const documented = codeTokens(codeText(markdown));
        expect(keywords.filter(keyword => !documented.has(keyword))).toEqual([]);
    });

    it('has svcdef examples of every kind of element', () => {
        const declared = new Set(Object.keys(Object.fromEntries(files)).flatMap(name => ws.document(name).parseResult.value.elements.map(element => element.$type)));
        expect([...declared].sort()).toEqual(['Binding', 'Calendar', 'Customer', 'Forecast', 'Metric', 'Ola', 'Pattern', 'Priority',
            'Provider', 'Service', 'ServicePackage', 'Sla', 'Supplier', 'Uc', 'Unit']);
    });

    it('has examples that, read as one workspace, parse and validate without an error or a warning', () => {
        expect(files.size).toBeGreaterThanOrEqual(12);
        const all = ws.allDiagnostics();
        const serious = Object.fromEntries(Object.entries(all).map(([file, diagnostics]) =>
            [file, diagnostics.filter(diagnostic => diagnostic.severity === 1 || diagnostic.severity === 2)]));
        const report = formatDiagnostics(serious, files);
        expect(report, `the examples of docs/language.md should validate, but:\n${report}`).toBe('');
    });

    it('marks fragments with a rule of the grammar, and each parses as that rule', () => {
        const fragments = blocks.filter(block => block.rule !== undefined);
        expect(fragments.length).toBeGreaterThan(0);
        const rules = new Set(SvcdefGrammar().rules.filter(GrammarAST.isParserRule).map(rule => rule.name));
        const parser = ws.services.parser.LangiumParser;
        for (const fragment of fragments) {
            expect(rules.has(fragment.rule!), `docs line ${fragment.line}: ${fragment.rule} is no rule of the grammar`).toBe(true);
            const result = parser.parse(fragment.text, { rule: fragment.rule });
            const errors = [...result.lexerErrors.map(error => error.message), ...result.parserErrors.map(error => error.message)];
            expect(errors, `docs line ${fragment.line}`).toEqual([]);
            expect(result.value.$type, `docs line ${fragment.line}`).toBe(fragment.rule);
        }
    });

    it('catches an undocumented keyword and a broken example (the checks above are not vacuous)', () => {
        expect(codeTokens(codeText('Write `target availability >= 99.9%`.\n\n```\nsla X { }\n```\n'))).toEqual(
            new Set(['target', 'availability', '>=', 'sla', 'X', '{', '}']));
        expect(codeTokens(codeText('```svcdef\nservice A { support "kind of" }\n```\n')).has('kind')).toBe(false);
        expect(svcdefBlocks('```svcdef Target\ntarget rpo <= 1h\n```\n\n```svcdef\nservice A { }\n```\n'))
            .toEqual([{ rule: 'Target', text: 'target rpo <= 1h\n', line: 1 }, { rule: undefined, text: 'service A { }\n', line: 5 }]);
    });
});
