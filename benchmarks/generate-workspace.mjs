/**
 * Synthetic svcdef workspaces for the benchmarks: the shape of examples/acme (parties,
 * services with dependencies, SLAs with several targets, OLAs and UCs underpinning them,
 * demand patterns, forecasts, packages, and bindings to A2 activities) scaled to a number
 * of services, with every other kind in proportion.
 *
 * The workspace is built to validate cleanly, so that a benchmark run exercises every
 * check to the end instead of stopping at errors: names are unique, finalized SLAs cover
 * only released services, OLAs and UCs commit more than the SLAs they support and few
 * enough of them support one SLA for the availabilities to compose, patterns drive only
 * services their customer has an SLA for, forecasts stay under package capacity, and
 * every A2 node has a binding so that no consumed work product lacks a producer.
 *
 * With `errors`, the same workspace gains a folder of mistakes at the same scale, for
 * the figure that checks diagnostics cost no more than a clean run: one misspelt
 * reference per service (each one edit from its service and from no other name), and
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
    customer: 0.02, provider: 0.005, unit: 0.02, supplier: 0.01, calendar: 0.002, metric: 0.002
};
const MINIMUM = { customer: 4, provider: 2, unit: 4, supplier: 2, calendar: 3, metric: 4 };
/** Share of services that are infrastructure, declared in their own namespace. */
const INFRA_SHARE = 0.2;
/** At most this many OLAs and UCs support one SLA: 99.99% to the fourth power still reaches 99.9%. */
const MAX_SUPPORTERS = 4;
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
const CALENDAR_HOURS = ['Mon-Fri 08:00-18:00', 'Mon-Sat 06:00-22:00', 'Sun 22:00 - Sat 14:00', 'Mon-Fri 07:00-19:00'];
const TIMEZONES = ['Europe/Berlin', 'Europe/Lisbon', 'America/New_York', 'Asia/Singapore'];
const REVIEWS = ['monthly', 'quarterly', 'semiannual', 'annual'];
const TOOLS = ['svcdef workspace in Git', 'Service portal', 'Jira service management', 'Reporting warehouse', 'Capacity planning workbook'];
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
    const units = range(count('unit'), i => ({ name: `Team${i}`, title: `Operations team ${i}` }));
    const suppliers = range(count('supplier'), i => ({ name: `Vendor${i}`, title: `Vendor ${i} Ltd` }));
    const calendars = range(count('calendar'), i => ({ name: `Hours${i}`, hours: random.pick(CALENDAR_HOURS), timezone: random.pick(TIMEZONES) }));
    // Custom metrics alternate between higher-is-better percentages and lower-is-better durations.
    const metrics = range(count('metric'), i => ({ name: `kpi${i}`, unit: i % 2 === 0 ? 'percent' : 'duration' }));

    const services = generateServices(random, serviceCount, providers, calendars);
    const slas = generateSlas(random, count('sla'), services, customers, providers, calendars, metrics);
    const { olas, ucs } = generateUnderpinning(random, count('ola'), count('uc'), slas, services, units, providers, suppliers, metrics);
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
        metrics: metrics.length, bindings: bindings.length
    };
    counts.elements = Object.values(counts).reduce((sum, value) => sum + value, 0);
    counts.files = files.size;
    counts.bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    return { files, counts };
}

// ------------------------------------------------------------------ elements

