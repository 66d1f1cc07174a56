import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument, type Reference } from 'langium';
import { contractsOf, customersOf, suppliersOf, supportedSlasOf, unitsOf } from '../agreement-parts.js';
import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { OUTSIDE, type A2Node as ModelNode, type A2ReferenceModel, type IcomEntry } from '../../a2/a2-reference-model.js';
import { compositionFormula, formatPercent, hasRedundancyGroup, worstOwnCompositions } from '../commitments/availability-composition.js';
import { reliesOnByWalking } from '../service-dependencies.js';
import { agreementWideTargets, coveredServices, effectiveTargetsFor, type EffectiveTarget } from '../commitments/effective-targets.js';
import { describeTarget } from '../commitments/metric-semantics.js';
import { isBuiltinUri } from '../builtin/builtin-library.js';
import { BUILTIN_PRIORITIES } from '../builtin/standard-library.js';
import {
    isA2Node, isAgreement, isBinding, isCalendar, isCredit, isCustomer, isForecast, isMetric, isOffering, isPattern, isPriority,
    isProvider, isService, isServicePackage, isServiceScope, isSla, isSupplier, isTarget, isUnit, isWorkProduct,
    type A2Node, type Agreement, type Approval, type Binding, type Credit, type Forecast, type Metric, type Offering, type Party, type Pattern,
    type Price, type Priority, type Service, type ServicePackage, type ServiceScope, type Target, type WorkProduct
} from '../generated/ast.js';
import { single } from '../single-valued-properties.js';
import type { SvcdefServices } from '../svcdef-module.js';
import type { SvcdefSettings } from '../svcdef-settings.js';
import type { Calendars } from '../time/calendar-model.js';
import { artifactKindsOf, keywordOfKind } from '../validation/work-product-kinds.js';
import { elementKey, type SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { calendarSections } from './calendar-hover.js';
import { targetTimeSections } from './target-time-hover.js';

/**
 * Hovers that answer what a reader needs at that spot: on an A2 node its place in the
 * model and what flows in and out; on a work product what it is and who makes and uses
 * it; on any artifact a summary card with what the workspace knows about it (a
 * service's covering SLAs, an SLA's targets and backing agreements). Doc comments lead
 * the card. On a `for service X { … }` block (its `for`, `service` or service name), the
 * targets that apply to X in that agreement: the block's own, the agreement-wide ones
 * and those inherited from the agreements it is part of, each marked where it comes from.
 * All output is Markdown.
 */
export class SvcdefHoverProvider extends AstNodeHoverProvider {
    private readonly model: A2ReferenceModel;
    private readonly index: SvcdefWorkspaceIndex;
    private readonly documentation: LangiumServices['documentation']['DocumentationProvider'];
    private readonly calendars: Calendars;
    private readonly settings: SvcdefSettings;

    constructor(services: SvcdefServices) {
        super(services);
        this.model = services.a2.Model;
        this.index = services.workspace.WorkspaceIndex;
        this.documentation = services.documentation.DocumentationProvider;
        this.calendars = services.time.Calendars;
        this.settings = services.settings;
    }

    /**
     * Langium's version hands only the target to the card builder; the cards here also
     * need the document being viewed, on whose behalf the workspace index is asked.
     */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.end <= offset) {
            return undefined;
        }
        const scope = isServiceScope(leaf.astNode) ? leaf.astNode : undefined;
        const target = AstUtils.getContainerOfType(leaf.astNode, (node): node is Target | Credit => isTarget(node) || isCredit(node));
        const cards = [
            scope ? this.scopeCard(scope) : undefined,
            target ? this.targetCard(target) : undefined,
            ...this.references.findDeclarations(leaf).map(target => this.card(target, document))
        ].filter((card): card is string => card !== undefined);
        if (cards.length > 0) {
            return { contents: { kind: 'markdown', value: cards.join('\n\n---\n\n') } };
        }
        return GrammarAST.isKeyword(leaf.grammarSource) ? this.getKeywordHoverContent(leaf.grammarSource) : undefined;
    }

    protected getAstNodeHoverContent(node: AstNode): string | undefined {
        return this.card(node, AstUtils.getDocument(node));
    }

    private card(node: AstNode, viewed: LangiumDocument): string | undefined {
        const body = this.body(node, viewed);
        if (!body) {
            return undefined;
        }
        // The model's description of A2 nodes and work products is already part of their card.
        const documentation = isA2Node(node) || isWorkProduct(node) ? undefined : this.documentation.getDocumentation(node);
        return [body.heading, documentation, ...body.sections].filter(part => part && part.length > 0).join('\n\n');
    }

    private body(node: AstNode, viewed: LangiumDocument): { heading: string; sections: string[] } | undefined {
        if (isA2Node(node)) return this.a2NodeCard(node, viewed);
        if (isWorkProduct(node)) return this.workProductCard(node);
        if (isService(node)) return this.serviceCard(node, viewed);
        if (isAgreement(node)) return this.agreementCard(node, viewed);
        if (isMetric(node)) return this.metricCard(node);
        if (isProvider(node) || isCustomer(node) || isUnit(node) || isSupplier(node)) return this.partyCard(node);
        if (isCalendar(node)) {
            return { heading: heading('calendar', node.name, node.title), sections: calendarSections(this.calendars.modelOf(node), this.settings.today) };
        }
        if (isPriority(node)) return this.priorityCard(node);
        if (isPattern(node)) return this.patternCard(node);
        if (isForecast(node)) return this.forecastCard(node);
        if (isServicePackage(node)) return this.packageCard(node);
        if (isBinding(node)) return this.bindingCard(node);
        if (isOffering(node)) return this.offeringCard(node);
        return undefined;
    }

    private a2NodeCard(node: A2Node, viewed: LangiumDocument): { heading: string; sections: string[] } {
        const entry = this.model.node(node.name);
        if (!entry) {
            return { heading: `**${node.name}** ${node.title}`, sections: [] };
        }
        const bindings = this.index.bindingsImplementing(entry.id);
        return {
            heading: `**${entry.id}** ${entry.name}\n\n_${this.placeOf(entry)}_`,
            sections: [
                entry.description,
                icomSection('Controls', '←', entry.controls, this.model),
                icomSection('Inputs', '←', entry.inputs, this.model),
                icomSection('Outputs', '→', entry.outputs, this.model),
                bindings.length > 0
                    ? `Implemented in this workspace by ${bindings.map(binding => code(binding.name)).join(', ')}.`
                    : 'No binding in this workspace implements it.'
            ]
        };
    }

    private placeOf(entry: ModelNode): string {
        if (entry.kind === 'activity') {
            const process = this.model.process(entry.id);
            return process ? `activity of process ${process.id} ${process.name}` : 'activity';
        }
        const parent = entry.parent ? this.model.node(entry.parent) : undefined;
        return parent ? `${entry.kind} in ${parent.kind} ${parent.id} ${parent.name}` : `${entry.kind} of PRM-IT`;
    }

    private workProductCard(workProduct: WorkProduct): { heading: string; sections: string[] } {
        const entry = this.model.workProduct(workProduct.name);
        const producers = this.model.producersOf(workProduct.name);
        const consumers = this.model.consumersOf(workProduct.name);
        const kinds = artifactKindsOf(workProduct.name);
        const nodes = (found: readonly ModelNode[]) => found.length > 0
            ? mostSpecific(found.map(node => node.id)).map(id => endpointName(id, this.model)).join(', ')
            : 'none';
        return {
            heading: `**"${workProduct.name}"** — A2 work product`,
            sections: [
                entry?.description ?? '',
                list([
                    ['Also written', workProduct.aliases.length > 0 ? workProduct.aliases.map(alias => `"${alias}"`).join(', ') : undefined],
                    ['Produced by', nodes(producers)],
                    ['Consumed by', nodes(consumers)],
                    ['Carries', kinds.length > 0 ? kinds.map(kind => `${keywordOfKind(kind)} artifacts`).join(', ') : 'no svcdef artifacts']
                ])
            ]
        };
    }

    private serviceCard(service: Service, viewed: LangiumDocument): { heading: string; sections: string[] } {
        const slas = this.index.slasCovering(elementKey(service));
        const coverage = slas.length === 0 ? 'none' : slas.map(sla => {
            const customers = sla.customer.map(customer => customer.$refText).join(', ');
            const facts = [single(sla.status) ?? 'status not stated', customers ? `for ${customers}` : undefined]
                .filter(Boolean).join(', ');
            // What the SLA promises for this service: its block for it and inherited targets included.
            const targets = effectiveTargetsFor(sla, service).map(applying => describeTarget(applying.target)
                + (applying.inherited ? ` (from ${applying.statedIn.name})` : ''));
            return `${code(sla.name)} (${facts})${targets.length > 0 ? `: ${targets.join('; ')}` : ''}`;
        });
        return {
            heading: heading('service', service.name, service.title),
            sections: [list([
                ['Status', single(service.status) ?? 'not stated'],
                ['Kind', single(service.kind) === 'technical' ? 'technical (shown in the support view only)' : single(service.kind)],
                ['Criticality', single(service.criticality)],
                ['Tags', service.tags.length > 0 ? service.tags.map(tag => `"${tag}"`).join(', ') : undefined],
                ['Owner', refText(single(service.owner))],
                ['Manager', refText(single(service.manager))],
                ['Category', single(service.category)],
                ['Hours', refText(single(service.hours))],
                ['Support', single(service.support)],
                ['Request', single(service.request)],
                ['Offerings', service.offerings.length > 0
                    ? service.offerings.map(offering => {
                        const price = priceText(single(offering.price));
                        return `${offering.name}${price ? ` — ${price}` : ''}`;
                    }).join('; ')
                    : undefined],
                ['Depends on', service.dependsOn.length > 0 ? service.dependsOn.map(refText).join(', ') : undefined]
            ]), typeof coverage === 'string'
                ? `**SLAs covering it:** none`
                : `**SLAs covering it:**\n${coverage.map(line => `- ${line}`).join('\n')}`]
        };
    }

    private agreementCard(agreement: Agreement, viewed: LangiumDocument): { heading: string; sections: string[] } {
        const kind = agreement.$type.toUpperCase();
        const valid = single(agreement.validity);
        const validity = valid
            ? [valid.from && `from ${valid.from}`, valid.to && `to ${valid.to}`].filter(Boolean).join(' ')
            : undefined;
        const sections = [list([
            [customersOf(agreement).length > 1 ? 'Customers' : 'Customer', customersOf(agreement).length > 0 ? customersOf(agreement).map(refText).join(', ') : undefined],
            ['Unit', refText(single(unitsOf(agreement)))],
            ['Supplier', refText(single(suppliersOf(agreement)))],
            ['Provider', refText(single(agreement.provider))],
            ['Status', single(agreement.status) ?? 'not stated'],
            ['Valid', validity],
            ['Review', single(agreement.review)],
            ['Hours', refText(single(agreement.hours))],
            ['Contract', single(contractsOf(agreement))],
            ['Services', agreement.services.length > 0 ? agreement.services.map(refText).join(', ') : undefined],
            ['Offerings', isSla(agreement) && agreement.offerings.length > 0 ? agreement.offerings.map(refText).join(', ') : undefined],
            ['Part of', isSla(agreement) ? refText(single(agreement.parent)) : undefined],
            ['Supports', supportedSlasOf(agreement).length > 0 ? supportedSlasOf(agreement).map(refText).join(', ') : undefined],
            ['Version', single(agreement.version)],
            ['Approved by', agreement.approvals.length > 0 ? agreement.approvals.map(approvalText).join('; ') : undefined]
        ])];
        const wide = agreementWideTargets(agreement);
        const own = wide.filter(applying => !applying.inherited);
        const inherited = wide.filter(applying => applying.inherited);
        if (own.length > 0) {
            sections.push(`**Targets${agreement.scopes.length > 0 ? ' (every service)' : ''}:**\n${own.map(applying => `- ${describeTarget(applying.target)}`).join('\n')}`);
        }
        if (inherited.length > 0) {
            sections.push(`**Inherited:**\n${inherited.map(applying => `- ${describeTarget(applying.target)} — from ${code(applying.statedIn.name)}`).join('\n')}`);
        }
        for (const scope of agreement.scopes) {
            if (scope.targets.length > 0) {
                sections.push(`**For service ${code(scope.service?.$refText ?? '?')}:**\n${scope.targets.map(target => `- ${describeTarget(target)}`).join('\n')}`);
            }
        }
        if (isSla(agreement)) {
            const supporters = this.index.supportersOf(agreement);
            if (supporters.length > 0) {
                sections.push(`**Backed by:** ${supporters.map(other => `${code(other.name)} (${other.$type.toUpperCase()})`).join(', ')}`);
            }
            for (const composition of worstOwnCompositions(agreement, this.index, reliesOnByWalking)) {
                const forService = composition.service && agreement.services.length > 1 ? ` for service ${code(composition.service.name)}` : '';
                // Redundancy groups change the arithmetic, so the formula is shown where one takes part.
                const formula = hasRedundancyGroup(composition) ? ` as ${compositionFormula(composition, other => code(other.name))},` : '';
                sections.push(`Supporting availabilities reach ${formatPercent(composition.compositePercent)} together${forService}${formula} `
                    + `against the promised ${composition.promised.measure.text}.`);
            }
        }
        return { heading: heading(kind, agreement.name, agreement.title), sections };
    }

    private metricCard(metric: Metric): { heading: string; sections: string[] } {
        return {
            heading: heading('metric', metric.name, metric.title),
            sections: [list([
                ['Unit', metric.unit],
                ['Direction', metric.direction === 'higher' ? 'higher is better (promise it with `>=`)' : 'lower is better (promise it with `<=`)']
            ])]
        };
    }

    private partyCard(party: Party): { heading: string; sections: string[] } {
        return {
            heading: heading(keywordOfKind(party.$type), party.name, party.title),
            sections: [list([['Contact', single(party.contact)], ['Users', single(party.users)?.toString()]])]
        };
    }

    private patternCard(pattern: Pattern): { heading: string; sections: string[] } {
        const users = single(pattern.users);
        const usersLabel = single(pattern.usersLabel);
        return {
            heading: heading('pattern', pattern.name, pattern.title),
            sections: [list([
                ['Customer', refText(single(pattern.customer))],
                ['Drives', pattern.drives.length > 0 ? pattern.drives.map(refText).join(', ') : undefined],
                ['Users', users !== undefined ? `${users}${usersLabel ? ` ${usersLabel}` : ''}` : undefined],
                ['Peaks', pattern.peaks.length > 0 ? pattern.peaks.map(peak => `${peak.description}${peak.factor !== undefined ? ` ×${peak.factor}` : ''}`).join('; ') : undefined],
                ['Classification', single(pattern.classification)]
            ])]
        };
    }

    private forecastCard(forecast: Forecast): { heading: string; sections: string[] } {
        return {
            heading: heading('forecast', forecast.name, forecast.title),
            sections: [list([
                ['For service', refText(forecast.service)],
                ['Periods', forecast.periods.length > 0
                    ? forecast.periods.map(period => `${period.period}: ${period.demand}${period.unit ? ` ${period.unit}` : ''}`).join('; ')
                    : undefined]
            ])]
        };
    }

    private packageCard(servicePackage: ServicePackage): { heading: string; sections: string[] } {
        const capacity = single(servicePackage.capacity);
        const capacityUnit = single(servicePackage.capacityUnit);
        return {
            heading: heading('package', servicePackage.name, servicePackage.title),
            sections: [list([
                ['Services', servicePackage.services.length > 0 ? servicePackage.services.map(refText).join(', ') : undefined],
                ['Serves', servicePackage.serves.length > 0 ? servicePackage.serves.map(refText).join(', ') : undefined],
                ['SLAs', servicePackage.slas.length > 0 ? servicePackage.slas.map(refText).join(', ') : undefined],
                ['Capacity', capacity !== undefined ? `${capacity}${capacityUnit ? ` ${capacityUnit}` : ''}` : undefined]
            ])]
        };
    }

    private bindingCard(binding: Binding): { heading: string; sections: string[] } {
        const node = this.model.node(binding.node?.$refText ?? '');
        return {
            heading: heading('binding', binding.name, binding.title),
            sections: [list([
                ['Implements', node ? `${node.id} ${node.name}` : binding.node?.$refText],
                ['Owner', refText(single(binding.owner))],
                ['Tool', single(binding.tool)],
                ['Produces', binding.produces.length > 0 ? binding.produces.map(produces => {
                    const artifacts = produces.artifacts.map(refText).join(', ');
                    return `"${produces.workProduct?.$refText ?? ''}"${artifacts ? ` (${artifacts})` : ''}`;
                }).join('; ') : undefined],
                ['Consumes', binding.consumes.length > 0 ? binding.consumes.map(reference => reference.$refText).join(', ') : undefined]
            ])]
        };
    }

    private offeringCard(offering: Offering): { heading: string; sections: string[] } {
        const targets = offering.targets.map(target => `- ${describeTarget(target)}`);
        return {
            heading: `**offering ${code(offering.name)}**${offering.title ? ` — ${offering.title}` : ''} of service ${code(offering.$container.name)}`,
            sections: [
                list([['Price', priceText(single(offering.price))], ['Description', single(offering.description)]]),
                targets.length > 0 ? `**Service levels of this tier:**\n${targets.join('\n')}` : ''
            ]
        };
    }

    /**
     * A priority's definition. A workspace `priority P1 { … }` defines the built-in P1; where
     * it leaves the title or description out, the built-in one still holds.
     */
    private priorityCard(priority: Priority): { heading: string; sections: string[] } {
        const builtin = BUILTIN_PRIORITIES.find(entry => entry.name === priority.name);
        const inLibrary = isBuiltinUri(AstUtils.getDocument(priority).uri);
        const description = single(priority.description);
        let origin: string | undefined;
        if (inLibrary) {
            origin = `Built-in priority: a workspace \`priority ${priority.name} "…" { … }\` may define it.`;
        } else if (builtin) {
            origin = description ? `Defines the built-in priority ${code(priority.name)}.`
                : `Defines the built-in priority ${code(priority.name)}: ${builtin.description}`;
        }
        return {
            heading: heading('priority', priority.name, priority.title ?? builtin?.title),
            sections: [
                list([['Impact', single(priority.impact)], ['Urgency', single(priority.urgency)], ['Description', description]]),
                origin ?? ''
            ]
        };
    }

    /**
     * On a target or a credit's condition (anywhere but in the card of a name it refers
     * to, which follows): what time adds to it, a business duration's clock time and an
     * availability target's error budget. Nothing where time has nothing to add.
     */
    private targetCard(target: Target | Credit): string | undefined {
        const sections = targetTimeSections(this.calendars, this.index, target);
        if (sections.length === 0) {
            return undefined;
        }
        const kind = isTarget(target) ? 'target' : 'credit condition';
        return [`**${kind}** ${code(describeTarget(target))}`, ...sections].join('\n\n');
    }

    /** The targets that apply to the block's service in its agreement, each marked with where it is stated. */
    private scopeCard(scope: ServiceScope): string {
        const agreement = scope.$container;
        const service = scope.service?.ref;
        const title = `**Targets for ${code(scope.service?.$refText ?? '?')} in ${agreement.$type.toUpperCase()} ${code(agreement.name)}**`;
        if (!service) {
            return title;
        }
        const where = (applying: EffectiveTarget) => applying.inherited
            ? `inherited from ${code(applying.statedIn.name)}${applying.scope ? ' (its block for this service)' : ''}`
            : applying.scope === scope ? 'this block'
                : applying.scope ? 'another block for this service' : 'every service of the agreement';
        const lines = effectiveTargetsFor(agreement, service).map(applying => `- ${describeTarget(applying.target)} — ${where(applying)}`);
        const uncovered = coveredServices(agreement).includes(service) ? undefined
            : `${code(service.name)} is not a service of ${code(agreement.name)}: add it to \`services\` or remove this block.`;
        return [title, lines.length > 0 ? lines.join('\n') : 'No target applies yet.', uncovered].filter(Boolean).join('\n\n');
    }
}

