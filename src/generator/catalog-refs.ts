/**
 * How the catalog names what a reference points to: the qualified name and title of the
 * element it resolved to, or the text written when it did not resolve. An offering is
 * named through its service (`acme.EHR.Gold`), as `offerings` references write it.
 */
import type { AstNode, Reference } from 'langium';
import {
    isBinding, isCalendar, isCustomer, isForecast, isMetric, isOffering, isOla, isPattern, isPriority, isProvider, isService,
    isServicePackage, isSla, isSupplier, isUc, isUnit, type Offering
} from '../language/generated/ast.js';
import { qualifiedName } from '../language/qualified-names.js';
import type { EntityRef, OfferingRef } from './catalog-model.js';

export function nameOf(element: AstNode & { name?: string }): string {
    if (isOffering(element)) {
        const service = element.$container;
        return `${nameOf(service)}.${element.name}`;
    }
    return qualifiedName(element) ?? '';
}

export function refName(ref: Reference<AstNode & { name?: string }>): string {
    const target = ref.ref;
    return target ? nameOf(target) : ref.$refText;
}

export function entityRef(ref: Reference<AstNode & { name?: string; title?: string }> | undefined): EntityRef | undefined {
    if (!ref) {
        return undefined;
    }
    const target = ref.ref;
    if (!target) {
        return { name: ref.$refText, resolved: false };
    }
    return { name: nameOf(target), title: target.title, kind: kindOf(target), resolved: true };
}

/** An offering an SLA sells, with the service it belongs to (views hide the offerings of hidden services). */
export function offeringRef(ref: Reference<Offering>): OfferingRef {
    const offering = ref.ref;
    const base = entityRef(ref)!;
    return offering ? { ...base, service: nameOf(offering.$container) } : base;
}

function kindOf(node: AstNode): string {
    if (isService(node)) return 'service';
    if (isOffering(node)) return 'offering';
    if (isSla(node)) return 'sla';
    if (isOla(node)) return 'ola';
    if (isUc(node)) return 'uc';
    if (isProvider(node)) return 'provider';
    if (isCustomer(node)) return 'customer';
    if (isUnit(node)) return 'unit';
    if (isSupplier(node)) return 'supplier';
    if (isPattern(node)) return 'pattern';
    if (isForecast(node)) return 'forecast';
    if (isServicePackage(node)) return 'package';
    if (isCalendar(node)) return 'calendar';
    if (isMetric(node)) return 'metric';
    if (isPriority(node)) return 'priority';
    if (isBinding(node)) return 'binding';
    return node.$type.toLowerCase();
}
