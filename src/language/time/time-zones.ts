import { DateTime, IANAZone } from 'luxon';

/**
 * IANA time zones, from the time-zone data the runtime carries (Luxon reads it through
 * `Intl`), so that offsets follow each zone's daylight-saving rules.
 */
const validity = new Map<string, boolean>();

export function isTimeZone(name: string): boolean {
    let valid = validity.get(name);
    if (valid === undefined) {
        valid = /^[A-Za-z]/.test(name) && IANAZone.isValidZone(name);
        validity.set(name, valid);
    }
    return valid;
}

let names: readonly string[] | undefined;

/** Every zone name the runtime knows, `UTC` first: what completion offers. */
export function timeZoneNames(): readonly string[] {
    names ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter(name => name !== 'UTC')];
    return names;
}

/**
 * The year whose offsets stand for every year: daylight-saving rules rarely change, and a
 * fixed year keeps every answer the same from one run to the next.
 */
export const REFERENCE_YEAR = 2027;

const differences = new Map<string, readonly number[]>();

/**
 * How far the clocks of zone `b` run ahead of those of zone `a`, in minutes, for each
 * distinct difference over the reference year: one value for zones that change on the
 * same days (or never), several where their daylight-saving dates differ (Europe/Berlin
 * and America/New_York: 360, and 300 for some weeks of March and autumn). A missing zone
 * reads as the other's local time. (A difference that lasts less than a week, which no
 * pair of zones has today, could be missed.)
 */
export function offsetDifferences(a: string | undefined, b: string | undefined): readonly number[] {
    if (!a || !b || a === b || !isTimeZone(a) || !isTimeZone(b)) {
        return [0];
    }
    const key = `${a}\u0000${b}`;
    let found = differences.get(key);
    if (!found) {
        const zoneA = IANAZone.create(a);
        const zoneB = IANAZone.create(b);
        const seen = new Set<number>();
        // Weekly samples: any period in which the difference holds for a week or more contains one,
        // and zones change their clocks for months at a time.
        const start = DateTime.fromObject({ year: REFERENCE_YEAR, month: 1, day: 1, hour: 12 }, { zone: 'UTC' }).toMillis();
        for (let week = 0; week <= 53; week++) {
            const instant = start + week * 7 * 86_400_000;
            seen.add(zoneB.offset(instant) - zoneA.offset(instant));
        }
        found = [...seen].sort((x, y) => x - y);
        differences.set(key, found);
    }
    return found;
}
