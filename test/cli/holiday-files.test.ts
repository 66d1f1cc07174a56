import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBundles, ROOT, runSvcdef } from './built-cli.js';
import { tempWorkspace, TODAY_IN_VALIDITY } from './temp-workspace.js';

const fixture = (name: string) => readFileSync(path.join(ROOT, 'test', 'fixtures', 'holidays', name), 'utf8');

const CALENDARS = [
    'calendar Office {',
    '  timezone "Europe/Berlin"',
    '  hours Mon-Fri 08:00-18:00',
    '  holidays "holidays/berlin.ics"',
    '}',
    ''
].join('\n');

const cleanups: Array<() => Promise<void>> = [];
async function workspace(files: Record<string, string>): Promise<string> {
    const { root, dispose } = await tempWorkspace(files);
    cleanups.push(dispose);
    return root;
}

beforeAll(() => ensureBundles(), 120_000);
afterAll(() => Promise.all(cleanups.map(dispose => dispose())));

describe('svcdef validate with holidays files', () => {
    it('reads a calendar whose holidays file is iCalendar without complaint', async () => {
        const root = await workspace({ 'calendars.svcdef': CALENDARS, 'holidays/berlin.ics': fixture('berlin-2026.ics') });
        expect(await runSvcdef(['validate', '--today', TODAY_IN_VALIDITY], { cwd: root }))
            .toEqual({ code: 0, stdout: '0 errors, 0 warnings in 1 file\n', stderr: '' });
    });

    it('reports a malformed holidays file on the holidays line and exits 1, without a stack trace', async () => {
        const root = await workspace({ 'calendars.svcdef': CALENDARS, 'holidays/berlin.ics': fixture('not-icalendar.ics') });
        const result = await runSvcdef(['validate', '--today', TODAY_IN_VALIDITY], { cwd: root });
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('');
        expect(result.stdout.split('\n')[0]).toMatch(
            /^calendars\.svcdef:4:12 error invalid-calendar The holidays file 'holidays\/berlin\.ics' is not an iCalendar file .*; export the holidays as iCalendar \(\.ics\), which begins with BEGIN:VCALENDAR\.$/);
        expect(result.stdout).toContain('  4 |   holidays "holidays/berlin.ics"\n');
        expect(result.stdout).not.toMatch(/\n\s+at /);
        expect(result.stdout.endsWith('\n1 error, 0 warnings in 1 file\n')).toBe(true);
    });

    it('reports a missing holidays file the same way', async () => {
        const root = await workspace({ 'calendars.svcdef': CALENDARS });
        const result = await runSvcdef(['validate', '--today', TODAY_IN_VALIDITY], { cwd: root });
        expect(result.code).toBe(1);
        expect(result.stdout.split('\n')[0]).toMatch(/^calendars\.svcdef:4:12 error invalid-calendar The holidays file 'holidays\/berlin\.ics' does not exist/);
    });
});
