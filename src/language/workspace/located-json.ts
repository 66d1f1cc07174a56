/**
 * A strict JSON reader that remembers where each value was written, so that a message
 * about a configuration file can name the line and column of the field at fault.
 * `JSON.parse` knows neither where a valid value stands nor, portably, where a syntax
 * error is.
 */

export type JsonNode = JsonObject | JsonArray | JsonScalar;

export interface JsonObject {
    readonly kind: 'object';
    readonly offset: number;
    readonly members: readonly JsonMember[];
}

export interface JsonMember {
    readonly key: string;
    readonly keyOffset: number;
    readonly value: JsonNode;
}

export interface JsonArray {
    readonly kind: 'array';
    readonly offset: number;
    readonly items: readonly JsonNode[];
}

export interface JsonScalar {
    readonly kind: 'string' | 'number' | 'boolean' | 'null';
    readonly offset: number;
    readonly value: string | number | boolean | null;
}

/** Text that is not JSON: where, what is wrong, and what to write instead. */
export class JsonSyntaxError extends Error {
    override readonly name = 'JsonSyntaxError';

    constructor(readonly offset: number, readonly problem: string, readonly remedy: string) {
        super(`${problem}. ${remedy}`);
    }
}

/** Parses one JSON value (a leading byte order mark is allowed); throws JsonSyntaxError. */
export function parseLocatedJson(text: string): JsonNode {
    return new LocatedJsonParser(text).document();
}

/**
 * 1-based line and column of an offset, counting a tab or any other character as one
 * column. A byte order mark is not counted: editors do not show it.
 */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = text.startsWith('\uFEFF') ? 1 : 0;
    for (let index = 0; index < offset && index < text.length; index++) {
        if (text[index] === '\n') {
            line++;
            lineStart = index + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS: ReadonlyArray<readonly [string, boolean | null]> = [['true', true], ['false', false], ['null', null]];

class LocatedJsonParser {
    private position: number;

    constructor(private readonly text: string) {
        this.position = text.startsWith('\uFEFF') ? 1 : 0;
    }

    document(): JsonNode {
        this.skipWhitespace();
        if (this.atEnd()) {
            throw new JsonSyntaxError(this.position, 'the file holds no JSON value', 'Write {} at least');
        }
        const value = this.value();
        this.skipWhitespace();
        if (!this.atEnd()) {
            throw new JsonSyntaxError(this.position, 'more text after the end of the JSON value',
                'A JSON file holds one value; remove what follows its closing bracket');
        }
        return value;
    }

    private value(): JsonNode {
        const offset = this.position;
        const char = this.text[offset];
        if (char === '{') {
            return this.object();
        }
        if (char === '[') {
            return this.array();
        }
        if (char === '"') {
            return { kind: 'string', offset, value: this.string() };
        }
        NUMBER.lastIndex = offset;
        const number = NUMBER.exec(this.text);
        if (number) {
            this.position += number[0].length;
            return { kind: 'number', offset, value: Number(number[0]) };
        }
        for (const [word, value] of WORDS) {
            if (this.text.startsWith(word, offset)) {
                this.position += word.length;
                return { kind: value === null ? 'null' : 'boolean', offset, value };
            }
        }
        this.failAtUnexpected('a value: a "string", a number, true, false, null, an {object} or a [list]', 'Write text in double quotes, e.g. "drafts"');
    }

    private object(): JsonObject {
        const offset = this.position++;
        const members: JsonMember[] = [];
        this.skipWhitespace();
        if (this.take('}')) {
            return { kind: 'object', offset, members };
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.position] === '}' && members.length > 0) {
                throw new JsonSyntaxError(this.position, 'a comma after the last field', 'JSON allows none; remove the comma');
            }
            if (this.text[this.position] !== '"') {
                this.failAtUnexpected('a field name in double quotes, e.g. "include"', 'Write field names in double quotes');
            }
            const keyOffset = this.position;
            const key = this.string();
            this.skipWhitespace();
            if (!this.take(':')) {
                this.failAtUnexpected(`':' after the field name "${key}"`, 'Write a colon between a field name and its value');
            }
            this.skipWhitespace();
            members.push({ key, keyOffset, value: this.value() });
            this.skipWhitespace();
            if (this.take('}')) {
                return { kind: 'object', offset, members };
            }
            if (!this.take(',')) {
                this.failAtUnexpected("',' between fields or '}' after the last one", 'Put a comma between fields');
            }
        }
    }

    private array(): JsonArray {
        const offset = this.position++;
        const items: JsonNode[] = [];
        this.skipWhitespace();
        if (this.take(']')) {
            return { kind: 'array', offset, items };
        }
        for (;;) {
            this.skipWhitespace();
            if (this.text[this.position] === ']' && items.length > 0) {
                throw new JsonSyntaxError(this.position, 'a comma after the last item of a list', 'JSON allows none; remove the comma');
            }
            items.push(this.value());
            this.skipWhitespace();
            if (this.take(']')) {
                return { kind: 'array', offset, items };
            }
            if (!this.take(',')) {
                this.failAtUnexpected("',' between items or ']' after the last one", 'Put a comma between items');
            }
        }
    }

    /** A double-quoted string; its escapes are JSON's, so JSON.parse reads the literal. */
    private string(): string {
        const start = this.position;
        let index = start + 1;
        while (index < this.text.length && this.text[index] !== '"') {
            const char = this.text[index];
            if (char === '\n' || char === '\r') {
                throw new JsonSyntaxError(start, 'a string that does not end on its line', 'Close it with a double quote');
            }
            index += char === '\\' ? 2 : 1;
        }
        if (index >= this.text.length) {
            throw new JsonSyntaxError(start, 'a string that is never closed', 'Close it with a double quote');
        }
        this.position = index + 1;
        try {
            return JSON.parse(this.text.slice(start, this.position)) as string;
        } catch {
            throw new JsonSyntaxError(start, 'a string with an escape JSON does not know',
                'Write a backslash as \\\\ (or use / in paths), a quote as \\"');
        }
    }

    private failAtUnexpected(expected: string, remedy: string): never {
        if (this.atEnd()) {
            throw new JsonSyntaxError(this.position, `the file ends where ${expected} should follow`, 'Complete the JSON value');
        }
        const rest = this.text.slice(this.position);
        if (rest.startsWith('//') || rest.startsWith('/*')) {
            throw new JsonSyntaxError(this.position, 'a comment', 'JSON allows no comments; remove it');
        }
        if (rest.startsWith("'")) {
            throw new JsonSyntaxError(this.position, 'a string in single quotes', 'JSON strings are written in double quotes');
        }
        const found = rest.startsWith('"')
            ? /^"[^"\n]*"?/.exec(rest)![0]
            : JSON.stringify(/^[^\s,:{}[\]"]+/.exec(rest)?.[0] ?? rest[0]);
        throw new JsonSyntaxError(this.position, `expected ${expected}, found ${found}`, remedy);
    }

    private skipWhitespace(): void {
        while (this.position < this.text.length && ' \t\r\n'.includes(this.text[this.position])) {
            this.position++;
        }
    }

    private take(char: string): boolean {
        if (this.text[this.position] === char) {
            this.position++;
            return true;
        }
        return false;
    }

    private atEnd(): boolean {
        return this.position >= this.text.length;
    }
}
