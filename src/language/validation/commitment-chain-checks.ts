import { AstUtils, WorkspaceCache, type LangiumDocument, type LangiumSharedCoreServices, type ValidationAcceptor } from 'langium';
import {
    compositionFormula, effectiveAvailabilityCompositions, formatPercent, isAvailability, parallelPercent, supportingAvailability,
    type ServiceAvailabilityComposition
} from '../commitments/availability-composition.js';
import {
    agreementLineage, agreementWideTargets, coveredServices, effectiveTargetsFor, targetKey, type EffectiveTarget
} from '../commitments/effective-targets.js';
import { commitmentOf, describeTarget } from '../commitments/metric-semantics.js';
import { RedundancyGroups, type Underpinning } from '../commitments/redundancy-groups.js';
import {
    isWorseShortfall, raiseFixData, shortfallBetween, shortfallRange, shortfallRemedy, shortfallTiming, type Shortfall, type UndecidedSink
} from '../commitments/target-strength.js';
import type { Ola, Service, Sla, Target, Uc } from '../generated/ast.js';
import type { DependencyClosures, RelianceTest } from '../service-dependencies.js';
import { memoized } from '../memoized.js';
import type { Calendars } from '../time/calendar-model.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';
import { UndecidedPairs } from './undecided-comparisons.js';

/** An underpinning target held against one SLA promise it falls short of. */
interface UnderpinningGap {
    readonly shortfall: Shortfall;
    readonly sla: Sla;
    readonly promise: EffectiveTarget;
    readonly service?: Service;
    /** Why the agreement's redundancy group does not make up for it, when it has one. */
    readonly group?: string;
}

/**
 * The commitment chain: what an SLA promises must be backed by what its OLAs and UCs
 * promise. Only targets on the same metric and qualifiers are compared, in the metric's
 * direction, in common units, and with the window: a longer window promises less.
 */
export class CommitmentChainChecks {
    /**
     * What each SLA promises per service, and each target's key, worked out once per build:
     * every OLA and UC under an SLA asks the same of it.
     */
    private readonly promises: WorkspaceCache<Sla, (service: Service | undefined) => ReadonlyMap<string, EffectiveTarget[]>>;
    private readonly keys: WorkspaceCache<Target, string>;
    private readonly groups: RedundancyGroups;

    constructor(shared: LangiumSharedCoreServices, private readonly index: SvcdefWorkspaceIndex, private readonly dependencies: DependencyClosures,
        private readonly calendars: Calendars) {
        this.promises = new WorkspaceCache(shared);
        this.keys = new WorkspaceCache(shared);
        this.groups = new RedundancyGroups(shared, index);
    }

    private keyOf(target: Target): string {
        return this.keys.get(target, () => targetKey(target));
    }

