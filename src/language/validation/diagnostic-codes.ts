import type { AstNode, DiagnosticInfo, ValidationAcceptor, ValidationSeverity } from 'langium';

/**
 * The public diagnostic codes, each with what it means (`summary`) and what to do about it
 * (`remedy`; docs/language.md says the same under the code's own heading, and SARIF rules
 * link there). Users filter and suppress by them, CI annotations and
 * SARIF rule ids carry them: a code, once published, keeps its name and severity.
 */
export const DIAGNOSTIC_CODES = {
    'syntax-error': { severity: 'error', summary: 'The text does not parse.', remedy: 'Correct the text at the marked place; the message says what the language expected there.' },
    'unresolved-reference': { severity: 'error', summary: 'A name that nothing in the workspace declares.', remedy: 'Declare the element, or correct the name: the message suggests names of the right kind that exist. A name from another namespace needs its qualified form.' },
    'duplicate-name': { severity: 'error', summary: 'Two elements share one qualified name.', remedy: 'Rename one of the two elements (rename updates every reference), or put them in different namespaces. Built-in names such as `availability` or `A243` cannot be declared again.' },
    'ambiguous-reference': { severity: 'error', summary: 'A simple name that elements of several namespaces carry, or an offering written `Service.Offering` that services of one simple name in several namespaces offer.', remedy: 'Write the qualified name (`namespace.Name`, or `namespace.Service.Offering`) of the element you mean; the quick fix and completion offer the qualified names.' },
    'duplicate-property': { severity: 'error', summary: 'A single-valued property is written twice in one element; only one can hold.', remedy: 'Keep one of the two lines; a property such as `status` or `owner` holds one value per element.' },
    'reserved-declaration': { severity: 'error', summary: 'A2 nodes and work products come from the built-in model and cannot be declared in a workspace.', remedy: 'Delete the declaration and refer to the built-in A2 node or work product by its id or name.' },
    'unknown-a2-node': { severity: 'error', summary: '`implements` names no node of the A2 model.', remedy: 'Use the id of an A2 category, process or activity (`svcdef model` lists them; completion after `implements` offers them).' },
    'not-an-output': { severity: 'error', summary: '`produces` names no output of the implemented A2 node.', remedy: 'Name one of the outputs of the implemented node (hover on its id lists them), or implement the node that produces this work product.' },
    'not-an-input': { severity: 'error', summary: '`consumes` names no input or control of the implemented A2 node.', remedy: 'Name one of the inputs or controls of the implemented node (hover on its id lists them).' },
    'work-product-kind': { severity: 'error', summary: 'An artifact listed under a work product that cannot carry its kind.', remedy: 'List only artifacts of a kind this work product carries (services under the service catalog, agreements under SLAs/OLAs/UCs, and so on), or move the artifact to the work product that carries it.' },
    'unbound-producer': { severity: 'info', summary: 'A consumed work product whose producing A2 nodes no binding implements.', remedy: 'Add a binding that implements one of the producing A2 nodes, or accept that the work product comes from outside the workspace.' },
    'missing-party': { severity: 'error', summary: 'An SLA without `customer`, an OLA without `unit`, or a UC without `supplier`.', remedy: 'Add the party line: `customer` for an SLA, `unit` for an OLA, `supplier` for a UC (the quick fix inserts it).' },
    'weaker-underpinning-target': { severity: 'error', summary: 'An OLA or UC commits less than the SLA it supports on the same metric and qualifiers: a weaker value, or a longer or missing window where the SLA states one. Compared per service where `for service` blocks exist, inherited SLA targets included.', remedy: 'Raise the OLA or UC target to at least what the SLA promises (the quick fix does) and measure it over the SLA\'s window or a shorter one, or lower the SLA target after agreeing it with the customer.' },
    'unreachable-availability': { severity: 'warning', summary: 'The supporting availabilities multiply to less than the SLA promises.', remedy: 'Raise the availability of one of the supporting OLAs or UCs (the inlay hint shows what they reach together), or lower the SLA\'s availability target.' },
    'retired-service-in-sla': { severity: 'error', summary: 'An SLA covers a retired service.', remedy: 'Remove the service from the SLA, or move the SLA to the service that replaces it.' },
    'finalized-sla-unreleased-service': { severity: 'warning', summary: 'A finalized SLA covers a planned or pipeline service.', remedy: 'Keep the SLA in `draft` until the service is live, or take the service out of the SLA.' },
    'invalid-validity-period': { severity: 'error', summary: '`valid from` is after `valid to`, or a date does not exist.', remedy: 'Make `valid from` the earlier date, and write dates that exist as YYYY-MM-DD.' },
    'expired-sla': { severity: 'warning', summary: 'An agreement in force (SLA, OLA or UC, of any status but `draft`; no status counts as in force) whose `valid to` date has passed.', remedy: 'Renew the agreement with a new `valid to`, or remove it once it is no longer in force. `--today` or `svcdef.today` fixes the date compared with.' },
    'percent-out-of-range': { severity: 'error', summary: 'A percent outside 0..100.', remedy: 'Write a percent from 0% to 100%.' },
    'comparator-direction': { severity: 'warning', summary: 'A comparator against the metric\'s direction (`>=` on a lower-is-better metric, `<=` on a higher-is-better one).', remedy: 'Promise `>=` for a metric where more is better and `<=` for one where less is better; the message names the metric\'s direction.' },
    'unit-mismatch': { severity: 'error', summary: 'A value whose unit the metric cannot take.', remedy: 'Write a value of the metric\'s unit: a percent for availability, a duration such as `30min` for response times, a plain number for counts.' },
    'forecast-exceeds-capacity': { severity: 'warning', summary: 'Forecast demand above the capacity of a package for that service.', remedy: 'Raise the package\'s capacity for the service, or revise the forecast.' },
    'uncovered-demand': { severity: 'warning', summary: 'A pattern drives a service that no SLA of its customer covers.', remedy: 'Add the service to an SLA of that customer, or take it out of the pattern.' },
    'dependency-cycle': { severity: 'error', summary: 'A service depends on itself, directly or through other services; or an SLA is `part of` itself through its parents.', remedy: 'Remove one `depends on` (or `part of`) link of the cycle the message lists: it is reported once, on the cycle\'s first element in source order.' },
    'depends-on-retired': { severity: 'warning', summary: 'A live or retiring service depends on a service that is retired, planned or pipeline.', remedy: 'Move the dependency to a service that is live, or bring the dependency live before the service relies on it.' },
    'retirement-details-misplaced': { severity: 'error', summary: 'A service states `until` or `replaced by` on its status line but is neither retiring nor retired.', remedy: 'Make the status `retiring` (or `retired`) if the service is going away, or remove `until` and `replaced by`.' },
    'replacement-unavailable': { severity: 'warning', summary: 'A retiring or retired service is `replaced by` itself, or by a service that is retired too.', remedy: 'Name the service that people use instead now, or remove `replaced by` until there is one.' },
    'underpinning-out-of-scope': { severity: 'error', summary: 'An OLA or UC covers a service that is neither a service of any SLA it supports nor a (transitive) dependency of one.', remedy: 'Take the service out of the OLA or UC, make it support the SLA that needs the service, or add the dependency to the service that relies on it.' },
    'underpinning-expires-first': { severity: 'warning', summary: 'An OLA or UC is valid for less time than the SLA it supports: it ends before the SLA ends, or starts after the SLA starts.', remedy: 'Extend the OLA or UC validity to cover the SLA\'s, or shorten the SLA to what its underpinning agreements cover.' },
    'empty-agreement': { severity: 'error', summary: 'A finalized agreement that promises no target: neither its own, per service, nor inherited from the agreement it is part of.', remedy: 'Add the targets the agreement commits to (the quick fix inserts a line to complete), or keep it in `draft` until they are agreed.' },
    'weaker-than-parent': { severity: 'error', summary: 'An SLA loosens a target of the agreement it is `part of` (same metric and qualifiers; a parent\'s agreement-wide target also binds the child\'s `for service` blocks).', remedy: 'Tighten the child\'s target to at least the parent\'s (the quick fix writes the value), or leave it out so the parent\'s target applies.' },
    'below-offering-target': { severity: 'warning', summary: 'An SLA selling an offering promises less than the offering publishes, on a metric and qualifiers both state.', remedy: 'Raise the SLA target to what the offering publishes (the quick fix writes the value), or sell a lower tier.' },
    'credit-without-target': { severity: 'warning', summary: 'A credit is paid on a metric and qualifiers for which the agreement promises no target (windows aside; inherited and per-service targets count).', remedy: 'Add the target the credit refers to, or correct the credit\'s metric or qualifiers to those of a promised target.' },
    'unscoped-target': { severity: 'error', summary: 'A `for service` block names a service the agreement does not cover.', remedy: 'Add the service to the agreement\'s `services` (the quick fix does), or name a covered service in the block.' },
    'redundancy-mismatch': { severity: 'error', summary: 'A `redundant with` clause that the named agreement does not return, or whose members support different SLAs.', remedy: 'Write `redundant with` on every member, naming the others, and let all members support the same SLAs (the message names the one that differs).' },
    'hours-not-covered': { severity: 'error', summary: 'An OLA or UC whose hours do not cover the service hours of the SLA it supports, or an SLA whose hours go beyond the hours of a service it covers.', remedy: 'Widen the hours of the underpinning agreement (or of the service) to cover the interval the message names, or narrow the SLA\'s hours.' },
    'incomparable-target': { severity: 'info', summary: 'A business-time target that cannot be held against the other side of the chain, because no calendar says when its business time runs.', remedy: 'Give the agreement `support hours` (or `hours`) with a structured calendar, so business hours and days can be turned into clock time.' },
    'unstructured-calendar': { severity: 'info', summary: 'A check needed the calendar\'s hours, but the calendar states them as free text only.', remedy: 'Write the calendar as a block (`calendar X { timezone "…" hours Mon-Fri 08:00-18:00 }`) so its hours can be computed with.' },
    'invalid-calendar': { severity: 'error', summary: 'A calendar that cannot be read: an unknown time zone, a day, time or date that does not exist, an empty time range, a block with holidays or maintenance but no hours, or a holidays file that is missing or not iCalendar.', remedy: 'Correct the marked part: IANA time zone names such as `Europe/Berlin` (completion lists them), days `Mon`..`Sun`, times `00:00`..`24:00`, and a holidays path relative to the file.' }
} as const satisfies Record<string, { severity: ValidationSeverity; summary: string; remedy: string }>;

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
