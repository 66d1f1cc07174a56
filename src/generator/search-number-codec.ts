/**
 * Lists of small non-negative integers as short strings, for the postings and field
 * lengths of the search index: most numbers there are id differences of 1 or 2, which
 * JSON would spend two bytes on each ("1,") and this spends one. Each number is its
 * base-32 digits, the last from one alphabet and any before it from another, so numbers
 * need no separator. Both alphabets are letters, digits, `_` and `-`: nothing JSON or
 * HTML would escape.
 */
const LAST_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const MORE_DIGITS = 'WXYZabcdefghijklmnopqrstuvwxyz_-';

export function encodeNumbers(numbers: readonly number[]): string {
    let text = '';
    for (const number of numbers) {
        let rest = Math.floor(number / 32);
        let digits = LAST_DIGITS[number % 32];
        while (rest > 0) {
            digits = MORE_DIGITS[rest % 32] + digits;
            rest = Math.floor(rest / 32);
        }
        text += digits;
    }
    return text;
}

/** Digit value by character code: 0-31 for a last digit, 32-63 for a digit with more to come, -1 for anything else. */
const DIGIT_VALUES: Int8Array = (() => {
    const values = new Int8Array(128).fill(-1);
    for (let digit = 0; digit < 32; digit++) {
        values[LAST_DIGITS.charCodeAt(digit)] = digit;
        values[MORE_DIGITS.charCodeAt(digit)] = digit + 32;
    }
    return values;
})();

export function decodeNumbers(text: string): number[] {
    const numbers = new Float64Array(text.length);
    return Array.from(numbers.subarray(0, decodeNumbersInto(text, numbers)));
}

/**
 * Decodes into `numbers`, which must hold at least `text.length` numbers, and returns how
 * many there were: the site decodes postings of thousands of documents per query word,
 * and a reused typed array spares the collector.
 */
export function decodeNumbersInto(text: string, numbers: Float64Array): number {
    let count = 0;
    let value = 0;
    for (let position = 0; position < text.length; position++) {
        const code = text.charCodeAt(position);
        const digit = code < 128 ? DIGIT_VALUES[code] : -1;
        if (digit < 0) throw new Error(`Not a number digit: '${text[position]}'`);
        if (digit < 32) {
            numbers[count++] = value * 32 + digit;
            value = 0;
        } else {
            value = value * 32 + digit - 32;
        }
    }
    return count;
}
