import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { wantsColors, type CliIo } from '../../src/cli/cli-io.js';
import { collect, parseMaxWarningsOption, parseTodayOption } from '../../src/cli/validate-options.js';

describe('validate options', () => {
    it('takes a real date for --today', () => {
        expect(parseTodayOption('2028-02-29')).toBe('2028-02-29');
        expect(parseTodayOption(' 2026-06-01 ')).toBe('2026-06-01');
        expect(() => parseTodayOption('2027-02-29')).toThrow(new InvalidArgumentError('2027-02-29 is not a date that exists.'));
        expect(() => parseTodayOption('2026-6-1')).toThrow('Write the date as YYYY-MM-DD, e.g. 2026-06-01.');
        expect(() => parseTodayOption('today')).toThrow(InvalidArgumentError);
    });

    it('takes a whole number of 0 or more for --max-warnings', () => {
        expect(parseMaxWarningsOption('0')).toBe(0);
        expect(parseMaxWarningsOption('25')).toBe(25);
        for (const bad of ['-1', '1.5', '', 'ten', '1e3', '99999999999999999999']) {
            expect(() => parseMaxWarningsOption(bad), bad).toThrow('Give a whole number of 0 or more.');
        }
    });

    it('collects repeated --exclude values in order', () => {
        expect(collect('b', collect('a', []))).toEqual(['a', 'b']);
    });
});

describe('wantsColors', () => {
    const io = (isTTY: boolean, env: Record<string, string>): CliIo => ({
        cwd: '/',
        env,
        stdout: { isTTY, write: () => undefined },
        stderr: { isTTY, write: () => undefined }
    });

    it('colors a terminal unless NO_COLOR is set to something', () => {
        expect(wantsColors(io(true, {}))).toBe(true);
        expect(wantsColors(io(true, { NO_COLOR: '1' }))).toBe(false);
        // The NO_COLOR convention ignores an empty value.
        expect(wantsColors(io(true, { NO_COLOR: '' }))).toBe(true);
    });

    it('colors a pipe only with FORCE_COLOR, and NO_COLOR still wins', () => {
        expect(wantsColors(io(false, {}))).toBe(false);
        expect(wantsColors(io(false, { FORCE_COLOR: '1' }))).toBe(true);
        expect(wantsColors(io(true, { FORCE_COLOR: '0' }))).toBe(false);
        expect(wantsColors(io(false, { FORCE_COLOR: '1', NO_COLOR: 'yes' }))).toBe(false);
    });
});
