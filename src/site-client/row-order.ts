/**
 * The order of the service list's rows when sorted by one column. Each row's value is read
 * once, before sorting, and text compares with one collator: a comparator that read the
 * DOM, called `localeCompare` with options, or broke ties with `indexOf` took minutes for
 * 10,000 services, most of them with the same status.
 */

/** A row's value in the sorted column: a rank (status) or text; empty text sorts last either way. */
export type SortValue = number | string;

const COLLATOR = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The positions of `values` in sorted order. Rows with equal values keep the page's order,
 * in both directions, so toggling the direction reverses only what differs.
 */
export function rowOrder(values: readonly SortValue[], descending: boolean): number[] {
    const positions = values.map((_, position) => position);
    const sign = descending ? -1 : 1;
    return positions.sort((a, b) => {
        const left = values[a], right = values[b];
        if (left === '' || right === '') {
            // A service with no category goes last whichever way the column is read.
            return Number(left === '') - Number(right === '') || a - b;
        }
        const order = typeof left === 'number' && typeof right === 'number'
            ? left - right
            : COLLATOR.compare(String(left), String(right));
        return sign * order || a - b;
    });
}
