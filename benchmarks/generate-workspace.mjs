/**
 * Synthetic svcdef workspaces for the benchmarks: the shape of examples/acme (parties,
 * services with dependencies, SLAs with several targets, OLAs and UCs underpinning them,
 * demand patterns, forecasts, packages, and bindings to A2 activities) scaled to a number
 * of services, with every other kind in proportion.
 *
 * The second-edition forms appear as a provider would write them: priorities P1..P4
 * defined; technical infrastructure services; tags, criticality and managers; applications
 * sold in Gold/Silver/Bronze tiers that publish their own service levels; corporate SLAs
 * with customer-level and service-level children (`part of`); SLAs for several customers;
 * the tier an SLA sells (`offerings S.Gold`) with that tier's levels in a `for service`
 * block; target qualifiers in random order; credits with a basis, caps, rules and claim
 * periods; escalation paths, reporting, exclusions, versions and approvals; OLAs and UCs
 * with per-service recovery objectives. Some teams share a name with the platform they run.
 *
 * Time and redundancy appear as they would in an organisation working across four time
 * zones: structured calendars for office hours, extended hours (with a range past
 * midnight) and round-the-clock operation, each with inline holidays and maintenance
 * windows; every SLA, OLA and UC states service hours and support hours, every service
 * its service hours; SLAs promise request fulfilment in business days and P2 resolution
 * in business hours, and some OLAs and UCs answer in business days on the same calendar;
 * a few UCs come in redundant pairs.
 *
 * The workspace is built to validate cleanly, so that a benchmark run exercises every
 * check to the end instead of stopping at errors: names are unique per kind, finalized SLAs
 * cover only released services, live services depend only on released ones and never in a
 * cycle, children only tighten what their parents promise and sell only tiers they meet,
 * OLAs and UCs commit more than the SLAs they support, cover only services in scope of
 * those SLAs, run at least as long, and few enough of them support one SLA for the
 * availabilities to compose (a redundant pair is one more, in parallel), their hours and
 * support hours cover those of the SLAs and an SLA's hours lie within those of its
 * services, business durations on either side of a comparison run on calendars that
 * decide it, children keep their parent's hours, credits are on promised targets,
 * patterns drive only services their customer has an SLA for, forecasts stay under
 * package capacity, and every A2 node has a binding so that no consumed work product
 * lacks a producer.
 *
 * With `errors`, the same workspace gains a folder of mistakes at the same scale, for
 * the figure that checks diagnostics cost no more than a clean run: one misspelt
 * reference per service (each one edit from its service and from no other service), and
 * one name declared once per service.
 *
 *   node benchmarks/generate-workspace.mjs --size 10k [--out DIR] [--seed N] [--errors]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seeded-random.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const a2Model = JSON.parse(readFileSync(path.join(here, '../src/a2/a2-model.json'), 'utf8'));

export const DEFAULT_SEED = 20260601;
export const ELEMENTS_PER_FILE = 40;
/** Agreements are checked against this date (`--today`); validity periods reach well past it and past the real date. */
export const BENCH_TODAY = '2026-06-01';
export const INFRA_NAMESPACE = 'bench.infra';

/** Elements per service, chosen after the proportions of examples/acme with parties kept to realistic counts. */
const PER_SERVICE = {
    sla: 0.4, ola: 0.3, uc: 0.1, pattern: 0.1, forecast: 0.1, package: 0.1,
    customer: 0.02, provider: 0.005, unit: 0.02, supplier: 0.01, metric: 0.002
};
const MINIMUM = { customer: 4, provider: 2, unit: 4, supplier: 2, metric: 4 };
/** Share of services that are infrastructure, declared in their own namespace. */
const INFRA_SHARE = 0.2;
/** At most this many OLAs and UCs support one SLA: 99.99% to the fourth power still reaches 99.9%. */
const MAX_SUPPORTERS = 4;
/** Share of SLAs that are corporate agreements; with their children they make up about a quarter of all SLAs. */
const CORPORATE_SHARE = 0.04;
const SLA_TITLES = { Corporate: 'Corporate service levels', Customer: 'Customer service levels', Service: 'Service-level agreement', Standalone: 'Service levels' };
/** Artifacts listed under one `produces` of a binding. */
const ARTIFACTS_PER_BINDING = 25;

const SERVICE_WORDS = [
    'Billing', 'Ledger', 'Payroll', 'Portal', 'Gateway', 'Archive', 'Search', 'Identity', 'Print', 'Backup',
    'Storage', 'Network', 'Messaging', 'Analytics', 'Reporting', 'Scheduling', 'Inventory', 'Procurement',
    'Logistics', 'Telemetry', 'Monitoring', 'Ticketing', 'Wiki', 'Chat', 'Video', 'Mail', 'Directory',
    'Hosting', 'Database', 'Cache', 'Queue', 'Workflow', 'Signing', 'Payments', 'Pricing', 'Quotes',
    'Orders', 'Shipping', 'Returns', 'Training'
];
const APP_CATEGORIES = ['Business Applications', 'Collaboration', 'Workplace', 'Analytics', 'Customer Facing'];
const OFFERING_WORDS = ['Standard', 'Large', 'Premium', 'Basic', 'Shared', 'Dedicated', 'Plant', 'Office'];
const PRICE_UNITS = ['user', 'device', 'site', 'mailbox', 'GB', 'server', 'plant'];
const CAPACITY_UNITS = ['users', 'mailboxes', 'licences', 'seats', 'devices'];
const TIMEZONES = ['Europe/Berlin', 'Europe/Lisbon', 'America/New_York', 'Asia/Singapore'];
/**
 * Calendars by tier, each wider than the one before in the same zone: office hours lie
 * within extended hours, and round-the-clock covers both in any zone. Extended hours run
 * past midnight on Friday. Maintenance windows and holidays do not narrow what a
 * calendar covers, so they can be anywhere.
 */
