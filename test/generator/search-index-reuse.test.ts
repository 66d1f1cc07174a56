import { describe, expect, it } from 'vitest';
import { searchIndexFiles, type SearchDocument } from '../../src/generator/search-index.js';
import { SearchIndexReuse } from '../../src/generator/search-index-reuse.js';

function documents(description: string, detail = ''): SearchDocument[] {
    return [
        { kind: 'service', title: 'Email', keywords: 'Mail', description, summary: ['Email', 'services/email.html', 'Service', detail] },
        { kind: 'agreement', title: 'Email SLA', keywords: 'Email', description: '', summary: ['Email SLA', 'slas/email.html', 'SLA', ''] }
    ];
}

describe('SearchIndexReuse', () => {
    it('hands out the files it built when the next view indexes equal documents', () => {
        const reuse = new SearchIndexReuse();
        const first = reuse.files(documents('Mailboxes and calendars'));
        expect(reuse.files(documents('Mailboxes and calendars'))).toBe(first);
        expect(first).toEqual([...searchIndexFiles(documents('Mailboxes and calendars'))]);
    });

    it('builds again when any field of any document differs, down to a summary', () => {
        const reuse = new SearchIndexReuse();
        const first = reuse.files(documents('Mailboxes and calendars'));
        const changed = reuse.files(documents('Mailboxes and calendars', 'Live'));
        expect(changed).not.toBe(first);
        expect(changed).toEqual([...searchIndexFiles(documents('Mailboxes and calendars', 'Live'))]);
        expect(reuse.files(documents('Mailboxes only'))).toEqual([...searchIndexFiles(documents('Mailboxes only'))]);
    });
});
