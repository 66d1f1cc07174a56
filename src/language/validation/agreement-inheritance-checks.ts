import { AstUtils, type ValidationAcceptor } from 'langium';
import {
    agreementLineage, agreementWideTargets, coveredServices, effectiveTargetsFor, targetKey, type EffectiveTarget
} from '../commitments/effective-targets.js';
import { describeTarget } from '../commitments/metric-semantics.js';
import {
    isWorseShortfall, raiseFixData, shortfallOf, shortfallRange, shortfallRemedy, shortfallTiming, type Shortfall
} from '../commitments/target-strength.js';
import type { Service, Sla, Target } from '../generated/ast.js';
import { single } from '../single-valued-properties.js';
import type { Calendars } from '../time/calendar-model.js';
import { compareSourceOrder } from '../source-order.js';
import type { SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';
import { UndecidedPairs } from './undecided-comparisons.js';

/** A child's target against the parent's target it loosens. */
interface Loosening {
    readonly shortfall: Shortfall;
    readonly parentTarget: EffectiveTarget;
    readonly service?: Service;
}

/**
 * What an SLA takes from above: the agreement it is `part of` (whose targets it may
 * tighten but never loosen) and the offerings it sells (whose published service levels it
 * must reach).
 */
export class AgreementInheritanceChecks {
    constructor(private readonly index: SvcdefWorkspaceIndex, private readonly calendars: Calendars) {}

    /**
     * Each target the child states is held against the parent's effective target with the
     * same metric and qualifiers: agreement-wide against agreement-wide, and for each
     * service of the child, what the child applies to it against what the parent applies
     * to it (so a parent's agreement-wide target binds the child's `for service` blocks).
     */
    checkParentTargets(sla: Sla, accept: ValidationAcceptor): void {
        const parent = single(sla.parent)?.ref;
        if (!parent || parent === sla || agreementLineage(parent).includes(sla)) {
            return; // no parent, or a `part of` cycle (reported by checkPartOfCycle)
        }
        const document = AstUtils.getDocument(sla);
        agreementLineage(parent).slice(1).forEach(ancestor => this.index.readsElement(ancestor, document));
        const found = new Map<Target, Loosening>();
        const undecided = new UndecidedPairs();
        const compare = (own: readonly Target[], inherited: readonly EffectiveTarget[], service?: Service) => {
            for (const target of own) {
                const key = targetKey(target);
                for (const parentTarget of inherited) {
                    const shortfall = targetKey(parentTarget.target) === key
                        ? shortfallOf(target, parentTarget.target, this.calendars, undecided.note) : undefined;
                    const known = found.get(target);
                    if (shortfall && (!known || isWorseShortfall(shortfall, known.shortfall, this.calendars))) {
                        found.set(target, { shortfall, parentTarget, service });
                    }
                }
            }
        };
        compare(sla.targets, agreementWideTargets(parent));
        const services = new Set<Service>(coveredServices(sla));
        sla.scopes.forEach(scope => scope.service?.ref && services.add(scope.service.ref));
        for (const service of services) {
            const blockTargets = sla.scopes.filter(scope => scope.service?.ref === service).flatMap(scope => scope.targets);
            const blockKeys = new Set(blockTargets.map(targetKey));
            const applying = [...blockTargets, ...sla.targets.filter(target => !blockKeys.has(targetKey(target)))];
            compare(applying, effectiveTargetsFor(parent, service), service);
        }
        for (const { shortfall, parentTarget, service } of found.values()) {
            const where = parentTarget.scope && service ? ` for service '${service.name}'` : '';
            const own = shortfall.weaker.target.$container.$type === 'ServiceScope' || !service ? '' : ` (for service '${service.name}')`;
            report(accept, 'weaker-than-parent',
                `SLA '${sla.name}' promises ${describeTarget(shortfall.weaker.target)}${own}, looser than ${describeTarget(parentTarget.target)} `
                + `that SLA '${parentTarget.statedIn.name}'${parentTarget.statedIn === parent ? '' : ` (through '${parent.name}')`} promises${where}, and it is part of that agreement.`
                + `${shortfallTiming(shortfall, 'this SLA', 'the parent')} ${shortfallRemedy(shortfall)}, or leave the target out so that the parent's applies.`,
                {
                    ...shortfallRange(shortfall),
                    extra: { parent: parentTarget.statedIn.name, ...raiseFixData(shortfall) }
                });
        }
        undecided.report(accept);
    }

    /** A `part of` chain that comes back round, once per cycle, on its first SLA in source order. */
    checkPartOfCycle(sla: Sla, accept: ValidationAcceptor): void {
        const members: Sla[] = [sla];
        for (let parent = single(sla.parent)?.ref; parent !== sla; parent = single(parent.parent)?.ref) {
            if (!parent || members.includes(parent)) {
                return; // the chain ends, or runs into a cycle this SLA is not part of
            }
            members.push(parent);
        }
        const [first] = [...members].sort(compareSourceOrder);
        if (first !== sla) {
            return;
        }
        const document = AstUtils.getDocument(sla);
        members.forEach(member => this.index.readsElement(member, document));
        const message = members.length === 1
            ? `SLA '${sla.name}' is part of itself. Remove 'part of ${sla.parent[0].$refText}', or name the agreement it belongs under.`
            : `SLA '${sla.name}' is part of itself through ${[...members.slice(1), sla].map(member => `'${member.name}'`).join(' → ')}. `
                + "Remove the 'part of' of one of them: an agreement cannot be its own parent.";
        report(accept, 'dependency-cycle', message,
            { node: sla, property: 'parent', index: 0, extra: { cycle: [...members, sla].map(member => member.name) } });
    }

    /**
     * An SLA selling an offering must promise at least the service levels the offering
     * publishes, on each metric and qualifiers both state (the SLA's own, per-service and
     * inherited targets for the offering's service).
     */
    checkOfferingTargets(sla: Sla, accept: ValidationAcceptor): void {
        if (sla.offerings.length === 0) {
            return;
        }
        const document = AstUtils.getDocument(sla);
        agreementLineage(sla).slice(1).forEach(ancestor => this.index.readsElement(ancestor, document));
        const reported = new Set<Target>();
        const undecided = new UndecidedPairs();
        sla.offerings.forEach((reference, index) => {
            const offering = reference.ref;
            if (!offering || offering.targets.length === 0) {
                return;
            }
            const service = offering.$container;
            const applying = effectiveTargetsFor(sla, service);
            for (const published of offering.targets) {
                const key = targetKey(published);
                for (const effective of applying) {
                    const shortfall = targetKey(effective.target) === key
                        ? shortfallOf(effective.target, published, this.calendars, effective.inherited ? undefined : undecided.note) : undefined;
                    if (!shortfall || reported.has(effective.target)) {
                        continue;
                    }
                    reported.add(effective.target);
                    const inherited = effective.inherited ? ` (inherited from SLA '${effective.statedIn.name}')` : '';
                    const message = `SLA '${sla.name}' promises ${describeTarget(effective.target)} for '${service.name}'${inherited}, less than `
                        + `${describeTarget(published)} that offering '${reference.$refText}' publishes, which it sells.`
                        + `${shortfallTiming(shortfall, 'the SLA', 'the offering')} ${shortfallRemedy(shortfall)}, or sell a lower tier.`;
                    if (effective.inherited) {
                        // Marked on the offering sold: the target to raise is in another SLA.
                        report(accept, 'below-offering-target', message, { node: sla, property: 'offerings', index, extra: { offering: reference.$refText } });
                    } else {
                        report(accept, 'below-offering-target', message, { ...shortfallRange(shortfall), extra: { offering: reference.$refText, ...raiseFixData(shortfall) } });
                    }
                }
            }
        });
        undecided.report(accept);
    }
}