const CALENDAR_TIERS = [
    { tier: 'Office', title: 'Office hours', hours: ['Mon-Fri 08:00-12:00, 13:00-18:00'],
        maintenance: ['2027-03-28 01:00-04:00 "Core switch replacement"'] },
    { tier: 'Extended', title: 'Extended hours', hours: ['Mon-Fri 06:00-22:00', 'Fri 22:00-02:00', 'Sat 08:00-14:00'],
        maintenance: ['Sun 02:00-05:00 "Weekly patch window"'] },
    { tier: 'Continuous', title: 'Round the clock', hours: ['Mon-Sun 00:00-24:00'],
        maintenance: ['Sun 01:00-03:00 "Weekly patch window"', '2027-10-31 01:00-03:00 "Storage firmware upgrade"'] }
];
const HOLIDAYS = {
    'Europe/Berlin': ['2026-12-24 to 2026-12-26 "Christmas"', '2027-01-01 "New Year"', '2027-05-01 "Labour Day"'],
    'Europe/Lisbon': ['2026-12-25 "Christmas"', '2027-04-25 "Freedom Day"'],
    'America/New_York': ['2026-11-26 "Thanksgiving"', '2026-12-25 "Christmas"', '2027-07-05 "Independence Day observed"'],
    'Asia/Singapore': ['2027-02-06 to 2027-02-07 "Lunar New Year"', '2027-08-09 "National Day"']
};
const REVIEWS = ['monthly', 'quarterly', 'semiannual', 'annual'];
const TOOLS = ['svcdef workspace in Git', 'Service portal', 'Jira service management', 'Reporting warehouse', 'Capacity planning workbook'];
const APP_TAGS = ['customer-facing', 'finance', 'hr', 'sales', 'regulated', 'mobile', 'self-service', 'reporting'];
const INFRA_TAGS = ['infrastructure', 'network', 'storage', 'compute', 'security', 'shared'];
const EXCLUSIONS = ['Outages caused by customer-owned equipment', 'Planned maintenance announced five working days ahead',
    'Force majeure, including regional power or carrier failures', 'Faults in third-party software the customer installed'];
const ESCALATION = [
    { level: 1, title: 'Service desk', contact: 'service-desk@bench.example', after: '0min' },
    { level: 2, title: 'Duty manager', contact: '+49 30 1234 5678', after: '30min' },
    { level: 3, title: 'Head of service delivery', contact: 'delivery-office@bench.example', after: '2h' },
    { level: 4, title: 'Chief information officer', contact: 'cio-office@bench.example', after: '4h' }
];
/** The priorities every target refers to, defined once for the workspace. */
const PRIORITIES = [
    { name: 'P1', title: 'Critical', impact: 'high', urgency: 'high', description: 'A whole site, or production safety, is affected' },
    { name: 'P2', title: 'High', impact: 'high', urgency: 'medium', description: 'A department cannot work, or many users are degraded' },
    { name: 'P3', title: 'Medium', impact: 'medium', urgency: 'medium', description: 'A few users are affected and a workaround exists' },
    { name: 'P4', title: 'Low', impact: 'low', urgency: 'low', description: 'A single user, a question, or a standard request' }
];
const PEAKS = ['last three working days of each month', 'shift changes at 06:00, 14:00 and 22:00', 'last two weeks of each quarter', 'Monday mornings', 'the annual stocktake in January'];

/** Sizes by their label on the command line. */
export const SIZES = { '1k': 1_000, '10k': 10_000, '50k': 50_000 };

export function servicesForSize(label) {
    const count = SIZES[label] ?? Number.parseInt(label, 10);
    if (!Number.isInteger(count) || count < 20) {
        throw new Error(`Unknown workspace size '${label}': use ${Object.keys(SIZES).join(', ')} or a number of services of at least 20.`);
    }
    return count;
}

/**
 * Generates the workspace for `serviceCount` services. Returns the files (relative path →
 * text) and the number of elements of each kind.
 */
export function generateWorkspace(serviceCount, seed = DEFAULT_SEED, { errors = false } = {}) {
    const random = seededRandom(seed);
    const count = kind => Math.max(MINIMUM[kind] ?? 1, Math.round(serviceCount * PER_SERVICE[kind]));

    const providers = range(count('provider'), i => ({ name: `ItProvider${i}`, title: `IT provider ${i}` }));
    const customers = range(count('customer'), i => ({ name: `Division${i}`, title: `Business division ${i}`, users: random.int(50, 5000) }));
    // Every fourth team is named after the platform it runs (`unit Network8`, `service Network8`):
    // names are unique per kind, and a team and its system often share one.
    const infraCount = Math.max(1, Math.round(serviceCount * INFRA_SHARE));
    const units = range(count('unit'), i => i % 4 === 0 && i < infraCount
        ? { name: serviceName(i), title: `Operations team for ${serviceName(i)}` }
        : { name: `Team${i}`, title: `Operations team ${i}` });
    const suppliers = range(count('supplier'), i => ({ name: `Vendor${i}`, title: `Vendor ${i} Ltd` }));
    // Each zone gets each tier, whatever the size: an organisation keeps a handful of calendars however many services it runs.
    const calendars = range(CALENDAR_TIERS.length * TIMEZONES.length, i => {
        const shape = CALENDAR_TIERS[Math.floor(i / TIMEZONES.length)];
        const timezone = TIMEZONES[i % TIMEZONES.length];
        return { ...shape, name: `${shape.tier}${i}`, timezone, holidays: HOLIDAYS[timezone] };
    });
    // Custom metrics alternate between higher-is-better percentages and lower-is-better durations.
    const metrics = range(count('metric'), i => ({ name: `kpi${i}`, unit: i % 2 === 0 ? 'percent' : 'duration' }));

    const services = generateServices(random, serviceCount, infraCount, providers, units, calendars);
    const slas = generateSlas(random, count('sla'), services, customers, providers, calendars, metrics);
    const { olas, ucs } = generateUnderpinning(random, count('ola'), count('uc'), slas, units, providers, suppliers, calendars, metrics);
    const patterns = generatePatterns(random, count('pattern'), slas, customers);
    const packages = generatePackages(random, count('package'), services, patterns, slas);
    const forecasts = generateForecasts(random, count('forecast'), packages);
    const parties = [
        ...providers.map(p => ({ ...p, kind: 'provider' })), ...customers.map(c => ({ ...c, kind: 'customer' })),
        ...units.map(u => ({ ...u, kind: 'unit' })), ...suppliers.map(s => ({ ...s, kind: 'supplier' }))
    ];
    const bindings = generateBindings(random, { services, slas, olas, ucs, patterns, forecasts, packages, parties, units, providers });

    const files = new Map();
    const addFiles = (folder, stem, elements, render, header = '') => {
        chunk(elements, ELEMENTS_PER_FILE).forEach((part, index) => {
            const name = `${folder}/${stem}-${String(index + 1).padStart(4, '0')}.svcdef`;
            files.set(name, header + part.map(element => render(element, random)).join('\n\n') + '\n');
        });
    };
    addFiles('shared', 'priorities', PRIORITIES, renderPriority);
    addFiles('shared', 'calendars', calendars, renderCalendar);
    addFiles('shared', 'metrics', metrics, renderMetric);
    addFiles('parties', 'parties', parties, renderParty);
    addFiles('services', 'infra', services.filter(s => s.infra), renderService, `namespace ${INFRA_NAMESPACE}\n\n`);
    addFiles('services', 'apps', services.filter(s => !s.infra), renderService);
    addFiles('agreements', 'slas', slas, renderAgreement);
    addFiles('agreements', 'olas', olas, renderAgreement);
    addFiles('agreements', 'ucs', ucs, renderAgreement);
    addFiles('demand', 'patterns', patterns, renderPattern);
    addFiles('demand', 'forecasts', forecasts, renderForecast);
    addFiles('demand', 'packages', packages, renderPackage);
    addFiles('bindings', 'bindings', bindings, renderBinding);
    if (errors) {
        addFiles('errors', 'misspelt', services, renderMisspeltReference);
        addFiles('errors', 'twins', services, renderTwin);
    }

    const counts = {
        services: services.length, slas: slas.length, olas: olas.length, ucs: ucs.length, patterns: patterns.length,
        forecasts: forecasts.length, packages: packages.length, parties: parties.length, calendars: calendars.length,
        metrics: metrics.length, priorities: PRIORITIES.length, bindings: bindings.length
    };
    counts.elements = Object.values(counts).reduce((sum, value) => sum + value, 0);
    counts.files = files.size;
    counts.bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    return { files, counts };
}