/** `Finance` (Chief Financial Officer, 2026-01-10). */
function approvalText(approval: Approval): string {
    const details = [approval.role, approval.date].filter(Boolean).join(', ');
    return `${code(approval.party?.$refText ?? '?')}${details ? ` (${details})` : ''}`;
}

function heading(kind: string, name: string, title: string | undefined): string {
    return `**${kind} ${code(name)}**${title ? ` — ${title}` : ''}`;
}

function code(text: string): string {
    return `\`${text}\``;
}

function refText(reference: Reference | undefined): string | undefined {
    return reference ? code(reference.$refText) : undefined;
}

/** As written (`4.50 EUR`), not as the parsed number (`4.5`). */
function priceText(price: Price | undefined): string | undefined {
    if (!price) {
        return undefined;
    }
    return `${price.amount} ${price.currency}${price.per.map(unit => ` per ${unit}`).join('')}`;
}

/** A bullet list of the facts that are known; unknown ones are left out rather than shown empty. */
function list(facts: ReadonlyArray<readonly [string, string | undefined]>): string {
    return facts.filter(([, value]) => value !== undefined && value !== '')
        .map(([label, value]) => `- **${label}:** ${value}`)
        .join('\n');
}

/** Endpoints beyond this many are summarised; some outputs of the model go to dozens of activities. */
const MAX_ENDPOINTS = 8;

