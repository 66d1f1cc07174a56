import type { ValidationChecks } from 'langium';
import type { SvcdefAstType } from '../generated/ast.js';
import type { SvcdefServices } from '../svcdef-module.js';
import { AgreementInheritanceChecks } from './agreement-inheritance-checks.js';
import { AgreementScopeChecks } from './agreement-scope-checks.js';
import { CalendarChecks } from './calendar-checks.js';
import { CommitmentChainChecks } from './commitment-chain-checks.js';
import { CreditChecks } from './credit-checks.js';
import { DemandChecks } from './demand-checks.js';
import { HolidayFileChecks } from './holiday-file-checks.js';
import { HoursCoverageChecks } from './hours-coverage-checks.js';
import { LifecycleChecks } from './lifecycle-checks.js';
import { LinkChecks } from './link-checks.js';
import { RedundancyChecks } from './redundancy-checks.js';
import { ReferenceModelChecks } from './reference-model-checks.js';
import { RetirementChecks } from './retirement-checks.js';
import { ServiceDependencyChecks } from './service-dependency-checks.js';
import { SimpleNameChecks } from './simple-name-checks.js';
import { ValueChecks } from './value-checks.js';

/** The one place where every check is registered against the node types it inspects. */
export function registerValidationChecks(services: SvcdefServices): void {
    const registry = services.validation.ValidationRegistry;
    const index = services.workspace.WorkspaceIndex;
    const links = new LinkChecks(index);
    const referenceModel = new ReferenceModelChecks(services.a2.Model, index);
    const closures = services.workspace.DependencyClosures;
    const chain = new CommitmentChainChecks(services.shared, index, closures, services.time.Calendars);
    const lifecycle = new LifecycleChecks(services.settings, index);
    const dependencies = new ServiceDependencyChecks(services.shared, index, closures);
    const retirement = new RetirementChecks(index);
    const scope = new AgreementScopeChecks(closures);
    const inheritance = new AgreementInheritanceChecks(index, services.time.Calendars);
    const credits = new CreditChecks(index);
    const values = new ValueChecks();
    const demand = new DemandChecks(index);
    const names = new SimpleNameChecks();
    const redundancy = new RedundancyChecks();
    const holidayFiles = new HolidayFileChecks(services.time.HolidayFiles);
    const calendars = new CalendarChecks();
    const hours = new HoursCoverageChecks(services.time.Calendars, index);

    // Cross-document answers are recorded per asking document; forget the last run's first.
    registry.registerBeforeDocument((root) => {
        index.resetConsumption(root.$document?.uri.toString() ?? '');
    });

    const checks: ValidationChecks<SvcdefAstType> = {
        Model: [links.checkAmbiguousReferences.bind(links), names.checkNamespace.bind(names)],
        Element: [links.checkUniqueName.bind(links), links.checkDuplicateProperties.bind(links), names.checkDeclaredName.bind(names)],
        Agreement: [links.checkMissingParty.bind(links), lifecycle.checkValidity.bind(lifecycle), lifecycle.checkHasTargets.bind(lifecycle)],
        Sla: [
            lifecycle.checkCoveredServices.bind(lifecycle), chain.checkAvailabilityComposition.bind(chain),
            inheritance.checkPartOfCycle.bind(inheritance), inheritance.checkParentTargets.bind(inheritance),
            inheritance.checkOfferingTargets.bind(inheritance), hours.checkSlaHours.bind(hours)
        ],
        Ola: [
            chain.checkUnderpinningTargets.bind(chain), scope.checkUnderpinningScope.bind(scope),
            lifecycle.checkUnderpinningValidity.bind(lifecycle), hours.checkUnderpinningHours.bind(hours)
        ],
        Uc: [
            chain.checkUnderpinningTargets.bind(chain), scope.checkUnderpinningScope.bind(scope),
            lifecycle.checkUnderpinningValidity.bind(lifecycle), hours.checkUnderpinningHours.bind(hours)
        ],
        ServiceScope: scope.checkScopedService.bind(scope),
        Redundancy: redundancy.checkRedundancy.bind(redundancy),
        Service: [
            links.checkUniqueOfferings.bind(links), dependencies.checkDependencyCycle.bind(dependencies),
            dependencies.checkDependencyStatus.bind(dependencies), hours.checkServiceHours.bind(hours),
            retirement.checkRetirement.bind(retirement)
        ],
        Offering: [links.checkDuplicateProperties.bind(links), names.checkDeclaredName.bind(names)],
        A2Node: links.checkReservedDeclaration.bind(links),
        WorkProduct: links.checkReservedDeclaration.bind(links),
        Binding: referenceModel.checkConsumes.bind(referenceModel),
        Produces: referenceModel.checkProduces.bind(referenceModel),
        PercentValue: values.checkPercent.bind(values),
        Target: [values.checkTarget.bind(values), names.checkSingleWords.bind(names), links.checkDuplicateProperties.bind(links)],
        Credit: [
            values.checkCredit.bind(values), names.checkSingleWords.bind(names), links.checkDuplicateProperties.bind(links),
            credits.checkCreditTarget.bind(credits)
        ],
        EscalationLevel: links.checkDuplicateProperties.bind(links),
        HolidayFile: holidayFiles.checkReadable.bind(holidayFiles),
        Calendar: calendars.checkCalendar.bind(calendars),
        WeeklyHours: calendars.checkWeeklyHours.bind(calendars),
        Maintenance: calendars.checkMaintenance.bind(calendars),
        Holiday: calendars.checkHoliday.bind(calendars),
        Forecast: demand.checkForecastCapacity.bind(demand),
        Pattern: demand.checkPatternCoverage.bind(demand),
        Price: names.checkSingleWords.bind(names),
        Money: names.checkSingleWords.bind(names),
        ForecastPeriod: names.checkSingleWords.bind(names),
        ServicePackage: names.checkSingleWords.bind(names),
        InternalEntry: names.checkSingleWords.bind(names)
    };
    registry.register(checks);
}