// ------------------------------------------------------------------ elements

/** Tiers a business application may be sold in, each with the service levels it publishes. */
const TIERS = [
    { name: 'Gold', price: [150, 400], targets: [
        { metric: 'availability', comparator: '>=', value: '99.95%', qualifiers: ['per month'] },
        { metric: 'incidentResolution', comparator: '<=', value: '4h', qualifiers: ['for P1', 'per month'] }] },
    { name: 'Silver', price: [60, 149], targets: [
        { metric: 'availability', comparator: '>=', value: '99.9%', qualifiers: ['per month'] },
        { metric: 'incidentResolution', comparator: '<=', value: '6h', qualifiers: ['for P1', 'per month'] }] },
    { name: 'Bronze', price: [10, 59], targets: [
        { metric: 'availability', comparator: '>=', value: '99.5%', qualifiers: ['per month'] }] }
];

function serviceName(i) {
    return `${SERVICE_WORDS[i % SERVICE_WORDS.length]}${i}`;
}

function generateServices(random, total, infraCount, providers, units, calendars) {
    const services = [];
    // The released services so far, which later ones may depend on.
    const releasedInfra = [];
    const releasedApps = [];
    for (let i = 0; i < total; i++) {
        const infra = i < infraCount;
        const word = SERVICE_WORDS[i % SERVICE_WORDS.length];
        // Most infrastructure is technical: it underpins the applications and is never sold on its own.
        const technical = infra && random.chance(0.7);
        const tiered = !infra && random.chance(0.35);
        const service = {
            kind: 'service',
            name: serviceName(i),
            title: `${word} ${infra ? 'platform' : 'service'} ${i}`,
            infra,
            technical,
            // `kind business` is the default; some write it anyway.
            writesKind: technical || random.chance(0.1),
            status: random.weighted([['live', 85], ['retiring', 5], ['pipeline', 4], ['planned', 3], ['retired', 3]]),
            owner: random.pick(providers).name,
            manager: random.chance(0.5) ? random.pick(units).name : undefined,
            category: infra ? 'Infrastructure' : random.pick(APP_CATEGORIES),
            tags: random.chance(0.6) ? random.sample(infra ? INFRA_TAGS : APP_TAGS, random.int(1, 3)) : [],
            criticality: random.chance(0.7) ? random.weighted([['high', 30], ['medium', 50], ['low', 20]]) : undefined,
            // Services run round the clock, on the built-in calendar or a declared one with its maintenance windows:
            // an SLA's hours, whatever they are, lie within them.
            hours: random.chance(0.3) ? ROUND_THE_CLOCK : random.pick(ofTier(calendars, 'Continuous')),
            dependsOn: [],
            offerings: technical ? [] : tiered
                ? TIERS.slice(0, random.int(2, 3)).map(tier => ({
                    name: tier.name,
                    price: `${random.int(...tier.price)}.${String(random.int(0, 99)).padStart(2, '0')} EUR per ${random.pick(PRICE_UNITS)} per month`,
                    tierTargets: tier.targets,
                    targets: tier.targets.map(target => renderTarget(target, target.value, random))
                }))
                : range(random.int(1, 3), j => ({
                    name: OFFERING_WORDS[(i + j) % OFFERING_WORDS.length],
                    price: `${random.int(1, 400)}.${String(random.int(0, 99)).padStart(2, '0')} EUR per ${random.pick(PRICE_UNITS)} per month`,
                    description: random.chance(0.3) ? `For teams that need ${word.toLowerCase()} at scale.` : undefined,
                    targets: []
                })),
            tiers: tiered,
            internal: random.chance(0.5),
            doc: random.chance(0.6)
        };
        // Dependencies point at earlier services only, so the graph has no cycles: infrastructure
        // on infrastructure, applications on infrastructure and on earlier applications. And only
        // at released services: a live service depending on a retired or planned one is a finding.
        if (i > 0) {
            service.dependsOn.push(...random.sample(releasedInfra, infra ? random.int(0, 2) : random.int(1, 2)));
            if (!infra && i > infraCount) {
                service.dependsOn.push(...random.sample(releasedApps, random.int(0, 2)));
            }
        }
        services.push(service);
        if (isReleased(service)) (infra ? releasedInfra : releasedApps).push(service);
    }
    return services;
}

function isReleased(service) {
    return service.status === 'live' || service.status === 'retiring';
}


/**
 * Target values: every SLA promise is met or beaten by every OLA/UC value of the same metric
 * and qualifiers (the first value of a `>=` row and the last of a `<=` row are the weakest,
 * which is what a corporate SLA promises and its children may only tighten). The qualifiers
 * of a row are written in a random order, and the window is the same on both sides, as a
 * longer or missing one would weaken the underpinning. Business durations on the SLA side
 * are met by clock durations well inside them on any calendar (N business days take at
 * least N clock days), and by the business days of `UNDERPINNING_BUSINESS` where the
 * underpinning side runs on the same support hours.
 */
