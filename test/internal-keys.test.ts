import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Model, Service } from '../src/language/generated/ast.js';
import { SvcdefGrammar } from '../src/language/generated/grammar.js';
import { createTestServices } from './svcdef-test-services.js';

/** Every word the language reserves: `status`, `escalation`, `highest-only`, … */
function keywordWords(): string[] {
    const words = AstUtils.streamAllContents(SvcdefGrammar()).filter(GrammarAST.isKeyword).map(keyword => keyword.value)
        .filter(value => /^[a-z][a-z-]*$/.test(value));
    return [...new Set(words)].sort();
}

describe('the keys of an internal block', () => {
    it('may be any word of the language, and names that are no keyword at all', async () => {
        const words = [...keywordWords(), 'maintenance', 'notes', 'runbook'];
        expect(words).toContain('escalation');
        expect(words).toContain('version');
        const text = `provider IT\nservice S {\n  owner IT\n  internal {\n${words.map(word => `    ${word} "about ${word}"`).join('\n')}\n  }\n}`;
        const { workspace } = createTestServices();
        const ws = await workspace({ 'a.svcdef': text });
        expect(ws.diagnostics('a.svcdef').map(d => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
        const service = (ws.document('a.svcdef').parseResult.value as Model).elements[1] as Service;
        expect(service.internal[0].entries.map(entry => entry.key)).toEqual(words);
    });
});
