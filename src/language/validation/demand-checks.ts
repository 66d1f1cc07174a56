import { AstUtils, type ValidationAcceptor } from 'langium';
import type { Forecast, Pattern } from '../generated/ast.js';
import { formatNumber } from '../literals.js';
import { single } from '../single-valued-properties.js';
import { elementKey, type SvcdefWorkspaceIndex } from '../workspace/svcdef-workspace-index.js';
import { report } from './diagnostic-codes.js';

/** Demand (A25) must be matched by what is packaged and agreed. */
export class DemandChecks {
    constructor(private readonly index: SvcdefWorkspaceIndex) {}

    /** Forecast demand is compared with the total capacity of the packages bundling the service, in the same unit. */
    checkForecastCapacity(forecast: Forecast, accept: ValidationAcceptor): void {
        const service = forecast.service?.ref;
        if (!service) {
            return;
        }
        const packages = this.index.packagesFor(elementKey(service), AstUtils.getDocument(forecast));
        const capacities = packages.flatMap(pkg => {
            const capacity = single(pkg.capacity);
            return capacity === undefined ? [] : [{ name: pkg.name, capacity, unit: single(pkg.capacityUnit) }];
        });
        for (const period of forecast.periods) {
            const comparable = capacities.filter(pkg => pkg.unit === undefined || period.unit === undefined || pkg.unit === period.unit);
            if (comparable.length === 0) {
                continue;
            }
            const capacity = comparable.reduce((sum, pkg) => sum + pkg.capacity, 0);
            if (period.demand > capacity) {
                const unit = period.unit ? ` ${period.unit}` : '';
                const names = comparable.map(pkg => `'${pkg.name}' (${formatNumber(pkg.capacity)})`).join(', ');
                report(accept, 'forecast-exceeds-capacity',
                    `Forecast demand of ${formatNumber(period.demand)}${unit} for '${service.name}' in ${period.period} exceeds the ${formatNumber(capacity)}${unit} its packages provide (${names}). `
                    + 'Raise the package capacity or plan the extra demand.',
                    { node: period, property: 'demand' });
            }
        }
    }

    checkPatternCoverage(pattern: Pattern, accept: ValidationAcceptor): void {
        const customer = single(pattern.customer)?.ref;
        if (!customer) {
            return;
        }
        const document = AstUtils.getDocument(pattern);
        pattern.drives.forEach((reference, index) => {
            const service = reference.ref;
            if (!service) {
                return;
            }
            const covering = this.index.slasCovering(elementKey(service), document);
            // An SLA serves every customer it names (`customers A, B`), not only the first.
            if (!covering.some(sla => sla.customer.some(reference => reference.ref === customer))) {
                report(accept, 'uncovered-demand',
                    `Pattern '${pattern.name}' drives '${service.name}' for customer '${customer.name}', but no SLA of '${customer.name}' covers '${service.name}'. `
                    + `Add '${service.name}' to one of their SLAs or agree a new one.`,
                    { node: pattern, property: 'drives', index });
            }
        });
    }
}
