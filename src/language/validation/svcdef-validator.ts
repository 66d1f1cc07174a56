import type { ValidationChecks } from 'langium';
import type { SvcdefAstType } from '../generated/ast.js';
import type { SvcdefServices } from '../svcdef-module.js';
import { CommitmentChainChecks } from './commitment-chain-checks.js';
import { DemandChecks } from './demand-checks.js';
import { LifecycleChecks } from './lifecycle-checks.js';
import { LinkChecks } from './link-checks.js';
import { ReferenceModelChecks } from './reference-model-checks.js';
import { SimpleNameChecks } from './simple-name-checks.js';
import { ValueChecks } from './value-checks.js';

/** The one place where every check is registered against the node types it inspects. */
export function registerValidationChecks(services: SvcdefServices): void {
    const registry = services.validation.ValidationRegistry;
    const index = services.workspace.WorkspaceIndex;
    const links = new LinkChecks(index);
    const referenceModel = new ReferenceModelChecks(services.a2.Model, index);
    const chain = new CommitmentChainChecks(index);
    const lifecycle = new LifecycleChecks(services.settings);
    const values = new ValueChecks();
    const demand = new DemandChecks(index);
    const names = new SimpleNameChecks();

    // Cross-document answers are recorded per asking document; forget the last run's first.
    registry.registerBeforeDocument((root) => {
        index.resetConsumption(root.$document?.uri.toString() ?? '');
    });

    const checks: ValidationChecks<SvcdefAstType> = {
        Model: [links.checkAmbiguousReferences.bind(links), names.checkNamespace.bind(names)],
        Element: [links.checkUniqueName.bind(links), links.checkDuplicateProperties.bind(links), names.checkDeclaredName.bind(names)],
        Agreement: [links.checkMissingParty.bind(links), lifecycle.checkValidity.bind(lifecycle)],
        Sla: [lifecycle.checkCoveredServices.bind(lifecycle), chain.checkAvailabilityComposition.bind(chain)],
        Ola: chain.checkUnderpinningTargets.bind(chain),
        Uc: chain.checkUnderpinningTargets.bind(chain),
        Service: links.checkUniqueOfferings.bind(links),
        Offering: [links.checkDuplicateProperties.bind(links), names.checkDeclaredName.bind(names)],
        A2Node: links.checkReservedDeclaration.bind(links),
        WorkProduct: links.checkReservedDeclaration.bind(links),
        Binding: referenceModel.checkConsumes.bind(referenceModel),
        Produces: referenceModel.checkProduces.bind(referenceModel),
        PercentValue: values.checkPercent.bind(values),
        Target: [values.checkTarget.bind(values), names.checkSingleWords.bind(names), links.checkDuplicateProperties.bind(links)],
        Credit: [values.checkCredit.bind(values), names.checkSingleWords.bind(names), links.checkDuplicateProperties.bind(links)],
        EscalationLevel: links.checkDuplicateProperties.bind(links),
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
