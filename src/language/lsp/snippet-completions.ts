import { AstUtils, GrammarAST, type Grammar } from 'langium';
import type { CompletionContext, CompletionValueItem } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind } from 'vscode-languageserver';
import { SVCDEF_SNIPPETS, type SvcdefSnippet } from './svcdef-snippets.js';

/**
 * The snippets as completion items, each offered only where its element can stand: where
 * the grammar expects the keyword the snippet starts with, in the rule of that element.
 * A snippet contributed to the editor statically is offered everywhere (after `customer `
 * in an SLA, inside a string); asking the grammar keeps it to the places it parses.
 */
export class SnippetCompletions {
    private readonly placed: ReadonlyArray<{ readonly keyword: GrammarAST.Keyword; readonly snippet: SvcdefSnippet }>;

    constructor(grammar: Grammar, snippets: readonly SvcdefSnippet[] = SVCDEF_SNIPPETS) {
        const keywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).toArray();
        this.placed = snippets.flatMap(snippet => {
            const matching = keywords.filter(keyword => keyword.value === snippet.where.keyword
                && AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name === snippet.where.rule);
            if (matching.length === 0) {
                throw new Error(`The snippet "${snippet.name}" starts at the keyword '${snippet.where.keyword}' of the rule `
                    + `${snippet.where.rule}, which the grammar does not have: place it where its element starts (svcdef-snippets.ts).`);
            }
            return matching.map(keyword => ({ keyword, snippet }));
        });
    }

    /**
     * The snippets that start with `keyword` and may stand at the place being completed:
     * their own keyword is among the features the grammar expects there (the same word may
     * be expected for another rule, as `customer` in an SLA is).
     */
    itemsFor(keyword: string, context: CompletionContext): CompletionValueItem[] {
        const expected = new Set(context.features.map(next => next.feature));
        return this.placed
            .filter(placed => placed.keyword.value === keyword && expected.has(placed.keyword))
            .map(({ snippet }) => snippetItem(snippet));
    }
}

function snippetItem(snippet: SvcdefSnippet): CompletionValueItem {
    return {
        label: snippet.prefix,
        labelDetails: { description: snippet.name },
        detail: snippet.name,
        documentation: { kind: MarkupKind.Markdown, value: `${snippet.description}\n\n\`\`\`svcdef\n${expandSnippet(snippet.body)}\n\`\`\`` },
        kind: CompletionItemKind.Snippet,
        insertText: snippet.body.join('\n'),
        insertTextFormat: InsertTextFormat.Snippet,
        insertTextMode: InsertTextMode.adjustIndentation,
        // After the keyword of the same name, which inserts just the word.
        sortText: '2'
    };
}

/** The text a snippet inserts when every placeholder keeps its default (the first choice). */
export function expandSnippet(body: readonly string[]): string {
    let text = body.join('\n');
    let previous: string;
    do {
        previous = text;
        text = text
            .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
            .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
            .replace(/\$\d+/g, '');
    } while (text !== previous);
    return text;
}
