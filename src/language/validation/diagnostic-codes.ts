import type { AstNode, DiagnosticInfo, ValidationAcceptor, ValidationSeverity } from 'langium';

/**
 * The public diagnostic codes. Users filter and suppress by them, CI annotations and
 * SARIF rule ids carry them: a code, once published, keeps its name and severity.
 */
export const DIAGNOSTIC_CODES = {
    'syntax-error': { severity: 'error', summary: 'The text does not parse.' },
    'unresolved-reference': { severity: 'error', summary: 'A name that nothing in the workspace declares.' },
    'duplicate-name': { severity: 'error', summary: 'Two elements share one qualified name.' },
    'ambiguous-reference': { severity: 'error', summary: 'A simple name that elements of several namespaces carry; write the qualified name.' },
    'duplicate-property': { severity: 'error', summary: 'A single-valued property is written twice in one element; only one can hold.' },
    'reserved-declaration': { severity: 'error', summary: 'A2 nodes and work products come from the built-in model and cannot be declared in a workspace.' },
    'unknown-a2-node': { severity: 'error', summary: '`implements` names no node of the A2 model.' },
    'not-an-output': { severity: 'error', summary: '`produces` names no output of the implemented A2 node.' },
    'not-an-input': { severity: 'error', summary: '`consumes` names no input or control of the implemented A2 node.' },
    'work-product-kind': { severity: 'error', summary: 'An artifact listed under a work product that cannot carry its kind.' },
    'unbound-producer': { severity: 'info', summary: 'A consumed work product whose producing A2 nodes no binding implements.' },
    'missing-party': { severity: 'error', summary: 'An SLA without `customer`, an OLA without `unit`, or a UC without `supplier`.' },
    'weaker-underpinning-target': { severity: 'error', summary: 'An OLA or UC commits less than the SLA it supports, on the same metric and qualifier.' },
    'unreachable-availability': { severity: 'warning', summary: 'The supporting availabilities multiply to less than the SLA promises.' },
    'retired-service-in-sla': { severity: 'error', summary: 'An SLA covers a retired service.' },
    'finalized-sla-unreleased-service': { severity: 'warning', summary: 'A finalized SLA covers a planned or pipeline service.' },
    'invalid-validity-period': { severity: 'error', summary: '`valid from` is after `valid to`, or a date does not exist.' },
    'expired-sla': { severity: 'warning', summary: 'A finalized SLA whose `valid to` date has passed.' },
    'percent-out-of-range': { severity: 'error', summary: 'A percent outside 0..100.' },
    'comparator-direction': { severity: 'warning', summary: 'A comparator against the metric\'s direction (`>=` on a lower-is-better metric, `<=` on a higher-is-better one).' },
    'unit-mismatch': { severity: 'error', summary: 'A value whose unit the metric cannot take.' },
    'forecast-exceeds-capacity': { severity: 'warning', summary: 'Forecast demand above the capacity of a package for that service.' },
    'uncovered-demand': { severity: 'warning', summary: 'A pattern drives a service that no SLA of its customer covers.' }
} as const satisfies Record<string, { severity: ValidationSeverity; summary: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function isDiagnosticCode(code: unknown): code is DiagnosticCode {
    return typeof code === 'string' && Object.hasOwn(DIAGNOSTIC_CODES, code);
}

/** What quick fixes and reports need beyond the message. */
export interface SvcdefDiagnosticData {
    readonly code: DiagnosticCode;
    /** "Did you mean" candidates, best first; each is a replacement for the diagnostic's range. */
    readonly suggestions?: readonly string[];
    readonly [key: string]: unknown;
}

export type ReportInfo<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'data'> & {
    readonly suggestions?: readonly string[];
    readonly extra?: Record<string, unknown>;
};

/** Reports a diagnostic with its public code and the severity the table fixes for it. */
export function report<N extends AstNode>(accept: ValidationAcceptor, code: DiagnosticCode, message: string, info: ReportInfo<N>): void {
    const { suggestions, extra, ...rest } = info;
    const data: SvcdefDiagnosticData = { code, ...(suggestions && suggestions.length > 0 ? { suggestions } : {}), ...extra };
    accept(DIAGNOSTIC_CODES[code].severity, message, { ...rest, code, data } as DiagnosticInfo<N>);
}
