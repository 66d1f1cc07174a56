/** `svcdef/a2Tree`: the A2 Model view's tree, with the built workspace's bindings. */
import type { SvcdefServices } from '../language/svcdef-module.js';
import type { A2TreeEntry } from '../protocol/svcdef-requests.js';
import { a2Tree } from './a2-tree.js';
import { bindingSites } from './binding-sites.js';
import type { BuiltWorkspace } from './built-workspace.js';

export function a2TreeOf(workspace: BuiltWorkspace, services: SvcdefServices): Promise<A2TreeEntry[]> {
    return workspace.readModels(models => a2Tree(services.a2.Model, bindingSites(models)));
}
