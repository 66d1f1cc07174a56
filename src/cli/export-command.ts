/**
 * `svcdef export openslo|backstage`: hand the workspace's services and SLAs to other
 * tools in their own formats, written atomically to --out like every generated output.
 */
import type { Command } from 'commander';
import { backstageExport } from '../generator/backstage-export.js';
import { openSloExport } from '../generator/openslo-export.js';
import type { CliContext } from './cli-context.js';
import { publish, withPublishOptions, type PublishOptions } from './generate-command.js';
import { visibleControls } from './visible-controls.js';

export const OPENSLO_FILE = 'openslo.yaml';
export const BACKSTAGE_FILE = 'catalog-info.yaml';

export function registerExportCommands(program: Command, context: CliContext): void {
    const exportCommand = program.command('export')
        .description('Export services and SLAs to other tools: OpenSLO, Backstage.')
        .addHelpText('after', [
            '',
            'Examples:',
            '  svcdef export openslo --workspace services --out slo',
            '  svcdef export backstage --workspace services --out backstage'
        ].join('\n'));

    withPublishOptions(exportCommand.command('openslo'))
        .description(`Write ${OPENSLO_FILE}: an OpenSLO v1 Service per service and an SLO per SLA target OpenSLO can state.`)
        .addHelpText('after', [
            '',
            'Availability-style percent targets become ratio objectives, percentile targets',
            '(`latency <= 300ms at p95`) threshold objectives, each over the target\'s `per` window.',
            'Per-incident targets (`for P1`), business durations and targets measured over hours that',
            'are not round the clock have no OpenSLO form; they are listed on stderr and at the top of',
            'the file. Time windows run in the time zone of the hours a target is measured over.',
            'Metric sources have type svcdef: bind them to your monitoring.',
            '',
            'Example:',
            '  svcdef export openslo --workspace services --out slo'
        ].join('\n'))
        .action(async (options: PublishOptions) => {
            context.exitCode = await publish(context, options, loaded => {
                const result = openSloExport(loaded.catalog);
                for (const item of result.skipped) {
                    context.io.stderr.write(`svcdef: not exported to OpenSLO: ${visibleControls(`${item.sla}: ${item.target} (${item.reason})`)}.\n`);
                }
                return {
                    files: [{ path: OPENSLO_FILE, content: result.yaml }],
                    what: `${result.services} OpenSLO service${result.services === 1 ? '' : 's'} and ${result.slos} SLO${result.slos === 1 ? '' : 's'}`
                };
            });
        });

    withPublishOptions(exportCommand.command('backstage'))
        .description(`Write ${BACKSTAGE_FILE}: a Backstage Component per service and a Group per provider, unit, customer and supplier.`)
        .addHelpText('after', [
            '',
            'Example:',
            '  svcdef export backstage --workspace services --out backstage'
        ].join('\n'))
        .action(async (options: PublishOptions) => {
            context.exitCode = await publish(context, options, loaded => {
                const result = backstageExport(loaded.catalog);
                for (const item of result.skipped) {
                    context.io.stderr.write(`svcdef: not exported to Backstage: service ${visibleControls(`${item.service}: ${item.reason}`)}.\n`);
                }
                return {
                    files: [{ path: BACKSTAGE_FILE, content: result.yaml }],
                    what: `${result.components} Backstage component${result.components === 1 ? '' : 's'} and ${result.groups} group${result.groups === 1 ? '' : 's'}`
                };
            });
        });
}
