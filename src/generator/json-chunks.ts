/**
 * A JSON document written in pieces: the text of `JSON.stringify(document, null, 2)` and a
 * final newline, produced a list item at a time, so that a document of hundreds of
 * megabytes never exists as one string nor as one tree of values.
 *
 * Each member and list item is stringified on its own, at the depth it has in the document,
 * by JSON.stringify itself, so the pieces joined are exactly what one call would write.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };

/** A list whose items become JSON values one at a time, when the document reaches them. */
export class LazyList {
    constructor(readonly length: number, readonly item: (index: number) => Json) {}
}

export function lazyList<T>(items: readonly T[], toJson: (item: T) => Json): LazyList {
    return new LazyList(items.length, index => toJson(items[index]));
}

/** A top-level object whose members are JSON values or lazy lists; undefined members are left out, as JSON.stringify does. */
export type LazyJson = { readonly [key: string]: Json | LazyList | undefined };

const GAP = '  ';

export function* jsonChunks(document: LazyJson): Generator<string> {
    const members = Object.entries(document)
        .filter((member): member is [string, Json | LazyList] => member[1] !== undefined);
    if (members.length === 0) {
        yield '{}\n';
        return;
    }
    for (const [index, [key, value]] of members.entries()) {
        yield `${index === 0 ? '{' : ','}\n${GAP}${JSON.stringify(key)}: `;
        if (value instanceof LazyList) {
            yield* listChunks(value);
        } else {
            yield stringifyAt(value, 1);
        }
    }
    yield '\n}\n';
}

/** A list that is a member of the top-level object, so its items sit two levels deep. */
function* listChunks(list: LazyList): Generator<string> {
    if (list.length === 0) {
        yield '[]';
        return;
    }
    for (let index = 0; index < list.length; index++) {
        yield `${index === 0 ? '[' : ','}\n${GAP}${GAP}${stringifyAt(list.item(index), 2)}`;
    }
    yield `\n${GAP}]`;
}

/**
 * JSON.stringify(value, null, GAP) as it reads `depth` levels deep in a document: wrapped in
 * that many arrays, so that JSON.stringify itself indents every line of it, and cut back
 * out. Each level of wrapping adds `[`, a line break and the next level's indentation
 * before the value, and a line break, its own indentation and `]` after it.
 */
function stringifyAt(value: Json, depth: number): string {
    let wrapped: Json = value;
    let before = 0;
    let after = 0;
    for (let level = 0; level < depth; level++) {
        wrapped = [wrapped];
        before += 2 + GAP.length * (level + 1);
        after += 2 + GAP.length * level;
    }
    const text = JSON.stringify(wrapped, null, GAP);
    return text.slice(before, text.length - after);
}
