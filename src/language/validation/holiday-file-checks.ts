import type { ValidationAcceptor } from 'langium';
import type { HolidayFile } from '../generated/ast.js';
import type { HolidayFiles } from '../time/holiday-files.js';
import { report } from './diagnostic-codes.js';

/**
 * A calendar's holidays file must be there and be iCalendar: otherwise the calendar would
 * quietly count its holidays as working days, and every business duration and error budget
 * measured over it would be wrong.
 */
export class HolidayFileChecks {
    constructor(private readonly holidayFiles: HolidayFiles) {}

    checkReadable(file: HolidayFile, accept: ValidationAcceptor): void {
        const result = this.holidayFiles.read(file);
        if ('error' in result) {
            report(accept, 'invalid-calendar', result.error, { node: file, property: 'path' });
        }
    }
}
