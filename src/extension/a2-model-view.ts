/**
 * The "A2 Model" view: the PRM-IT A2 category, processes and activities with the
 * workspace's bindings under each (a click opens the binding), activities that no binding
 * implements marked as such, and each node's controls, inputs and outputs. The tree comes
 * from the language server (`svcdef/a2Tree`) and is asked for again whenever the server has
 * built a change of the workspace.
 */
import * as vscode from 'vscode';
import type { A2TreeEntry } from '../protocol/svcdef-requests.js';
import { messageOf } from './error-messages.js';
import type { SvcdefServer } from './svcdef-server.js';

export const A2_MODEL_VIEW = 'svcdef.a2Model';
export const OPEN_BINDING_COMMAND = 'svcdef.a2Model.openBinding';

const ICONS: Readonly<Record<string, vscode.ThemeIcon>> = {
    control: new vscode.ThemeIcon('settings-gear'),
    input: new vscode.ThemeIcon('arrow-right'),
    output: new vscode.ThemeIcon('arrow-left'),
    icoms: new vscode.ThemeIcon('arrow-swap'),
    binding: new vscode.ThemeIcon('symbol-event', new vscode.ThemeColor('symbolIcon.eventForeground')),
    'unknown-nodes': new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
};
const BOUND = new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
const UNBOUND_ACTIVITY = new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground'));
const GROUP = new vscode.ThemeIcon('type-hierarchy');

export class A2ModelView implements vscode.TreeDataProvider<A2TreeEntry>, vscode.Disposable {
    private roots: Promise<A2TreeEntry[]> | undefined;
    private readonly parents = new Map<string, A2TreeEntry | undefined>();
    private readonly changeEmitter = new vscode.EventEmitter<void>();
    private readonly subscription: vscode.Disposable;

    readonly onDidChangeTreeData = this.changeEmitter.event;

    constructor(private readonly server: SvcdefServer) {
        this.subscription = server.onWorkspaceChanged(() => this.refresh());
    }

    refresh(): void {
        this.roots = undefined;
        this.changeEmitter.fire();
    }

    async getChildren(element?: A2TreeEntry): Promise<A2TreeEntry[]> {
        if (element) {
            return [...element.children];
        }
        this.roots ??= this.load();
        return this.roots;
    }

    getParent(element: A2TreeEntry): A2TreeEntry | undefined {
        return this.parents.get(element.key);
    }

    /** The tree entry of an A2 node, once the tree is loaded. */
    async findNode(nodeId: string): Promise<A2TreeEntry | undefined> {
        const search = (entries: readonly A2TreeEntry[]): A2TreeEntry | undefined => {
            for (const entry of entries) {
                if (entry.key === `node:${nodeId}`) return entry;
                const found = search(entry.children);
                if (found) return found;
            }
            return undefined;
        };
        return search(await this.getChildren());
    }

    getTreeItem(entry: A2TreeEntry): vscode.TreeItem {
        const collapsible = entry.children.length === 0
            ? vscode.TreeItemCollapsibleState.None
            : entry.kind === 'category' || entry.kind === 'unknown-nodes'
                ? vscode.TreeItemCollapsibleState.Expanded
                : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(entry.label, collapsible);
        item.id = entry.key;
        item.description = entry.description;
        item.tooltip = new vscode.MarkdownString(entry.tooltip);
        item.iconPath = iconOf(entry);
        item.contextValue = contextOf(entry);
        if (entry.kind === 'binding' && entry.location) {
            item.command = { command: OPEN_BINDING_COMMAND, title: 'Open Binding', arguments: [entry] };
            item.resourceUri = vscode.Uri.parse(entry.location.uri);
        }
        if (entry.kind === 'activity' && !entry.bound) {
            item.accessibilityInformation = { label: `${entry.label}, not bound` };
        }
        return item;
    }

    private async load(): Promise<A2TreeEntry[]> {
        try {
            const roots = await this.server.a2Tree();
            this.parents.clear();
            const index = (entries: readonly A2TreeEntry[], parent: A2TreeEntry | undefined) => {
                for (const entry of entries) {
                    this.parents.set(entry.key, parent);
                    index(entry.children, entry);
                }
            };
            index(roots, undefined);
            return roots;
        } catch (error) {
            void vscode.window.showErrorMessage(`svcdef: could not read the workspace for the A2 model view: ${messageOf(error)}`);
            this.roots = undefined;
            return [];
        }
    }

    dispose(): void {
        this.subscription.dispose();
        this.changeEmitter.dispose();
    }
}

function iconOf(entry: A2TreeEntry): vscode.ThemeIcon {
    switch (entry.kind) {
        case 'activity':
            return entry.bound ? BOUND : UNBOUND_ACTIVITY;
        case 'process':
        case 'category':
            return entry.bound ? BOUND : GROUP;
        default:
            return ICONS[entry.kind] ?? GROUP;
    }
}

/** For menus: `a2Node` items offer "Open in A2 Model Document". */
function contextOf(entry: A2TreeEntry): string {
    switch (entry.kind) {
        case 'category':
        case 'process':
        case 'activity':
            return entry.bound ? 'a2Node.bound' : 'a2Node.unbound';
        default:
            return entry.kind;
    }
}

export async function openBinding(entry: A2TreeEntry | undefined): Promise<void> {
    if (!entry?.location) {
        return;
    }
    const { start, end } = entry.location.range;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(entry.location.uri));
    await vscode.window.showTextDocument(document, {
        selection: new vscode.Range(start.line, start.character, end.line, end.character),
        preview: true
    });
}