    /**
     * Each target of the OLA or UC is held against what every supported SLA promises for
     * each of its services the target is about: a target for service U (or of an agreement
     * covering U) against each SLA service that is U or relies on U; a target of an
     * agreement naming no services against every SLA service. SLA targets are the
     * effective ones (per service, inherited). One report per target: its worst gap.
     *
     * Members of a redundancy group stand in for each other: a gap is no gap when another
     * member meets the promise, and for availability, when the group in parallel meets it.
     */
    checkUnderpinningTargets(agreement: Ola | Uc, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(agreement);
        const gaps = new Map<Target, UnderpinningGap>();
        const note = (gap: UnderpinningGap) => {
            const known = gaps.get(gap.shortfall.weaker.target);
            if (!known || isWorseShortfall(gap.shortfall, known.shortfall, this.calendars)) {
                gaps.set(gap.shortfall.weaker.target, gap);
            }
        };
        const ownServices = coveredServices(agreement);
        const reliesOn = this.dependencies.relianceFor(document);
        const keyOf = (target: Target) => this.keyOf(target);
        const commitment = memoized(commitmentOf);
        // One comparison for the agreement's own targets and for those of its redundancy partners
        // (RedundantPartners.judge): a partner's target meets a promise exactly when it would hold up on its own.
        const shortfallAgainst = (target: Target, promised: Target, undecided?: UndecidedSink) =>
            shortfallBetween(commitment(target), commitment(promised), this.calendars, undecided);
        // Business time that no calendar turns into clock time: an info per pair, for the agreement's own targets only.
        const undecided = new UndecidedPairs();
        for (const supported of agreement.supports) {
            const sla = supported.ref;
            if (!sla) {
                continue;
            }
            agreementLineage(sla).slice(1).forEach(parent => this.index.readsElement(parent, document));
            const slaServices = coveredServices(sla);
            const promisesFor = this.promises.get(sla, () => promisesOf(sla, keyOf));
            // Asked only once a target falls short: a group never adds a gap, it only excuses one.
            let group: RedundantPartners | false | undefined;
            for (const { target, services } of underpinningTargets(agreement, ownServices, slaServices, reliesOn)) {
                const key = keyOf(target);
                for (const service of services) {
                    for (const promise of promisesFor(service).get(key) ?? []) {
                        const shortfall = shortfallAgainst(target, promise.target, undecided.note);
                        if (!shortfall) {
                            continue;
                        }
                        group ??= this.partnersUnder(sla, agreement, document, reliesOn);
                        const left = group ? group.judge(shortfall, promise, service, key, keyOf, shortfallAgainst) : { shortfall };
                        if (left) {
                            note({ ...left, sla, promise, service });
                        }
                    }
                }
            }
        }
        const kind = agreement.$type === 'Ola' ? 'OLA' : 'UC';
        for (const { shortfall, sla, promise, service, group } of gaps.values()) {
            const where = promise.scope && service ? ` for service '${service.name}'` : '';
            const inherited = promise.inherited ? ` (inherited from SLA '${promise.statedIn.name}')` : '';
            report(accept, 'weaker-underpinning-target',
                `${kind} '${agreement.name}' commits ${describeTarget(shortfall.weaker.target)}, weaker than ${describeTarget(promise.target)} `
                + `that SLA '${sla.name}' promises${where}${inherited}, which it supports.`
                + `${shortfallTiming(shortfall, `the ${kind}`, 'the SLA')}${group ? ` ${group}` : ''} `
                + `${shortfallRemedy(shortfall)}, or stop supporting '${sla.name}'.`,
                {
                    ...shortfallRange(shortfall),
                    extra: { ...raiseFixData(shortfall), sla: sla.name, ...(where ? { service: service!.name } : {}) }
                });
        }
        undecided.report(accept);
    }

    /** The other members of the agreement's redundancy group under the SLA, or undefined when it stands alone there. */
    private partnersUnder(sla: Sla, agreement: Underpinning, document: LangiumDocument, reliesOn: RelianceTest): RedundantPartners | false {
        const group = this.groups.under(sla, document).groupOf(agreement);
        if (!group) {
            return false;
        }
        const slaServices = coveredServices(sla);
        const partners = group.filter(member => member !== agreement);
        this.index.readsElements(partners, document);
        return new RedundantPartners(partners, slaServices, reliesOn);
    }

    checkAvailabilityComposition(sla: Sla, accept: ValidationAcceptor): void {
        const document: LangiumDocument = AstUtils.getDocument(sla);
        if (this.index.supportersOf(sla, document).length < 2) {
            return; // one supporter alone falls short as a weaker-underpinning-target
        }
        agreementLineage(sla).slice(1).forEach(parent => this.index.readsElement(parent, document));
        // One report per promise: the service whose supporting agreements reach least.
        const worst = new Map<Target, ServiceAvailabilityComposition>();
        for (const composition of effectiveAvailabilityCompositions(sla, this.index, this.dependencies.relianceFor(document), document)) {
            const known = worst.get(composition.promised.target);
            // A single part (one agreement or one group) falling short is its members' weaker-underpinning-target.
            if (composition.parts.length >= 2 && composition.compositePercent < composition.promised.measure.magnitude
                && (!known || composition.compositePercent < known.compositePercent)) {
                worst.set(composition.promised.target, composition);
            }
        }
        for (const composition of worst.values()) {
            const promised = composition.promised;
            const parts = compositionFormula(composition);
            const forService = composition.service && coveredServices(sla).length > 1 ? ` for service '${composition.service.name}'` : '';
            const inherited = composition.inherited ? ` (inherited from SLA '${composition.statedIn.name}')` : '';
            const message = `SLA '${sla.name}' promises ${describeTarget(promised.target)}${forService}${inherited}, but its supporting agreements reach only `
                + `${formatPercent(composition.compositePercent)} together (${parts}). Raise the supporting availability targets or lower this promise.`;
            const extra = { composite: Number(composition.compositePercent.toFixed(6)) };
            if (composition.inherited && sla.parent.length > 0) {
                report(accept, 'unreachable-availability', message, { node: sla, property: 'parent', index: 0, extra });
            } else {
                report(accept, 'unreachable-availability', message, { node: promised.target, property: 'value', extra });
            }
        }
    }
}

/** A shortfall that stands after the redundancy group was heard, with what the group reached. */
interface StandingShortfall {
    readonly shortfall: Shortfall;
    readonly group?: string;
}

