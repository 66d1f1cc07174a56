import { DefaultLexerErrorMessageProvider } from 'langium';
import { unexpectedCharactersMessage } from './syntax-messages.js';

/** Names the characters the lexer could not read (see `unexpectedCharactersMessage`) instead of Chevrotain's offsets and counts. */
export class SvcdefLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return unexpectedCharactersMessage(fullText.slice(startOffset, startOffset + length));
    }
}
