import type { Command } from 'commander';
import { a2Model } from '../a2/a2-reference-model.js';
import { describeNode, modelAsJson, suggestNodeIds, UnknownNodeError } from '../a2/model-report.js';
import type { CliContext } from './cli-context.js';
import { ExitCode } from './exit-codes.js';
import { modelOutline } from './model-outline.js';
import { UsageError } from './usage-error.js';

interface ModelOptions {
    readonly json?: boolean;
}

export function registerModelCommand(program: Command, context: CliContext): void {
    program.command('model')
        .description('Show the PRM-IT A2 reference model that bindings implement.')
        .argument('[id]', 'a node id such as A2, A24 or A243 (default: an outline of every node)')
        .option('--json', 'print JSON: the whole model, or the one node asked for')
        .addHelpText('after', [
            '',
            'Examples:',
            '  svcdef model            the category, its processes and activities',
            '  svcdef model A243       one node with its controls, inputs and outputs',
            '  svcdef model --json     the whole model for scripts'
        ].join('\n'))
        .action((id: string | undefined, options: ModelOptions) => {
            context.io.stdout.write(modelText(id, options.json === true));
            context.exitCode = ExitCode.Clean;
        });
}

function modelText(id: string | undefined, json: boolean): string {
    try {
        if (id === undefined) {
            return json ? withNewline(modelAsJson(a2Model)) : modelOutline(a2Model);
        }
        return json ? nodeAsJson(id) : describeNode(a2Model, id);
    } catch (error) {
        if (error instanceof UnknownNodeError) {
            throw new UsageError(`${error.message} Run 'svcdef model' to list every node.`);
        }
        throw error;
    }
}

/** One node in the shape `modelAsJson` gives each node, so scripts read both alike. */
function nodeAsJson(id: string): string {
    const wanted = (a2Model.node(id.trim()) ?? a2Model.node(id.trim().toUpperCase()))?.id;
    if (wanted === undefined) {
        throw new UnknownNodeError(id, suggestNodeIds(a2Model, id));
    }
    const { nodes } = JSON.parse(modelAsJson(a2Model)) as { nodes: Array<{ id: string }> };
    return `${JSON.stringify(nodes.find(node => node.id === wanted), null, 2)}\n`;
}

function withNewline(text: string): string {
    return text.endsWith('\n') ? text : `${text}\n`;
}