const SLA_TARGETS = [
    { metric: 'availability', comparator: '>=', values: ['99.0%', '99.5%', '99.9%'], qualifiers: ['per month'] },
    { metric: 'incidentResponse', comparator: '<=', values: ['30min', '1h'], qualifiers: ['for P1', 'at p95'] },
    { metric: 'incidentResolution', comparator: '<=', values: ['4h', '6h'], qualifiers: ['for P1', 'per month'] },
    { metric: 'incidentResolution', comparator: '<=', values: ['8 business hours', '12 business hours'], qualifiers: ['for P2'] },
    { metric: 'latency', comparator: '<=', values: ['500ms', '800ms'], qualifiers: ['at p95', 'per month'] },
    { metric: 'requestFulfilment', comparator: '<=', values: ['3 business days', '5 business days'], qualifiers: ['for P4', 'per quarter'] },
    { metric: 'percentKpi', comparator: '>=', values: ['90%', '95%'], qualifiers: ['per quarter'] },
    { metric: 'durationKpi', comparator: '<=', values: ['8h', '12h'], qualifiers: [] }
];
/** Underpinning answers in business days, for agreements whose support hours are those of every SLA they support. */
const UNDERPINNING_BUSINESS = { requestFulfilment: ['1 business days', '2 business days'] };
const UNDERPINNING_TARGETS = [
    { metric: 'availability', comparator: '>=', values: ['99.99%'], qualifiers: ['per month'] },
    { metric: 'incidentResponse', comparator: '<=', values: ['10min', '15min'], qualifiers: ['for P1', 'at p95'] },
    { metric: 'incidentResolution', comparator: '<=', values: ['2h', '3h'], qualifiers: ['for P1', 'per month'] },
    { metric: 'incidentResolution', comparator: '<=', values: ['4h', '6h'], qualifiers: ['for P2'] },
    { metric: 'latency', comparator: '<=', values: ['200ms', '300ms'], qualifiers: ['at p95', 'per month'] },
    { metric: 'requestFulfilment', comparator: '<=', values: ['1d', '2d'], qualifiers: ['for P4', 'per quarter'] },
    { metric: 'percentKpi', comparator: '>=', values: ['98%', '99%'], qualifiers: ['per quarter'] },
    { metric: 'durationKpi', comparator: '<=', values: ['2h', '4h'], qualifiers: [] }
];
/** Recovery objectives stated for one service of an agreement; the underpinning side's are the stricter. */
const SLA_RECOVERY = [{ metric: 'rto', values: ['4h', '8h'] }, { metric: 'rpo', values: ['1h', '4h'] }];
const UNDERPINNING_RECOVERY = [{ metric: 'rto', values: ['1h', '2h'] }, { metric: 'rpo', values: ['15min', '30min'] }];

/** `target METRIC CMP VALUE` and the qualifiers in a random order: every order means the same. */
function renderTarget(row, value, random) {
    const qualifiers = random.sample(row.qualifiers, row.qualifiers.length);
    return ['target', row.metric, row.comparator, value, ...qualifiers].join(' ');
}

function weakestValue(row) {
    return row.comparator === '>=' ? row.values[0] : row.values[row.values.length - 1];
}

/** Targets drawn from a table (the first row always or never), each as its row, metric, value and text. */
function drawTargets(random, table, metrics, { always, value = row => random.pick(row.values) }) {
    const percentKpis = metrics.filter(m => m.unit === 'percent');
    const durationKpis = metrics.filter(m => m.unit === 'duration');
    const rows = table.filter((row, index) => index === 0 ? always : random.chance(0.55));
    return rows.map(row => {
        const metric = row.metric === 'percentKpi' ? random.pick(percentKpis).name
            : row.metric === 'durationKpi' ? random.pick(durationKpis).name : row.metric;
        const chosen = value(row, metric);
        return { row, metric, value: chosen, text: renderTarget({ ...row, metric }, chosen, random) };
    });
}

function recoveryTargets(random, table) {
    return random.sample(table, random.int(1, 2)).map(row => `target ${row.metric} <= ${random.pick(row.values)}`);
}

/** The built-in calendar, which covers any other. */
const ROUND_THE_CLOCK = { name: '24x7', tier: 'Continuous' };

function ofTier(calendars, tier) {
    return calendars.filter(calendar => calendar.tier === tier);
}

/**
 * Hours for an OLA or UC that cover each of `required` (the hours of the SLAs it supports):
 * those hours themselves when all are one calendar, else the extended hours of the zone
 * when all are its office hours, else round the clock.
 */
function coveringCalendar(random, calendars, required) {
    const distinct = [...new Set(required)];
    if (distinct.length === 1 && random.chance(0.4)) {
        return distinct[0];
    }
    const zones = new Set(distinct.map(calendar => calendar.timezone));
    if (distinct.every(calendar => calendar.tier === 'Office') && zones.size === 1 && random.chance(0.5)) {
        const [zone] = zones;
        return ofTier(calendars, 'Extended').find(calendar => calendar.timezone === zone);
    }
    return random.chance(0.25) ? ROUND_THE_CLOCK : random.pick(ofTier(calendars, 'Continuous'));
}

/** Incidents are mostly worked in office hours, some in extended hours, a few round the clock. */
function slaSupportHours(random, calendars) {
    const tier = random.weighted([['Office', 70], ['Extended', 20], ['Continuous', 10]]);
    return tier === 'Continuous' ? ROUND_THE_CLOCK : random.pick(ofTier(calendars, tier));
}

/**
 * The SLAs: some corporate agreements, each with customer-level children (`part of`) and
 * some of those with service-level children of their own, and standalone agreements for the
 * rest. Children cover part of their parent's services for one of its customers and may
 * only tighten what the parent promises; per-service terms (tiers sold, recovery
 * objectives) are stated only in agreements that no other is part of.
 */
