/**
 * The standard library every workspace sees without declaring it: the built-in
 * metrics with their unit and direction, the round-the-clock calendar and the
 * incident priorities. Kept as data so hovers, checks and docs share one source.
 */
export interface BuiltinMetric {
    readonly name: string;
    readonly title: string;
    readonly unit: 'percent' | 'duration' | 'number';
    readonly direction: 'higher' | 'lower';
    readonly description: string;
}

export const BUILTIN_METRICS: readonly BuiltinMetric[] = [
    { name: 'availability', title: 'Availability', unit: 'percent', direction: 'higher',
        description: 'Share of the agreed service hours in which the service could be used as promised.' },
    { name: 'incidentResponse', title: 'Incident response time', unit: 'duration', direction: 'lower',
        description: 'Time from an incident being reported until someone is working on it.' },
    { name: 'incidentResolution', title: 'Incident resolution time', unit: 'duration', direction: 'lower',
        description: 'Time from an incident being reported until the service works again for the user.' },
    { name: 'requestFulfilment', title: 'Request fulfilment time', unit: 'duration', direction: 'lower',
        description: 'Time from a standard service request being raised until it is delivered.' },
    { name: 'latency', title: 'Latency', unit: 'duration', direction: 'lower',
        description: 'Time a single transaction or request takes to answer, usually stated at a percentile.' },
    { name: 'rto', title: 'Recovery time objective', unit: 'duration', direction: 'lower',
        description: 'Longest tolerable time to bring the service back after a disaster.' },
    { name: 'rpo', title: 'Recovery point objective', unit: 'duration', direction: 'lower',
        description: 'Largest tolerable window of data that may be lost in a disaster.' },
    { name: 'throughput', title: 'Throughput', unit: 'number', direction: 'higher',
        description: 'Volume of work the service handles per unit of time.' },
    { name: 'satisfaction', title: 'Customer satisfaction score', unit: 'number', direction: 'higher',
        description: 'Score customers give the service in satisfaction surveys.' },
    { name: 'firstContactResolution', title: 'First contact resolution', unit: 'percent', direction: 'higher',
        description: 'Share of contacts with the service desk settled without a hand-over or a call back.' }
];

export interface BuiltinNamedThing {
    readonly name: string;
    readonly title: string;
    readonly description: string;
}

export const BUILTIN_CALENDARS: readonly BuiltinNamedThing[] = [
    { name: '24x7', title: 'Around the clock, every day of the year',
        description: 'No service window: every hour of every day counts as service time.' }
];

export const BUILTIN_PRIORITIES: readonly BuiltinNamedThing[] = [
    { name: 'P1', title: 'Critical', description: 'Business stopped or many users unable to work; handled at once.' },
    { name: 'P2', title: 'High', description: 'Major function impaired for a group of users; no workaround.' },
    { name: 'P3', title: 'Medium', description: 'Limited impact or a workaround exists.' },
    { name: 'P4', title: 'Low', description: 'Minor inconvenience for a single user.' },
    { name: 'P5', title: 'Planning', description: 'Questions, cosmetic issues and requests with no urgency.' }
];