/**
 * The members of an agreement's redundancy group under one SLA, other than the agreement:
 * they stand in for it, so what the SLA promises may be met by the group rather than by each.
 */
class RedundantPartners {
    private readonly targets = new Map<Underpinning, ReturnType<typeof underpinningTargets>>();

    constructor(private readonly partners: readonly Underpinning[],
        private readonly slaServices: readonly Service[], private readonly reliesOn: RelianceTest) {}

    /**
     * What is left of a shortfall of the agreement against an SLA promise (for `service`)
     * once its group is counted: availability composes in parallel, 1 − Π(1 − aᵢ), so the
     * value is no gap when the group reaches the promise (a too long window still is); any
     * other promise is met when one partner meets it.
     */
    judge(shortfall: Shortfall, promise: EffectiveTarget, service: Service | undefined, key: string, keyOf: (target: Target) => string,
        shortfallAgainst: (target: Target, promised: Target, undecided?: UndecidedSink) => Shortfall | undefined): StandingShortfall | undefined {
        const promised = shortfall.stronger;
        const names = this.partners.map(partner => `${partner.$type.toUpperCase()} '${partner.name}'`).join(', ');
        if (isAvailability(promised)) {
            const together = parallelPercent([shortfall.weaker.measure.magnitude, ...this.partners.map(partner =>
                supportingAvailability(partner, service, promised.qualifier, this.reliesOn)?.measure.magnitude ?? 0)]);
            const met = promised.strict ? together > promised.measure.magnitude : together >= promised.measure.magnitude;
            if (met) {
                return shortfall.window ? { shortfall: { ...shortfall, value: false } } : undefined;
            }
            return { shortfall, group: `Together with ${names}, which it is redundant with, it reaches only ${formatPercent(together)}.` };
        }
        for (const partner of this.partners) {
            for (const { target, services } of this.targetsOf(partner)) {
                // A partner whose business time no calendar can compare does not stand in for it.
                let undecided = false;
                if (services.includes(service) && keyOf(target) === key && !shortfallAgainst(target, promise.target, () => undecided = true)
                    && !undecided) {
                    return undefined;
                }
            }
        }
        return { shortfall, group: `No agreement it is redundant with meets it either (${names}).` };
    }

    private targetsOf(partner: Underpinning): ReturnType<typeof underpinningTargets> {
        let targets = this.targets.get(partner);
        if (!targets) {
            targets = underpinningTargets(partner, coveredServices(partner), this.slaServices, this.reliesOn);
            this.targets.set(partner, targets);
        }
        return targets;
    }
}

/**
 * The targets of an OLA or UC with the SLA services each is held against: those of an
 * agreement naming no services against every SLA service (or the SLA as a whole when it
 * names none); otherwise, for each service U it covers, the targets that apply to U
 * against the SLA services that rely on U.
 */
function underpinningTargets(agreement: Ola | Uc, ownServices: readonly Service[], slaServices: readonly Service[],
    reliesOn: RelianceTest): Array<{ target: Target; services: ReadonlyArray<Service | undefined> }> {
    if (ownServices.length === 0) {
        const services = slaServices.length > 0 ? slaServices : [undefined];
        return agreement.targets.map(target => ({ target, services }));
    }
    if (agreement.scopes.length === 0) {
        // Every covered service has the same targets: hold them against every SLA service relying on any.
        const served = slaServices.filter(service => ownServices.some(own => reliesOn(service, own)));
        return served.length === 0 ? [] : agreement.targets.map(target => ({ target, services: served }));
    }
    return ownServices.flatMap(own => {
        const served = slaServices.filter(service => reliesOn(service, own));
        return served.length === 0 ? [] : effectiveTargetsFor(agreement, own).map(({ target }) => ({ target, services: served }));
    });
}

/**
 * The SLA's effective targets for one of its services (or its agreement-wide ones when it
 * names none), by target key; worked out once per service.
 */
function promisesOf(sla: Sla, keyOf: (target: Target) => string): (service: Service | undefined) => ReadonlyMap<string, EffectiveTarget[]> {
    const cache = new Map<Service | undefined, Map<string, EffectiveTarget[]>>();
    return service => {
        let promises = cache.get(service);
        if (!promises) {
            promises = new Map();
            for (const effective of service ? effectiveTargetsFor(sla, service) : agreementWideTargets(sla)) {
                const key = keyOf(effective.target);
                const list = promises.get(key);
                if (list) {
                    list.push(effective);
                } else {
                    promises.set(key, [effective]);
                }
            }
            cache.set(service, promises);
        }
        return promises;
    };
}