function generateServices(random, total, providers, calendars) {
    const infraCount = Math.max(1, Math.round(total * INFRA_SHARE));
    const services = [];
    for (let i = 0; i < total; i++) {
        const infra = i < infraCount;
        const word = SERVICE_WORDS[i % SERVICE_WORDS.length];
        const service = {
            kind: 'service',
            name: `${word}${i}`,
            title: `${word} ${infra ? 'platform' : 'service'} ${i}`,
            infra,
            status: random.weighted([['live', 85], ['retiring', 5], ['pipeline', 4], ['planned', 3], ['retired', 3]]),
            owner: random.pick(providers).name,
            category: infra ? 'Infrastructure' : random.pick(APP_CATEGORIES),
            hours: random.chance(0.3) ? '24x7' : random.pick(calendars).name,
            dependsOn: [],
            offerings: range(random.int(1, 3), j => ({
                name: OFFERING_WORDS[(i + j) % OFFERING_WORDS.length],
                price: `${random.int(1, 400)}.${String(random.int(0, 99)).padStart(2, '0')} EUR per ${random.pick(PRICE_UNITS)} per month`,
                description: random.chance(0.3) ? `For teams that need ${word.toLowerCase()} at scale.` : undefined
            })),
            internal: random.chance(0.5),
            doc: random.chance(0.6)
        };
        // Dependencies point at earlier services only, so the graph has no cycles: infrastructure
        // on infrastructure, applications on infrastructure and on earlier applications.
        if (i > 0) {
            const infraPool = services.slice(0, Math.min(i, infraCount));
            service.dependsOn.push(...random.sample(infraPool, infra ? random.int(0, 2) : random.int(1, 2)));
            if (!infra && i > infraCount) {
                service.dependsOn.push(...random.sample(services.slice(infraCount, i), random.int(0, 2)));
            }
        }
        services.push(service);
    }
    return services;
}

/** Target values: every SLA promise is met or beaten by every OLA/UC value of the same metric and qualifier. */
const SLA_TARGETS = [
    { metric: 'availability', comparator: '>=', values: ['99.0%', '99.5%', '99.9%'], suffix: 'per month' },
    { metric: 'incidentResponse', comparator: '<=', values: ['30min', '1h'], suffix: 'for P1' },
    { metric: 'incidentResolution', comparator: '<=', values: ['4h', '6h'], suffix: 'for P1' },
    { metric: 'incidentResolution', comparator: '<=', values: ['8h', '12h'], suffix: 'for P2' },
    { metric: 'latency', comparator: '<=', values: ['500ms', '800ms'], suffix: 'at p95' },
    { metric: 'requestFulfilment', comparator: '<=', values: ['3d', '5d'], suffix: 'for P4' },
    { metric: 'percentKpi', comparator: '>=', values: ['90%', '95%'], suffix: 'per quarter' },
    { metric: 'durationKpi', comparator: '<=', values: ['8h', '12h'], suffix: '' }
];
const UNDERPINNING_TARGETS = [
    { metric: 'availability', comparator: '>=', values: ['99.99%'], suffix: 'per month' },
    { metric: 'incidentResponse', comparator: '<=', values: ['10min', '15min'], suffix: 'for P1' },
    { metric: 'incidentResolution', comparator: '<=', values: ['2h', '3h'], suffix: 'for P1' },
    { metric: 'incidentResolution', comparator: '<=', values: ['4h', '6h'], suffix: 'for P2' },
    { metric: 'latency', comparator: '<=', values: ['200ms', '300ms'], suffix: 'at p95' },
    { metric: 'requestFulfilment', comparator: '<=', values: ['1d', '2d'], suffix: 'for P4' },
    { metric: 'percentKpi', comparator: '>=', values: ['98%', '99%'], suffix: 'per quarter' },
    { metric: 'durationKpi', comparator: '<=', values: ['2h', '4h'], suffix: '' }
];

function drawTargets(random, table, metrics, { always }) {
    const percentKpis = metrics.filter(m => m.unit === 'percent');
    const durationKpis = metrics.filter(m => m.unit === 'duration');
    const rows = table.filter((row, index) => index === 0 ? always : random.chance(0.55));
    return rows.map(row => {
        const metric = row.metric === 'percentKpi' ? random.pick(percentKpis).name
            : row.metric === 'durationKpi' ? random.pick(durationKpis).name : row.metric;
        return `target ${metric} ${row.comparator} ${random.pick(row.values)}${row.suffix ? ` ${row.suffix}` : ''}`;
    });
}

