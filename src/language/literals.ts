/**
 * Literal values of svcdef with their units, and the conversions the checks need:
 * durations compare in milliseconds whatever unit they were written in.
 */
import type { MeasureValue } from './generated/ast.js';

export type DurationUnit = 'ms' | 's' | 'min' | 'h' | 'd' | 'w';

export interface Duration {
    readonly amount: number;
    readonly unit: DurationUnit;
    readonly milliseconds: number;
}

const MILLISECONDS_PER_UNIT: Record<DurationUnit, number> = {
    ms: 1,
    s: 1_000,
    min: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};

const DURATION_PATTERN = /^([0-9]+(?:\.[0-9]+)?)(ms|min|s|h|d|w)$/;

/**
 * Durations already read, by their text: a workspace writes the same few (`2h`, `15min`)
 * in every target, and the checks read each target's value several times.
 */
const knownDurations = new Map<string, Duration | undefined>();
const KNOWN_DURATIONS_LIMIT = 4096;

export function parseDuration(literal: string): Duration | undefined {
    if (knownDurations.has(literal)) {
        return knownDurations.get(literal);
    }
    const match = DURATION_PATTERN.exec(literal);
    const duration = match ? durationOf(Number(match[1]), match[2] as DurationUnit) : undefined;
    if (knownDurations.size >= KNOWN_DURATIONS_LIMIT) {
        knownDurations.clear();
    }
    knownDurations.set(literal, duration);
    return duration;
}

function durationOf(amount: number, unit: DurationUnit): Duration {
    return Object.freeze({ amount, unit, milliseconds: amount * MILLISECONDS_PER_UNIT[unit] });
}

/** What kind of quantity a written value is; compared against a metric's unit. */
export type ValueKind = 'percent' | 'duration' | 'number';

/** `2 business days`, `16 business hours`: time that runs on a calendar's open hours only. */
export interface BusinessDuration {
    readonly amount: number;
    readonly unit: 'hours' | 'days';
}

export interface Measure {
    readonly kind: ValueKind;
    /**
     * Comparable magnitude: percent points, milliseconds, or the plain number. A business
     * duration's is the clock time it takes on 24x7 (its shortest): comparing it needs its
     * calendar (see `business`).
     */
    readonly magnitude: number;
    /** Set for a business duration, which only a calendar turns into clock time. */
    readonly business?: BusinessDuration;
    /** The value as the user wrote it, for messages. */
    readonly text: string;
}

export function measureOf(value: MeasureValue | undefined): Measure | undefined {
    if (!value) {
        return undefined;
    }
    switch (value.$type) {
        case 'PercentValue':
            return new WrittenMeasure('percent', value.percent, value);
        case 'DurationValue': {
            const duration = parseDuration(value.duration);
            return duration && new WrittenMeasure('duration', duration.milliseconds, value);
        }
        case 'BusinessDurationValue': {
            // `1 business day` is `1 business days` in the singular.
            const unit: BusinessDuration['unit'] = value.unit === 'day' || value.unit === 'days' ? 'days' : 'hours';
            return new WrittenMeasure('duration', value.amount * (unit === 'days' ? 86_400_000 : 3_600_000), value, { amount: value.amount, unit });
        }
        case 'NumberValue':
            return new WrittenMeasure('number', value.number, value);
    }
}

/** A measure whose text is rendered only when a message or a hint shows it; checks compare magnitudes. */
class WrittenMeasure implements Measure {
    constructor(readonly kind: ValueKind, readonly magnitude: number, private readonly value: MeasureValue,
        readonly business?: BusinessDuration) {}

    get text(): string {
        const value = this.value;
        switch (value.$type) {
            case 'PercentValue': return `${formatNumber(value.percent)}%`;
            case 'DurationValue': return value.duration;
            case 'BusinessDurationValue': return `${formatNumber(value.amount)} business ${value.unit}`;
            case 'NumberValue': return formatNumber(value.number);
        }
    }
}

/** Shortest faithful decimal rendering, so messages show `99.95`, not `99.95000000000002`. */
export function formatNumber(value: number, maxFractionDigits = 4): string {
    return Number(value.toFixed(maxFractionDigits)).toString();
}

/** ISO calendar date (`2026-01-01`) to a comparable day number; undefined when not a real date. */
export function parseIsoDate(text: string): number | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) {
        return undefined;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const date = new Date(time);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
        return undefined;
    }
    return time / 86_400_000;
}