function generateSlas(random, total, services, customers, providers, calendars, metrics) {
    const released = services.filter(s => !s.technical && isReleased(s));
    const unreleased = services.filter(s => !s.technical && (s.status === 'pipeline' || s.status === 'planned'));
    const slas = [];

    const sla = ({ level, customers: chosen, services: covered, parent, leaf = true, finalized = random.chance(0.85), year = random.int(2028, 2030) }) => {
        const weakest = level === 'Corporate';
        const targets = drawTargets(random, SLA_TARGETS, metrics, {
            always: true,
            value: (row, metric) => weakest ? weakestValue(row) : atLeastAsStrongAs(random, row, parent?.promises.get(keyOf(metric, row.qualifiers)))
        });
        if (!finalized && unreleased.length > 0 && !parent && leaf && random.chance(0.3)) {
            covered = [...covered, random.pick(unreleased)];
        }
        const agreement = {
            kind: 'sla',
            name: `Sla${slas.length}`,
            title: `${SLA_TITLES[level]} ${slas.length}`,
            level,
            customers: chosen,
            provider: random.pick(providers).name,
            services: covered,
            parent,
            status: finalized ? 'finalized' : 'draft',
            year,
            validity: `valid from 2026-01-01 to ${year}-12-31`,
            review: random.pick(REVIEWS),
            // A child keeps its parent's hours: its business durations then compare with the parent's on one calendar.
            hours: parent?.hours ?? (random.chance(0.2) ? ROUND_THE_CLOCK : random.pick(calendars)),
            supportHours: parent?.supportHours ?? slaSupportHours(random, calendars),
            targets: targets.map(target => target.text),
            promises: new Map([...(parent?.promises ?? []), ...targets.map(target => [keyOf(target.metric, target.row.qualifiers), { ...target.row, value: target.value }])]),
            offerings: [],
            scopes: [],
            responsibilities: random.chance(0.5) ? ['customer "Report incidents through the service desk"', 'provider "Announce planned maintenance five working days ahead"'] : [],
            doc: random.chance(0.5),
            supporters: 0
        };
        if (leaf) addScopes(random, agreement, covered.filter(isReleased));
        agreement.credits = slaCredits(random, targets);
        addContractTerms(random, agreement, chosen);
        slas.push(agreement);
        return agreement;
    };

    const corporateCount = Math.max(1, Math.round(total * CORPORATE_SHARE));
    for (let c = 0; c < corporateCount && slas.length < total; c++) {
        const corporateCustomers = random.sample(customers, random.int(2, 4));
        const corporate = sla({
            level: 'Corporate', customers: corporateCustomers, services: random.sample(released, random.int(3, 8)),
            leaf: false, finalized: true, year: 2030
        });
        for (let k = random.int(2, 4); k > 0 && slas.length < total; k--) {
            const customer = random.pick(corporateCustomers);
            const grandchildren = Math.min(random.int(0, 2), total - slas.length - 1);
            const child = sla({
                level: 'Customer', customers: [customer], services: random.sample(corporate.services, random.int(1, 4)),
                parent: corporate, leaf: grandchildren === 0
            });
            for (let g = 0; g < grandchildren; g++) {
                sla({ level: 'Service', customers: [customer], services: random.sample(child.services, 1), parent: child });
            }
        }
    }
    while (slas.length < total) {
        sla({
            level: 'Standalone', customers: random.sample(customers, random.chance(0.3) ? random.int(2, 3) : 1),
            services: random.sample(released, random.int(1, 4))
        });
    }
    return slas;
}

/** What identifies a target for comparison: its metric and qualifiers, the window aside. */
function keyOf(metric, qualifiers) {
    return `${metric}|${qualifiers.filter(qualifier => !qualifier.startsWith('per ')).sort().join(' ')}`;
}

/**
 * A value as a number: percents as such, durations in seconds. A business duration counts
 * as its clock equivalent, which orders values of one unit on one calendar: a child and its
 * parent share their support hours.
 */
function magnitude(value) {
    const [, number, unit] = /^([\d.]+)(%|ms|min|s|h|d|w| business hours| business days)$/.exec(value);
    const seconds = { '%': 1, ms: 0.001, s: 1, min: 60, h: 3600, d: 86_400, w: 604_800, ' business hours': 3600, ' business days': 86_400 };
    return Number.parseFloat(number) * seconds[unit];
}

function isAtLeastAsStrong(comparator, value, bound) {
    return comparator === '>=' ? magnitude(value) >= magnitude(bound) : magnitude(value) <= magnitude(bound);
}

/** A value of the row that promises at least what `bound` (a parent's promise, if any) does. */
function atLeastAsStrongAs(random, row, bound) {
    return random.pick(bound ? row.values.filter(value => isAtLeastAsStrong(row.comparator, value, bound.value)) : row.values);
}

/**
 * Per-service terms of an agreement: the tier it sells of one of its services, with that
 * tier's service levels for that service, or recovery objectives for one service. A child
 * sells only a tier that promises at least what its parents do.
 */
function addScopes(random, agreement, covered) {
    const keeps = offering => offering.tierTargets.every(target => {
        const bound = agreement.parent?.promises.get(keyOf(target.metric, target.qualifiers));
        return !bound || isAtLeastAsStrong(target.comparator, target.value, bound.value);
    });
    const tiers = covered.filter(service => service.tiers).flatMap(service => service.offerings.filter(keeps).map(offering => ({ service, offering })));
    if (tiers.length > 0 && random.chance(0.5)) {
        const { service, offering } = random.pick(tiers);
        agreement.offerings.push({ service, offering: offering.name });
        agreement.scopes.push({ service, targets: offering.targets });
    } else if (covered.length > 1 && random.chance(0.3)) {
        agreement.scopes.push({ service: random.pick(covered), targets: recoveryTargets(random, SLA_RECOVERY) });
    }
}

/** Credits of an SLA: the first-edition form, or credits with a basis, a cap, a rule and a claim period. */
function slaCredits(random, targets) {
    const availability = targets[0].value;
    if (random.chance(0.4)) {
        return [`credit ${random.int(2, 10)}% when availability < ${availability}`];
    }
    const lines = [`credit ${random.int(2, 5)}% of monthly charge when availability < ${availability} per month`];
    if (random.chance(0.5)) {
        lines.push(`credit ${random.int(6, 15)}% of monthly charge when availability < ${(Number.parseFloat(availability) - 1).toFixed(1)}% per month`);
    }
    const resolution = targets.find(target => target.row.metric === 'incidentResolution' && target.row.qualifiers.includes('for P1'));
    if (resolution && random.chance(0.6)) {
        lines.push(`credit 2% of monthly charge when ${renderTarget({ ...resolution.row, comparator: '>' }, resolution.value, random).slice('target '.length)}`);
    }
    if (random.chance(0.7)) lines.push(`credit cap ${random.pick(['15%', '20%', '25%'])} of monthly charge per month`);
    if (random.chance(0.6)) lines.push(`credits ${random.pick(['highest-only', 'cumulative'])}`);
    if (random.chance(0.7)) lines.push(`claim within ${random.pick(['14d', '30d', '60d'])}`);
    return lines;
}

/** What makes an agreement read like a contract: escalation, reporting, exclusions, version and approvals. */
function addContractTerms(random, agreement, approvers) {
    agreement.escalation = random.chance(0.4) ? escalationLevels(random) : [];
    agreement.version = random.chance(0.6) ? `${random.int(1, 3)}.${random.int(0, 4)}` : undefined;
    agreement.approvals = agreement.status === 'finalized' && random.chance(0.5)
        ? [...approvers.slice(0, 1).map(party => ({ party: party.name, role: 'Head of the division' })), { party: agreement.provider, role: 'Service level manager' }]
            .map((approval, index) => ({ ...approval, date: `2025-12-${String(10 + index).padStart(2, '0')}` }))
        : [];
    if (agreement.kind === 'sla') {
        agreement.reporting = random.chance(0.4)
            ? `reporting ${random.pick(['monthly', 'quarterly'])} to ${approvers.map(party => party.name).join(', ')} "Service level report"`
            : undefined;
        agreement.exclusions = random.chance(0.3) ? random.sample(EXCLUSIONS, random.int(1, 2)) : [];
    }
}

