/**
 * `value` with every string that `replace` maps replaced, in values and object keys alike
 * (a WorkspaceEdit keys its changes by URI). Only JSON data is entered, arrays and plain
 * objects; anything else, a ResponseError for instance, passes as it is. Parts without a
 * replaced string are shared, not copied: most messages have none.
 */
export function rewriteStrings<T>(value: T, replace: (text: string) => string | undefined): T {
    return rewrite(value, replace) as T;
}

function rewrite(value: unknown, replace: (text: string) => string | undefined): unknown {
    if (typeof value === 'string') {
        return replace(value) ?? value;
    }
    if (Array.isArray(value)) {
        let copy: unknown[] | undefined;
        for (let index = 0; index < value.length; index++) {
            const item: unknown = value[index];
            const rewritten = rewrite(item, replace);
            if (rewritten !== item) {
                copy ??= value.slice();
                copy[index] = rewritten;
            }
        }
        return copy ?? value;
    }
    if (isPlainObject(value)) {
        const entries = Object.entries(value);
        let copy: Record<string, unknown> | undefined;
        entries.forEach(([key, item], index) => {
            const newKey = replace(key) ?? key;
            const rewritten = rewrite(item, replace);
            if (!copy && (newKey !== key || rewritten !== item)) {
                copy = Object.fromEntries(entries.slice(0, index));
            }
            if (copy) {
                copy[newKey] = rewritten;
            }
        });
        return copy ?? value;
    }
    return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
    if (typeof value !== 'object' || value === null) {
        return false;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}
