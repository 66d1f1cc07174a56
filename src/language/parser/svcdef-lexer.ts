import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { Lexer as ChevrotainLexer, type TokenType } from 'chevrotain';
import { readTokensWithoutBacktracking } from './linear-token-matchers.js';
import { MALFORMED_DATE } from './malformed-date-token.js';

/**
 * Reads a word once. Chevrotain tries every keyword that starts with the word's first
 * letter, each with its own regular expression, before the name it usually is (`s`: nine
 * keywords from `semiannual` to `sla`, then `ID`), and on a keyword match tries `ID`
 * again to see whether the word goes on. Here a word is matched as a name and then looked
 * up among the keywords that are words: the same tokens (a keyword is a keyword only when
 * it is the whole word, `services` and `service.x` are names), one match each.
 * Keywords that are not words (`{`, `>=`, `must-have`) stay with Chevrotain.
 *
 * It also reads a date in the wrong form as one token (see `MALFORMED_DATE`), and strings,
 * names and comments without regular expressions, so that no length of them overflows the
 * stack or takes time out of proportion (see `readTokensWithoutBacktracking`).
 */
export class SvcdefLexer extends DefaultLexer {
    private readonly name: TokenType;
    private readonly wordKeywords = new Map<string, TokenType>();
    private readonly forgetText: () => void;

    constructor(services: LangiumCoreServices) {
        // The full vocabulary is built and given to a lexer first, so that every token type,
        // word keywords included, has the index Chevrotain's parser matches tokens by.
        super(services);
        this.name = this.tokenTypes.ID;
        const wholeName = new RegExp(`^(?:${(this.name.PATTERN as RegExp).source})$`);
        const lexed: TokenType[] = [];
        for (const tokenType of Object.values(this.tokenTypes)) {
            if (typeof tokenType.PATTERN === 'string' && wholeName.test(tokenType.PATTERN)) {
                this.wordKeywords.set(tokenType.PATTERN, tokenType);
            } else {
                lexed.push(tokenType);
            }
            if (tokenType === this.tokenTypes.DATE) {
                lexed.push(MALFORMED_DATE);
            }
        }
        // In the vocabulary too, so that the parser knows the token it reports.
        this.tokenTypes[MALFORMED_DATE.name] = MALFORMED_DATE;
        // After `wholeName`, which is made from the name's regular expression.
        this.forgetText = readTokensWithoutBacktracking(this.tokenTypes);
        this.chevrotainLexer = new ChevrotainLexer(lexed, {
            positionTracking: 'full',
            skipValidations: services.LanguageMetaData.mode === 'production',
            errorMessageProvider: this.errorMessageProvider
        });
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        let result: LexerResult;
        try {
            result = super.tokenize(text, options);
        } finally {
            this.forgetText();
        }
        for (const token of result.tokens) {
            let tokenType = token.tokenType;
            if (tokenType === this.name) {
                const keyword = this.wordKeywords.get(token.image);
                if (keyword) {
                    token.tokenType = tokenType = keyword;
                    token.tokenTypeIdx = keyword.tokenTypeIdx!;
                }
            }
            // A keyword's text is its pattern: the parser stores value words (`month`, `<=`) in
            // the AST as they were read, and one shared string replaces thousands of copies.
            if (typeof tokenType.PATTERN === 'string') {
                token.image = tokenType.PATTERN;
            }
        }
        return result;
    }
}
