/**
 * Tokenizes text with svcdef's TextMate grammar through the same engine VS Code uses
 * (vscode-textmate over the Oniguruma WebAssembly build), so a test sees exactly the
 * scopes a theme will color.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import oniguruma from 'vscode-oniguruma';
import textmate from 'vscode-textmate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GRAMMAR_PATH = path.join(root, 'syntaxes/svcdef.tmLanguage.json');
const SCOPE = 'source.svcdef';

export interface Token {
    readonly line: number;
    readonly start: number;
    readonly text: string;
    readonly scopes: readonly string[];
}

export interface Tokenizer {
    /** Every token of the text, line by line, carrying the grammar state across lines. */
    tokenize(text: string): Token[];
}

let loading: Promise<Tokenizer> | undefined;

export function loadTokenizer(): Promise<Tokenizer> {
    return loading ??= load();
}

async function load(): Promise<Tokenizer> {
    const require = createRequire(import.meta.url);
    const wasm = await readFile(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: sources => new oniguruma.OnigScanner(sources),
            createOnigString: text => new oniguruma.OnigString(text)
        }),
        loadGrammar: async scopeName => {
            if (scopeName !== SCOPE) {
                return null;
            }
            const content = await readFile(GRAMMAR_PATH, 'utf8');
            return textmate.parseRawGrammar(content, GRAMMAR_PATH);
        }
    });
    const grammar = await registry.loadGrammar(SCOPE);
    if (!grammar) {
        throw new Error(`${GRAMMAR_PATH} does not define ${SCOPE}.`);
    }
    return {
        tokenize(text) {
            const tokens: Token[] = [];
            let state = textmate.INITIAL;
            text.split(/\r?\n/).forEach((lineText, line) => {
                const result = grammar.tokenizeLine(lineText, state);
                for (const token of result.tokens) {
                    const tokenText = lineText.slice(token.startIndex, token.endIndex);
                    if (tokenText.length > 0) {
                        tokens.push({ line, start: token.startIndex, text: tokenText, scopes: token.scopes });
                    }
                }
                state = result.ruleStack;
            });
            return tokens;
        }
    };
}
