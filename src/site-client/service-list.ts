/**
 * The index page's service list: filters by status, category and customer, and sorting
 * by the columns the page marks as sortable, both kept in the URL. Without this script the
 * filter form stays hidden and every row visible in the page's own order.
 */
import { rowOrder, type SortValue } from './row-order.js';
import { onStateChange, readState, updateState } from './url-state.js';

const FILTERS = ['status', 'category', 'customer'] as const;
const STATUS_ORDER = ['planned', 'pipeline', 'live', 'retiring', 'retired'];

export function enhanceServiceList(): void {
    const form = document.getElementById('filters') as HTMLFormElement | null;
    const table = document.getElementById('service-list') as HTMLTableElement | null;
    if (!form || !table) return;
    const body = table.tBodies[0];
    const rows = Array.from(body.rows);
    const count = document.getElementById('filter-count');
    const select = (name: string) => document.getElementById(`filter-${name}`) as HTMLSelectElement;
    const sortButtons = sortableHeaders(table, (form.getAttribute('data-columns') ?? '').split(' '));

    function show(): void {
        const state = readState();
        for (const name of [...FILTERS, 'sort']) {
            const wanted = state.get(name) ?? '';
            // A value the list no longer offers (an old bookmark) shows everything rather than nothing.
            select(name).value = Array.from(select(name).options).some(option => option.value === wanted) ? wanted : '';
        }
        const status = select('status').value, category = select('category').value, customer = select('customer').value;
        let shown = 0;
        for (const row of rows) {
            const customers = ` ${row.getAttribute('data-customers') ?? ''} `;
            const match = (!status || row.getAttribute('data-status') === status)
                && (!category || row.getAttribute('data-category') === category)
                && (!customer || customers.includes(` ${customer} `));
            row.hidden = !match;
            if (match) shown++;
        }
        if (count) count.textContent = `${shown} of ${rows.length} services shown`;
        sortRows(state.get('sort') ?? '');
    }

    let sortedBy = '';

    function sortRows(sort: string): void {
        // Moving thousands of rows costs a layout: only when the order changes.
        if (sort !== sortedBy) {
            placeRows(sort);
            sortedBy = sort;
        }
    }

    function placeRows(sort: string): void {
        const descending = sort.startsWith('-');
        const key = descending ? sort.slice(1) : sort;
        const ordered = key ? rowOrder(rows.map(row => sortValue(row, key)), descending).map(position => rows[position]) : rows;
        for (const row of ordered) body.appendChild(row);
        for (const [column, header] of sortButtons) {
            if (column === key) header.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
            else header.removeAttribute('aria-sort');
        }
    }

    form.hidden = false;
    form.addEventListener('change', () => {
        updateState(Object.fromEntries([...FILTERS, 'sort'].map(name => [name, select(name).value])), 'push');
        show();
    });
    form.addEventListener('submit', event => event.preventDefault());
    form.addEventListener('reset', event => {
        event.preventDefault();
        updateState({ status: '', category: '', customer: '' }, 'push');
        show();
    });
    for (const [column, header] of sortButtons) {
        header.querySelector('button')!.addEventListener('click', () => {
            const current = readState().get('sort');
            updateState({ sort: current === column ? `-${column}` : column }, 'push');
            show();
        });
    }
    onStateChange(show);
    show();
}

/** Turns the headers of sortable columns into buttons; `columns` names each column in order, `-` for one that does not sort. */
function sortableHeaders(table: HTMLTableElement, columns: readonly string[]): Map<string, HTMLTableCellElement> {
    const headers = new Map<string, HTMLTableCellElement>();
    const cells = table.tHead?.rows[0]?.cells ?? [];
    for (let index = 0; index < cells.length && index < columns.length; index++) {
        const column = columns[index];
        if (!column || column === '-') continue;
        const header = cells[index];
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'sort-button';
        keepOutOfTabOrderOnPhones(button);
        button.textContent = header.textContent ?? '';
        header.textContent = '';
        header.appendChild(button);
        headers.set(column, header);
    }
    return headers;
}

/**
 * On a phone the rows are cards and the header row is hidden from sight (kept for screen
 * readers): its buttons must not take a focus nobody can see. The form's sort list stands in.
 * The query is the stylesheet's card breakpoint.
 */
function keepOutOfTabOrderOnPhones(button: HTMLButtonElement): void {
    const phone = window.matchMedia('(max-width:40rem)');
    const apply = () => { button.tabIndex = phone.matches ? -1 : 0; };
    apply();
    phone.addEventListener('change', apply);
}

function sortValue(row: HTMLTableRowElement, key: string): SortValue {
    if (key === 'status') {
        return rank(row.getAttribute('data-status'));
    }
    return key === 'name'
        ? (row.cells[0]?.textContent ?? '').trim()
        : row.getAttribute(`data-${key}`) ?? '';
}

function rank(status: string | null): number {
    const index = STATUS_ORDER.indexOf(status ?? '');
    return index < 0 ? STATUS_ORDER.length : index;
}