function escalationLevels(random) {
    return ESCALATION.slice(0, random.int(2, ESCALATION.length));
}

/** One UC in this many starts a redundant pair with the next. */
const REDUNDANT_PAIR_EVERY = 10;

function generateUnderpinning(random, olaCount, ucCount, slas, units, providers, suppliers, calendars, metrics) {
    // Corporate SLAs are umbrella agreements: OLAs and UCs support the agreements under them.
    const open = slas.filter(sla => sla.level !== 'Corporate');
    // Draws SLAs that still have room for another supporter, so availabilities keep composing.
    const drawSupported = count => {
        const chosen = [];
        for (let attempt = 0; attempt < count * 4 && chosen.length < count && open.length > 0; attempt++) {
            const index = random.int(0, open.length - 1);
            const sla = open[index];
            if (chosen.includes(sla)) continue;
            chosen.push(sla);
            if (++sla.supporters >= MAX_SUPPORTERS) {
                open[index] = open[open.length - 1];
                open.pop();
            }
        }
        return chosen;
    };
    // An OLA or UC covers live services in scope of an SLA it supports: the SLA's services and
    // the platforms right under them (anything they depend on is in scope; the nearest is what a team runs).
    const inScope = supports => {
        const scope = new Set();
        supports.forEach(sla => sla.services.forEach(service => [service, ...service.dependsOn].forEach(each => scope.add(each))));
        return [...scope].filter(service => service.status === 'live');
    };
    const common = (kind, i, supports, services) => {
        const hours = coveringCalendar(random, calendars, supports.map(sla => sla.hours));
        const supportHours = coveringCalendar(random, calendars, supports.map(sla => sla.supportHours));
        const sameSupportHours = supports.every(sla => sla.supportHours === supportHours);
        const agreement = {
            kind,
            name: `${kind === 'ola' ? 'Ola' : 'Uc'}${i}`,
            title: `${kind === 'ola' ? 'Operational agreement' : 'Underpinning contract'} ${i}`,
            provider: random.pick(providers).name,
            supports,
            services,
            status: 'finalized',
            // Never ending before an SLA it supports.
            validity: `valid from 2026-01-01 to ${random.int(Math.max(2028, ...supports.map(sla => sla.year)), 2030)}-12-31`,
            review: random.pick(REVIEWS),
            hours,
            supportHours,
            targets: drawTargets(random, UNDERPINNING_TARGETS, metrics, {
                always: true,
                value: row => random.pick(sameSupportHours && random.chance(0.5) ? UNDERPINNING_BUSINESS[row.metric] ?? row.values : row.values)
            }).map(target => target.text),
            offerings: [],
            scopes: services.length > 0 && random.chance(0.3) ? [{ service: random.pick(services), targets: recoveryTargets(random, UNDERPINNING_RECOVERY) }] : [],
            credits: [],
            responsibilities: [],
            doc: random.chance(0.4)
        };
        return agreement;
    };
    const olas = range(olaCount, i => {
        const supports = drawSupported(random.int(1, 3));
        const ola = common('ola', i, supports, random.sample(inScope(supports), random.int(1, 2)));
        ola.unit = random.pick(units).name;
        ola.responsibilities = random.chance(0.3) ? ['unit "Keep a second trained administrator on call"'] : [];
        addContractTerms(random, ola, [units.find(unit => unit.name === ola.unit)]);
        return ola;
    });
    const ucs = [];
    for (let i = 0; i < ucCount; i++) {
        // Every tenth UC has a redundant twin from another supplier for the same SLAs (a second carrier).
        const twin = i % REDUNDANT_PAIR_EVERY === 1 ? ucs[i - 1] : undefined;
        const supports = twin ? twin.supports : drawSupported(random.int(1, 2));
        const uc = common('uc', i, supports, random.chance(0.5) ? random.sample(inScope(supports), 1) : []);
        if (twin) {
            twin.redundantWith = [uc];
            uc.redundantWith = [twin];
        }
        uc.supplier = random.pick(twin ? suppliers.filter(supplier => supplier.name !== twin.supplier) : suppliers).name;
        uc.contract = `C-${2024 + (i % 3)}-${String(i).padStart(5, '0')}`;
        if (random.chance(0.5)) {
            uc.credits = [`credit ${random.int(5, 15)}% of monthly charge when availability < 99.99% per month`,
                `credit cap ${random.int(10, 90) * 1000} EUR per year`, `credits ${random.pick(['highest-only', 'cumulative'])}`, 'claim within 14d'];
        }
        addContractTerms(random, uc, [suppliers.find(supplier => supplier.name === uc.supplier)]);
        ucs.push(uc);
    }
    return { olas, ucs };
}

function generatePatterns(random, total, slas, customers) {
    const covered = new Map();
    for (const sla of slas) {
        for (const { name } of sla.customers) {
            const set = covered.get(name) ?? new Set();
            sla.services.forEach(service => set.add(service));
            covered.set(name, set);
        }
    }
    const withSlas = customers.filter(customer => covered.has(customer.name));
    return range(total, i => {
        const customer = random.pick(withSlas);
        return {
            kind: 'pattern',
            name: `Pattern${i}`,
            title: `Business rhythm ${i}`,
            customer: customer.name,
            drives: random.sample([...covered.get(customer.name)], random.int(1, 3)),
            users: random.int(10, 3000),
            peak: `peak "${random.pick(PEAKS)}" x${random.int(11, 40) / 10}`,
            classification: random.pick(['must-have', 'important', 'nice-to-have']),
            doc: random.chance(0.5)
        };
    });
}

function generatePackages(random, total, services, patterns, slas) {
    // Packages bundle what customers can order: technical services are not sold on their own.
    const live = services.filter(s => s.status === 'live' && !s.technical);
    return range(total, i => ({
        kind: 'package',
        name: `Package${i}`,
        title: `Service level package ${i}`,
        services: random.sample(live, random.int(1, 3)),
        serves: random.sample(patterns, random.int(1, 2)),
        slas: random.sample(slas, random.int(1, 2)),
        capacity: random.int(500, 5000),
        capacityUnit: random.pick(CAPACITY_UNITS),
        doc: random.chance(0.5)
    }));
}

