import { createToken, type TokenType } from 'chevrotain';

/**
 * A date written in another form than YYYY-MM-DD: `2026/01/01`, `2026-1-1`, `31.12.2026`.
 * No rule of the grammar takes it, so the text means what it meant without it (a syntax
 * error), but as one token: the parser reports it once, as a date in the wrong form, where
 * the lexer would report each separator it cannot read and the parser the number before it.
 * The lexer tries it after DATE, so that a well-formed date is still a date, and before
 * YEAR_MONTH and NUMBER, which would take only its start.
 */
export const MALFORMED_DATE: TokenType = createToken({
    name: 'MALFORMED_DATE',
    pattern: /[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}/
});
