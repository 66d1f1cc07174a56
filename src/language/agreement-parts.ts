import type { Reference } from 'langium';
import {
    isOla, isSla, isUc,
    type Agreement, type Credit, type CreditCap, type Customer, type Sla, type Supplier, type Unit
} from './generated/ast.js';

/**
 * What an agreement says, asked of any kind of agreement: each kind accepts only its own
 * properties (an OLA has no customers, an SLA supports nothing), so a property another
 * kind cannot have reads as empty here.
 */
export function customersOf(agreement: Agreement): ReadonlyArray<Reference<Customer>> {
    return isSla(agreement) ? agreement.customer : [];
}

export function unitsOf(agreement: Agreement): ReadonlyArray<Reference<Unit>> {
    return isOla(agreement) ? agreement.unit : [];
}

export function suppliersOf(agreement: Agreement): ReadonlyArray<Reference<Supplier>> {
    return isUc(agreement) ? agreement.supplier : [];
}

/** The SLAs an OLA or UC underpins. */
export function supportedSlasOf(agreement: Agreement): ReadonlyArray<Reference<Sla>> {
    return isSla(agreement) ? [] : agreement.supports;
}

export function contractsOf(agreement: Agreement): readonly string[] {
    return isUc(agreement) ? agreement.contract : [];
}

export function creditsOf(agreement: Agreement): readonly Credit[] {
    return isOla(agreement) ? [] : agreement.credits;
}

export function creditCapsOf(agreement: Agreement): readonly CreditCap[] {
    return isOla(agreement) ? [] : agreement.creditCap;
}

export function creditRulesOf(agreement: Agreement): readonly string[] {
    return isOla(agreement) ? [] : agreement.creditRule;
}

export function claimPeriodsOf(agreement: Agreement): readonly string[] {
    return isOla(agreement) ? [] : agreement.claimWithin;
}