/**
 * One line per ICOM with where it comes from or goes to: A2 nodes by id and name, nodes
 * of the other PRM-IT categories (which the A2 model only names) by id while few, else counted.
 */
function icomSection(title: string, arrow: string, entries: readonly IcomEntry[], model: A2ReferenceModel): string {
    if (entries.length === 0) {
        return '';
    }
    const lines = entries.map(entry => {
        const ends = mostSpecific(entry.refs);
        const inside = ends.filter(ref => ref === OUTSIDE || model.node(ref) !== undefined);
        const elsewhere = ends.filter(ref => !inside.includes(ref));
        const shown = inside.slice(0, MAX_ENDPOINTS).map(ref => endpointName(ref, model));
        if (inside.length > MAX_ENDPOINTS) {
            shown.push(`${inside.length - MAX_ENDPOINTS} more A2 activities`);
        }
        if (elsewhere.length > 0) {
            shown.push(elsewhere.length <= 3 ? elsewhere.join(', ') : `${elsewhere.length} nodes of other PRM-IT categories`);
        }
        return `- "${entry.name}"${shown.length > 0 ? ` ${arrow} ${shown.join(', ')}` : ''}`;
    });
    return `**${title}**\n${lines.join('\n')}`;
}

function endpointName(ref: string, model: A2ReferenceModel): string {
    if (ref === OUTSIDE) {
        return 'outside the A2 category';
    }
    const node = model.node(ref);
    return node ? `${node.id} ${node.name}` : ref;
}

/**
 * The model writes an endpoint as its path ("A2 A23 A235"); the deepest node of each
 * path is the one meant, the others only locate it.
 */
function mostSpecific(ids: readonly string[]): string[] {
    return ids.filter(id => !ids.some(other => other !== id && other.startsWith(id)));
}
