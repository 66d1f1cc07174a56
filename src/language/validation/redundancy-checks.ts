import type { ValidationAcceptor } from 'langium';
import type { Redundancy, Sla } from '../generated/ast.js';
import { redundantPartnersOf, type Underpinning } from '../commitments/redundancy-groups.js';
import { report } from './diagnostic-codes.js';

/**
 * `redundant with` makes agreements stand in for each other along the commitment chain,
 * so the link must hold from both sides: every member names the others, and all support
 * the same SLAs (`supports A, B redundant with X` makes one group for both A and B).
 * Each clause is judged on its own and reported once, at its first offending member, with
 * every problem it has.
 */
export class RedundancyChecks {
    checkRedundancy(clause: Redundancy, accept: ValidationAcceptor): void {
        const agreement = clause.$container;
        const problems: string[] = [];
        // The clause is marked from its first offending member; the message names every problem.
        let first: number | undefined;
        let ownSlas: Sla[] | undefined;
        clause.members.forEach((reference, index) => {
            const member = reference.ref;
            if (!member) {
                return; // unresolved-reference says so
            }
            const found = member === agreement
                ? [`${describe(agreement)} names itself in \`redundant with\`: remove '${member.name}' from the clause.`]
                : mismatchesWith(agreement, member, ownSlas ??= supportedSlas(agreement));
            if (found.length > 0) {
                problems.push(...found);
                first ??= index;
            }
        });
        if (first !== undefined) {
            report(accept, 'redundancy-mismatch', problems.join(' '), { node: clause, property: 'members', index: first });
        }
    }
}

/** What stops `member` from standing in for `agreement`, one sentence with its remedy per problem. */
function mismatchesWith(agreement: Underpinning, member: Underpinning, ownSlas: readonly Sla[]): string[] {
    const problems: string[] = [];
    const pair = `${describe(agreement)} is redundant with ${describe(member)}`;
    if (!redundantPartnersOf(member).includes(agreement)) {
        problems.push(`${pair}, but '${member.name}' does not name '${agreement.name}' back: redundancy is mutual, so write `
            + `\`redundant with ${agreement.name}\` in '${member.name}', or remove '${member.name}' from this clause.`);
    }
    const memberSlas = supportedSlas(member);
    if (!sameSlas(ownSlas, memberSlas)) {
        const wanted = ownSlas.length > 0 ? `\`supports ${ownSlas.map(sla => sla.name).join(', ')}\`` : 'no `supports`';
        problems.push(`${pair}, but '${member.name}' supports ${listSlas(memberSlas)} and '${agreement.name}' supports ${listSlas(ownSlas)}: `
            + `members of a redundancy group stand in for each other and must support the same SLAs, so write ${wanted} in '${member.name}' `
            + `(or let '${agreement.name}' support what '${member.name}' does).`);
    }
    return problems;
}

/** The SLAs the agreement supports, as they resolve, each once. */
function supportedSlas(agreement: Underpinning): Sla[] {
    const slas = new Set<Sla>();
    for (const reference of agreement.supports) {
        if (reference.ref) {
            slas.add(reference.ref);
        }
    }
    return [...slas];
}

function sameSlas(a: readonly Sla[], b: readonly Sla[]): boolean {
    if (a.length !== b.length) {
        return false;
    }
    const known = new Set(a);
    return b.every(sla => known.has(sla));
}

function listSlas(slas: readonly Sla[]): string {
    return slas.length === 0 ? 'no SLA' : slas.map(sla => `'${sla.name}'`).join(', ');
}

function describe(agreement: Underpinning): string {
    return `${agreement.$type.toUpperCase()} '${agreement.name}'`;
}