function generateSlas(random, total, services, customers, providers, calendars, metrics) {
    const released = services.filter(s => s.status === 'live' || s.status === 'retiring');
    const unreleased = services.filter(s => s.status === 'pipeline' || s.status === 'planned');
    return range(total, i => {
        const finalized = random.chance(0.85);
        const covered = random.sample(released, random.int(1, 4));
        if (!finalized && unreleased.length > 0 && random.chance(0.3)) {
            covered.push(random.pick(unreleased));
        }
        const targets = drawTargets(random, SLA_TARGETS, metrics, { always: true });
        const availability = targets[0].match(/>= ([\d.]+)%/)[1];
        const year = random.int(2028, 2030);
        return {
            kind: 'sla',
            name: `Sla${i}`,
            title: `Service levels ${i}`,
            customer: random.pick(customers).name,
            provider: random.pick(providers).name,
            services: covered,
            status: finalized ? 'finalized' : 'draft',
            validity: `valid from 2026-01-01 to ${year}-12-31`,
            review: random.pick(REVIEWS),
            hours: random.chance(0.5) ? random.pick(calendars).name : undefined,
            targets,
            credits: [`credit ${random.int(2, 10)}% when availability < ${availability}%`],
            responsibilities: random.chance(0.5) ? ['customer "Report incidents through the service desk"', 'provider "Announce planned maintenance five working days ahead"'] : [],
            doc: random.chance(0.5),
            supporters: 0
        };
    });
}

function generateUnderpinning(random, olaCount, ucCount, slas, services, units, providers, suppliers, metrics) {
    const live = services.filter(s => s.status === 'live');
    const open = [...slas];
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
    const common = (kind, i) => ({
        kind,
        name: `${kind === 'ola' ? 'Ola' : 'Uc'}${i}`,
        title: `${kind === 'ola' ? 'Operational agreement' : 'Underpinning contract'} ${i}`,
        provider: random.pick(providers).name,
        status: 'finalized',
        validity: `valid from 2026-01-01 to ${random.int(2028, 2030)}-12-31`,
        review: random.pick(REVIEWS),
        targets: drawTargets(random, UNDERPINNING_TARGETS, metrics, { always: true }),
        credits: [],
        responsibilities: [],
        doc: random.chance(0.4)
    });
    const olas = range(olaCount, i => ({
        ...common('ola', i),
        unit: random.pick(units).name,
        supports: drawSupported(random.int(1, 3)),
        services: random.sample(live, random.int(1, 2)),
        responsibilities: random.chance(0.3) ? ['unit "Keep a second trained administrator on call"'] : []
    }));
    const ucs = range(ucCount, i => ({
        ...common('uc', i),
        supplier: random.pick(suppliers).name,
        supports: drawSupported(random.int(1, 2)),
        contract: `C-${2024 + (i % 3)}-${String(i).padStart(5, '0')}`
    }));
    return { olas, ucs };
}

function generatePatterns(random, total, slas, customers) {
    const covered = new Map();
    for (const sla of slas) {
        const set = covered.get(sla.customer) ?? new Set();
        sla.services.forEach(service => set.add(service));
        covered.set(sla.customer, set);
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
    const live = services.filter(s => s.status === 'live');
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
    return `calendar ${calendar.name} "${calendar.hours}" timezone "${calendar.timezone}"`;
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

function renderService(service, random) {
    const lines = [`${docComment(service)}service ${service.name} "${service.title}" {`,
        `  status ${service.status}`,
        `  owner ${service.owner}`,
        `  category "${service.category}"`,
        `  hours ${service.hours}`,
        `  support "${service.name.toLowerCase()}-support@bench.example"`,
        `  request "https://portal.bench.example/catalog/${service.name.toLowerCase()}"`];
    if (service.dependsOn.length > 0) lines.push(`  depends on ${refList(service.dependsOn, random)}`);
    for (const offering of service.offerings) {
        if (offering.description) {
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
    if (agreement.customer) lines.push(`  customer ${agreement.customer}`);
    if (agreement.unit) lines.push(`  unit ${agreement.unit}`);
    if (agreement.supplier) lines.push(`  supplier ${agreement.supplier}`);
    lines.push(`  provider ${agreement.provider}`);
    if (agreement.supports?.length) lines.push(`  supports ${refList(agreement.supports, random)}`);
    if (agreement.services?.length) lines.push(`  services ${refList(agreement.services, random)}`);
    if (agreement.contract) lines.push(`  contract "${agreement.contract}"`);
    lines.push(`  status ${agreement.status}`, `  ${agreement.validity}`, `  review ${agreement.review}`);
    if (agreement.hours) lines.push(`  hours ${agreement.hours}`);
    lines.push(...agreement.targets.map(target => `  ${target}`));
    lines.push(...agreement.credits.map(credit => `  ${credit}`));
    lines.push(...agreement.responsibilities.map(text => `  responsibility ${text}`));
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