/** Forecasts are for packaged services and stay below the capacity the service's packages add up to. */
function generateForecasts(random, total, packages) {
    const byService = new Map();
    for (const pkg of packages) {
        for (const service of pkg.services) {
            byService.set(service, [...(byService.get(service) ?? []), pkg]);
        }
    }
    const packaged = [...byService.keys()];
    return range(total, i => {
        const service = random.pick(packaged);
        const unit = random.pick(byService.get(service)).capacityUnit;
        const capacity = byService.get(service).filter(pkg => pkg.capacityUnit === unit).reduce((sum, pkg) => sum + pkg.capacity, 0);
        const quarterly = random.chance(0.6);
        const periods = quarterly
            ? ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].slice(0, random.int(2, 4))
            : ['2027', '2028'];
        return {
            kind: 'forecast',
            name: `Forecast${i}`,
            title: `Demand forecast ${i}`,
            service,
            periods: periods.map(period => `period ${period} demand ${Math.floor(capacity * random.int(50, 95) / 100)} ${unit}`),
            doc: random.chance(0.4)
        };
    });
}

/** The work products that carry svcdef artifacts, the A2 activity producing each, and what it lists. */
function artifactGroups({ services, slas, olas, ucs, patterns, forecasts, packages, parties }) {
    return [
        { node: 'A233', workProduct: 'Service Catalog Content', artifacts: services },
        { node: 'A235', workProduct: 'Service Catalog', artifacts: services },
        { node: 'A243', workProduct: 'SLAs, OLAs, UCs', artifacts: [...slas, ...olas, ...ucs] },
        { node: 'A253', workProduct: 'Business Demand Baselines', artifacts: patterns },
        { node: 'A254', workProduct: 'Service Demand Forecasts', artifacts: forecasts },
        { node: 'A255', workProduct: 'Service Level Package', artifacts: packages },
        { node: 'A242', workProduct: 'Service Level Stakeholder Register', artifacts: parties }
    ];
}

function generateBindings(random, elements) {
    const owners = [...elements.units, ...elements.providers];
    const nodes = new Map(a2Model.nodes.map(node => [node.id, node]));
    const bindings = [];
    const consumesOf = node => random.sample([...node.inputs, ...node.controls].map(entry => entry.name), random.int(1, 4));
    // One binding per A2 node, so that every work product consumed anywhere has a bound producer.
    for (const node of a2Model.nodes) {
        bindings.push({
            node: node.id,
            consumes: consumesOf(node),
            produces: random.sample(node.outputs.map(entry => entry.name), random.int(1, 2)).map(name => ({ workProduct: name, artifacts: [] }))
        });
    }
    for (const group of artifactGroups(elements)) {
        const node = nodes.get(group.node);
        if (!node || !node.outputs.some(entry => entry.name === group.workProduct)) {
            throw new Error(`The A2 model no longer lists '${group.workProduct}' as an output of ${group.node}; update artifactGroups in ${path.basename(fileURLToPath(import.meta.url))}.`);
        }
        for (const part of chunk(group.artifacts, ARTIFACTS_PER_BINDING)) {
            bindings.push({ node: node.id, consumes: consumesOf(node), produces: [{ workProduct: group.workProduct, artifacts: part }] });
        }
    }
    return bindings.map((binding, i) => ({
        ...binding,
        kind: 'binding',
        name: `Binding${i}`,
        title: `Carry out ${binding.node} (${i})`,
        owner: random.pick(owners).name,
        tool: random.chance(0.5) ? random.pick(TOOLS) : undefined,
        doc: random.chance(0.3)
    }));
}

// --------------------------------------------------------------------- text

/** How a service is referred to from elsewhere: infrastructure sometimes by its qualified name. */
function serviceRef(service, random) {
    return service.infra && random.chance(0.3) ? `${INFRA_NAMESPACE}.${service.name}` : service.name;
}

function refList(items, random) {
    return items.map(item => item.kind === 'service' ? serviceRef(item, random) : item.name).join(', ');
}

function docComment(element) {
    return element.doc ? `/** ${element.title}: maintained by the service office and reviewed every quarter. */\n` : '';
}

/** A package naming its service with two neighbouring letters swapped: an unresolved reference with one close name. */
function renderMisspeltReference(service) {
    const name = service.name;
    return `package Misspelt${name} "Misspelt ${name}" {\n  service ${name[0]}${name[2]}${name[1]}${name.slice(3)}\n}`;
}

/** The same calendar declared once per service: a duplicate name with thousands of namesakes. */
function renderTwin() {
    return 'calendar Twin "Mon-Fri 08:00-18:00" timezone "Europe/Berlin"';
}

function renderCalendar(calendar) {
    return [`calendar ${calendar.name} "${calendar.title}" {`, `  timezone "${calendar.timezone}"`,
        ...calendar.hours.map(hours => `  hours ${hours}`),
        ...calendar.holidays.map(holiday => `  holiday ${holiday}`),
        ...calendar.maintenance.map(window => `  maintenance ${window}`),
        '}'].join('\n');
}

function renderMetric(metric) {
    return metric.unit === 'percent'
        ? `/** Share of work items that meet the internal quality bar. */\nmetric ${metric.name} "Quality indicator ${metric.name}" percent higher`
        : `/** Time from a request until the work is handed over. */\nmetric ${metric.name} "Turnaround indicator ${metric.name}" duration lower`;
}

function renderParty(party) {
    const lines = [`${party.kind} ${party.name} "${party.title}" {`, `  contact "${party.name.toLowerCase()}@bench.example"`];
    if (party.users !== undefined) lines.push(`  users ${party.users}`);
    lines.push('}');
    return lines.join('\n');
}

function renderPriority(priority) {
    return [`priority ${priority.name} "${priority.title}" {`, `  impact ${priority.impact}`, `  urgency ${priority.urgency}`,
        `  description "${priority.description}"`, '}'].join('\n');
}

function renderService(service, random) {
    const lines = [`${docComment(service)}service ${service.name} "${service.title}" {`, `  status ${service.status}`];
    if (service.writesKind) lines.push(`  kind ${service.technical ? 'technical' : 'business'}`);
    if (service.tags.length > 0) lines.push(`  tags ${service.tags.map(tag => `"${tag}"`).join(', ')}`);
    if (service.criticality) lines.push(`  criticality ${service.criticality}`);
    lines.push(`  owner ${service.owner}`);
    if (service.manager) lines.push(`  manager ${service.manager}`);
    lines.push(`  category "${service.category}"`,
        `  hours ${service.hours.name}`,
        `  support "${service.name.toLowerCase()}-support@bench.example"`,
        `  request "https://portal.bench.example/catalog/${service.name.toLowerCase()}"`);
    if (service.dependsOn.length > 0) lines.push(`  depends on ${refList(service.dependsOn, random)}`);
    for (const offering of service.offerings) {
        if (offering.targets.length > 0) {
            lines.push(`  offering ${offering.name} "${offering.name}" {`, `    price ${offering.price}`, ...offering.targets.map(target => `    ${target}`), '  }');
        } else if (offering.description) {
            lines.push(`  offering ${offering.name} "${offering.name} ${service.name}" {`, `    price ${offering.price}`, `    description "${offering.description}"`, '  }');
        } else {
            lines.push(`  offering ${offering.name} { price ${offering.price} }`);
        }
    }
    if (service.internal) {
        lines.push('  internal {', `    notes "Runs on cluster ${service.name.toLowerCase()}-prod; failover drill every quarter."`,
            `    runbook "https://wiki.bench.example/ops/${service.name.toLowerCase()}"`, '  }');
    }
    lines.push('}');
    return lines.join('\n');
}

function renderAgreement(agreement, random) {
    const lines = [`${docComment(agreement)}${agreement.kind} ${agreement.name} "${agreement.title}" {`];
    if (agreement.customers?.length === 1) lines.push(`  customer ${agreement.customers[0].name}`);
    if (agreement.customers?.length > 1) lines.push(`  customers ${refList(agreement.customers, random)}`);
    if (agreement.unit) lines.push(`  unit ${agreement.unit}`);
    if (agreement.supplier) lines.push(`  supplier ${agreement.supplier}`);
    lines.push(`  provider ${agreement.provider}`);
    if (agreement.supports?.length) lines.push(`  supports ${refList(agreement.supports, random)}`);
    if (agreement.services?.length) lines.push(`  services ${refList(agreement.services, random)}`);
    if (agreement.offerings.length > 0) lines.push(`  offerings ${agreement.offerings.map(({ service, offering }) => `${service.name}.${offering}`).join(', ')}`);
    if (agreement.parent) lines.push(`  part of ${agreement.parent.name}`);
    if (agreement.contract) lines.push(`  contract "${agreement.contract}"`);
    lines.push(`  status ${agreement.status}`, `  ${agreement.validity}`, `  review ${agreement.review}`);
    if (agreement.hours) lines.push(`  hours ${agreement.hours.name}`);
    if (agreement.supportHours) lines.push(`  support hours ${agreement.supportHours.name}`);
    if (agreement.redundantWith) lines.push(`  redundant with ${refList(agreement.redundantWith, random)}`);
    lines.push(...agreement.targets.map(target => `  ${target}`));
    for (const scope of agreement.scopes) {
        lines.push(`  for service ${serviceRef(scope.service, random)} {`, ...scope.targets.map(target => `    ${target}`), '  }');
    }
    lines.push(...agreement.credits.map(credit => `  ${credit}`));
    if (agreement.escalation.length > 0) {
        lines.push('  escalation {', ...agreement.escalation.map(level => `    level ${level.level} "${level.title}" contact "${level.contact}" after ${level.after}`), '  }');
    }
    if (agreement.reporting) lines.push(`  ${agreement.reporting}`);
    lines.push(...(agreement.exclusions ?? []).map(text => `  exclusion "${text}"`));
    lines.push(...agreement.responsibilities.map(text => `  responsibility ${text}`));
    if (agreement.version) lines.push(`  version "${agreement.version}"`);
    lines.push(...agreement.approvals.map(approval => `  approved by ${approval.party} "${approval.role}" on ${approval.date}`));
    lines.push('}');
    return lines.join('\n');
}

function renderPattern(pattern, random) {
    return [`${docComment(pattern)}pattern ${pattern.name} "${pattern.title}" {`,
        `  customer ${pattern.customer}`,
        `  drives ${refList(pattern.drives, random)}`,
        `  users ${pattern.users} "Staff in the affected teams"`,
        `  ${pattern.peak}`,
        `  classification ${pattern.classification}`,
        '}'].join('\n');
}

function renderForecast(forecast, random) {
    return [`${docComment(forecast)}forecast ${forecast.name} "${forecast.title}" for ${serviceRef(forecast.service, random)} {`,
        ...forecast.periods.map(period => `  ${period}`),
        '}'].join('\n');
}

function renderPackage(pkg, random) {
    return [`${docComment(pkg)}package ${pkg.name} "${pkg.title}" {`,
        `  service ${refList(pkg.services, random)}`,
        `  serves ${refList(pkg.serves, random)}`,
        `  sla ${refList(pkg.slas, random)}`,
        `  capacity ${pkg.capacity} ${pkg.capacityUnit}`,
        '}'].join('\n');
}

function renderBinding(binding, random) {
    const lines = [`${docComment(binding)}binding ${binding.name} "${binding.title}" implements ${binding.node} {`, `  owner ${binding.owner}`];
    if (binding.tool) lines.push(`  tool "${binding.tool}"`);
    if (binding.consumes.length > 0) lines.push(`  consumes ${binding.consumes.map(name => `"${name}"`).join(', ')}`);
    for (const produces of binding.produces) {
        if (produces.artifacts.length === 0) {
            lines.push(`  produces "${produces.workProduct}"`);
            continue;
        }
        lines.push(`  produces "${produces.workProduct}" {`);
        const rows = chunk(produces.artifacts, 6).map(row => `    ${refList(row, random)}`);
        lines.push(rows.join(',\n'), '  }');
    }
    lines.push('}');
    return lines.join('\n');
}

// ------------------------------------------------------------------- helpers

function range(length, make) {
    return Array.from({ length }, (_, i) => make(i));
}

function chunk(items, size) {
    const parts = [];
    for (let i = 0; i < items.length; i += size) {
        parts.push(items.slice(i, i + size));
    }
    return parts;
}

/** Writes the files under `folder`, replacing whatever was there. */
export function writeWorkspace(folder, files) {
    rmSync(folder, { recursive: true, force: true });
    for (const [relative, text] of files) {
        const target = path.join(folder, relative);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, text);
    }
}

async function main(args) {
    const value = name => {
        const index = args.indexOf(name);
        return index >= 0 ? args[index + 1] : undefined;
    };
    const size = value('--size') ?? '1k';
    const seed = Number(value('--seed') ?? DEFAULT_SEED);
    const out = path.resolve(value('--out') ?? path.join(here, '..', '.bench', 'workspaces', `adhoc-${size}`));
    const { files, counts } = generateWorkspace(servicesForSize(size), seed, { errors: args.includes('--errors') });
    writeWorkspace(out, files);
    console.log(`Wrote ${counts.files} files (${(counts.bytes / 1e6).toFixed(1)} MB, ${counts.elements} elements) to ${out}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    try {
        await main(process.argv.slice(2));
    } catch (error) {
        console.error(`generate-workspace: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(2);
    }
}
